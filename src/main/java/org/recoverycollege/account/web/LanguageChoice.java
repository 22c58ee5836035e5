package org.recoverycollege.account.web;

/**
 * One entry of the language switch: the language's code, its name in itself, its writing direction and
 * whether it is the visitor's current choice.
 */
public record LanguageChoice(String code, String name, boolean rightToLeft, boolean current) {

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDir() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public boolean isCurrent() {
        return current;
    }
}
