package org.recoverycollege.account.control;

import org.recoverycollege.platform.control.Refusal;

/** A request about an account that cannot be carried out; the message key says why, for the person. */
public class AccountException extends Refusal {

    private static final long serialVersionUID = 1L;

    public AccountException(String messageKey) {
        super(messageKey);
    }
}
