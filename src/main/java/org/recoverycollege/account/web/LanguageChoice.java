package org.recoverycollege.account.web;

/**
 * One entry of the language switch: the language's code, its name in itself, its writing direction and
 * whether it is the visitor's current choice.
 */
public record LanguageChoice(String code, String name, boolean rightToLeft, boolean current) {

    public String getDir() {
        return rightToLeft ? "rtl" : "ltr";
    }
}
