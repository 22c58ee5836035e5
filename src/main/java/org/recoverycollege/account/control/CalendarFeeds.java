package org.recoverycollege.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.recoverycollege.account.entity.UserAccount;

/**
 * The secret token in a person's private calendar feed address. Anyone holding the address can read the
 * feed, so it can be replaced (the old address stops working) or revoked at any time.
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

    private static final String BY_TOKEN = "SELECT a FROM UserAccount a WHERE a.calendarToken = :token AND a.active = TRUE";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    /** The current token, if the person has one. */
    public Optional<String> tokenOf(@NotBlank String email) {
        return accounts.findByEmail(email).map(UserAccount::getCalendarToken);
    }

    /** Issues a new token, replacing any earlier one. */
    public String issue(@NotBlank String email) {
        String token = SecretTokens.random();
        accounts.getByEmail(email).issueCalendarToken(token);
        return token;
    }

    public void revoke(@NotBlank String email) {
        accounts.getByEmail(email).revokeCalendarToken();
    }

    /** The account whose feed this token opens. */
    public Optional<UserAccount> findByToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery(BY_TOKEN, UserAccount.class).setParameter("token", token).getResultStream().findFirst();
    }
}
