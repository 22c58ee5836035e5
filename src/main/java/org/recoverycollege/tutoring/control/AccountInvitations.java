package org.recoverycollege.tutoring.control;

/**
 * Sends a new account holder an e-mail to choose a password. The account feature provides it; tutor
 * records work without it (the account is linked, the invitation can be sent later).
 */
public interface AccountInvitations {

    void sendInvitation(long accountId);
}
