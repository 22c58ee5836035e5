package org.recoverycollege.reporting.control;

import java.io.Serializable;

/** A part of a whole, such as 45 of 60 places filled; no percentage when the whole is zero. */
public record Share(long part, long whole) implements Serializable {

    public static final Share NONE = new Share(0, 0);

    public Share plus(Share other) {
        return new Share(part + other.part, whole + other.whole);
    }

    /** The rounded percentage, or null when there is nothing to divide by. */
    public Integer percent() {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }

    @Override
    public String toString() {
        return percent() == null ? "\u2013" : percent() + "%";
    }
}
