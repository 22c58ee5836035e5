package org.recoverycollege.tutoring.control;

import org.recoverycollege.platform.control.Refusal;

/**
 * A request the tutor screens refuse, with the bundle key (and its arguments) that tells the person why.
 */
public class TutoringException extends Refusal {

    private static final long serialVersionUID = 1L;

    public TutoringException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
