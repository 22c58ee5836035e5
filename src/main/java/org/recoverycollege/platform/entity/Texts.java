package org.recoverycollege.platform.entity;

/**
 * Checks that entities apply to the text they are given, so an entity never holds what its column
 * would refuse: required text is stripped and not blank, optional text is stripped or null, and both
 * fit their column.
 */
public final class Texts {

    private Texts() {
    }

    /** The stripped text; refuses null, blank or too long text with an {@link IllegalArgumentException}. */
    public static String required(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return fit(value.strip(), max, what);
    }

    /** The stripped text, or null when it is null or blank; refuses too long text. */
    public static String optional(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return fit(value.strip(), max, what);
    }

    /** The text cut to at most {@code max} characters (null stays null). */
    public static String truncate(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max);
    }

    private static String fit(String value, int max, String what) {
        if (value.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        return value;
    }
}
