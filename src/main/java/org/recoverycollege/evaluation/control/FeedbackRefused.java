package org.recoverycollege.evaluation.control;

/** Feedback that cannot be taken; the message key says why, for the person. */
public class FeedbackRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public FeedbackRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
