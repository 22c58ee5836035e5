package org.recoverycollege.enrolment.control;

import java.util.Arrays;

/**
 * An enrolment request the rules refuse; the message key (with its arguments) tells the person why,
 * from the resource bundle, for example {@code enrolment.refused.overlap} with the clashing course.
 */
public class EnrolmentRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    public EnrolmentRefused(String messageKey, Object... arguments) {
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
