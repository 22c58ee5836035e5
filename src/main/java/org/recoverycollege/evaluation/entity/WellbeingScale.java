package org.recoverycollege.evaluation.entity;

/**
 * The Warwick-Edinburgh wellbeing scales whose total score an evaluation may record. Only the scale's
 * name and the numeric total are stored; the items' wording is licensed and never shipped.
 */
public enum WellbeingScale {
    /** The 14-item scale: totals 14 to 70. */
    WEMWBS(14, 70),
    /** The short 7-item scale: totals 7 to 35. */
    SWEMWBS(7, 35);

    private final int min;
    private final int max;

    WellbeingScale(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean accepts(int score) {
        return score >= min && score <= max;
    }
}
