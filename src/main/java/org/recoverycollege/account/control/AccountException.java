package org.recoverycollege.account.control;

/** A request about an account that cannot be carried out; the message key says why, for the person. */
public class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public AccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
