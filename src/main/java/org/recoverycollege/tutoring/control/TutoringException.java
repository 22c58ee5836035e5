package org.recoverycollege.tutoring.control;

import java.util.Arrays;

/**
 * A request the tutor screens refuse, with the bundle key (and its arguments) that tells the person why.
 */
public class TutoringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public TutoringException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
