package org.recoverycollege.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recoverycollege.account.entity.PasswordReset;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.notification.control.MailOutbox;

/**
 * Setting a password through an e-mailed link: the link carries a random token, only its SHA-256 hash is
 * stored, and it works once, before it expires. The same link, with other wording and a longer life,
 * invites a new tutor to choose their first password.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

    static final Duration RESET_LIFETIME = Duration.ofHours(1);
    static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private MailOutbox outbox;

    @Inject
    private AuditLog audit;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "app.base-url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /**
     * E-mails a reset link when an active account has this address; says nothing otherwise, so the form
     * does not reveal who has an account.
     */
    public void sendResetLink(@NotBlank String email) {
        accounts.findByEmail(email).filter(UserAccount::isActive)
                .ifPresent(account -> issue(account, "passwordReset", RESET_LIFETIME));
    }

    /** E-mails an invitation to choose a password (for a tutor's new account), valid for a week. */
    public void sendInvitation(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || !account.isActive()) {
            throw new AccountException("account.notFound");
        }
        issue(account, "invitation", INVITATION_LIFETIME);
    }

    /** True while the link's token can still be used. */
    public boolean isUsable(String token) {
        return find(token) != null;
    }

    /**
     * Sets the new password and spends the link. Refused with {@code passwordReset.invalid} for an unknown,
     * used or expired link and with a {@code password.*} key when the password breaks the policy.
     */
    public void choosePassword(@NotBlank String token, @NotNull String newPassword) {
        PasswordReset reset = find(token);
        if (reset == null) {
            throw new AccountException("passwordReset.invalid");
        }
        UserAccount account = reset.getAccount();
        PasswordPolicy.problemWith(newPassword, account.getEmail()).ifPresent(problem -> {
            throw new AccountException(problem);
        });
        reset.use(OffsetDateTime.now(clock));
        account.changePasswordHash(hashing.hash(newPassword)); // ends the account's other sessions
        throttle.cleared(account.getEmail()); // the owner of the mailbox is back in at once
        audit.recorded(account.getEmail(), AuditLog.UPDATE, "UserAccount.password", account.getId());
    }

    private PasswordReset find(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        return em.createNamedQuery(PasswordReset.FIND_BY_TOKEN_HASH, PasswordReset.class)
                .setParameter("tokenHash", SecretTokens.sha256(token))
                .getResultStream()
                .filter(reset -> reset.isUsableAt(OffsetDateTime.now(clock)) && reset.getAccount().isActive())
                .findFirst().orElse(null);
    }

    private void issue(UserAccount account, String template, Duration lifetime) {
        String token = SecretTokens.random();
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.createNamedQuery(PasswordReset.DELETE_EXPIRED_BEFORE).setParameter("before", now).executeUpdate();
        em.persist(new PasswordReset(account, SecretTokens.sha256(token), now.plus(lifetime)));
        String link = baseUrl.replaceAll("/$", "") + "/reset-password?token=" + token;
        outbox.queue(account.getEmail(), account.preferredLocale(), template, null,
                account.getDisplayName(), link, lifetime.toHours());
    }
}
