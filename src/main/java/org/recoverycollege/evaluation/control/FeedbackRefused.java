package org.recoverycollege.evaluation.control;

import org.recoverycollege.platform.control.Refusal;

/** Feedback that cannot be taken; the message key says why, for the person. */
public class FeedbackRefused extends Refusal {

    private static final long serialVersionUID = 1L;

    public FeedbackRefused(String messageKey) {
        super(messageKey);
    }
}
