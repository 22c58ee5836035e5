package org.recoverycollege.account.control;

import org.recoverycollege.platform.control.Refusal;

/** A request about an account that cannot be carried out; the message key says why, for the person. */
public class AccountException extends Refusal {

    private static final long serialVersionUID = 1L;

    public AccountException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** A password the policy refuses; its arguments are the bundle keys of the advice for the person. */
    public static AccountException weakPassword(PasswordPolicy.Problem problem) {
        return new AccountException(problem.messageKey(), problem.adviceKeys().toArray());
    }
}
