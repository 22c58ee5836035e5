package org.recoverycollege.platform.control;

import java.util.Arrays;

/**
 * A use case refused for a reason the person can act on. It carries a bundle key and its arguments so
 * that the page tells them in their language; the transaction it is thrown in rolls back.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public Refusal(String messageKey, Object... arguments) {
        super(arguments.length == 0 ? messageKey : messageKey + Arrays.toString(arguments));
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
