package org.recoverycollege.tutoring.control;

/**
 * The caller asked for something that is not theirs (another tutor's assignment, register or cover
 * request) or that does not exist; both read the same, so ids cannot be probed.
 */
public class NotYoursException extends TutoringException {

    private static final long serialVersionUID = 1L;

    public NotYoursException() {
        super("tutoring.notYours");
    }
}
