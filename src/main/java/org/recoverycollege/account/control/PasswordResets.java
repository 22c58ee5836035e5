package org.recoverycollege.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recoverycollege.platform.control.AuditLog;
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
    /** At most this many links (resets and invitations) to one account within {@link #RESET_LIMIT_WINDOW}. */
    public static final int RESET_LIMIT = 3;
    /** Not longer than a reset link lives: links are deleted once expired, so the count must fit inside. */
    static final Duration RESET_LIMIT_WINDOW = RESET_LIFETIME;

    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());

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
        accounts.findByEmail(email).filter(UserAccount::isActive).ifPresent(account -> {
            // the account's row lock makes concurrent requests for one address, on any instance, count in turn
            em.lock(account, LockModeType.PESSIMISTIC_WRITE);
            OffsetDateTime now = OffsetDateTime.now(clock);
            long recent = em.createNamedQuery(PasswordReset.COUNT_REQUESTED_SINCE, Long.class)
                    .setParameter("account", account).setParameter("since", now.minus(RESET_LIMIT_WINDOW))
                    .getSingleResult();
            if (recent >= RESET_LIMIT) {
                // the reply stays the same, so the form reveals neither the account nor the limit
                LOG.log(Level.INFO, "Reset link not sent: {0} links for account {1} within {2}",
                        new Object[] {recent, account.getId(), RESET_LIMIT_WINDOW});
                return;
            }
            issue(account, "passwordReset", RESET_LIFETIME);
        });
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
     * What the policy finds wrong with a new password for the account of a usable link (its owner's
     * address counts as easy to guess); empty when nothing is, or when the link cannot be used.
     */
    public Optional<PasswordPolicy.Problem> problemWith(String token, String newPassword) {
        PasswordReset reset = find(token);
        return reset == null ? Optional.empty() : PasswordPolicy.check(newPassword, reset.getAccount().getEmail());
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
        PasswordPolicy.check(newPassword, account.getEmail()).ifPresent(problem -> {
            throw AccountException.weakPassword(problem);
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
        em.persist(new PasswordReset(account, SecretTokens.sha256(token), now, now.plus(lifetime)));
        String link = baseUrl.replaceAll("/$", "") + "/reset-password?token=" + token;
        outbox.queue(account.getEmail(), account.preferredLocale(), template, null,
                account.getDisplayName(), link, lifetime.toHours());
    }
}
