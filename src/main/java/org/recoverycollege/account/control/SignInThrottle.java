package org.recoverycollege.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recoverycollege.account.entity.SignInFailure;
import org.recoverycollege.account.entity.UserAccount;

/**
 * Slows password guessing down, per e-mail address and per client address, on every instance alike: the
 * failures live in the database ({@code sign_in_failure}), not in one instance's memory. After
 * {@code app.sign-in.account-limit} wrong passwords for one address within the window (15 minutes),
 * or {@code app.sign-in.address-limit} from one client address, sign-in is refused until the oldest of
 * those failures leaves the window; it is asked before any password is hashed, so guessing cannot load
 * the processor either. Nothing locks for good: the wait ends by itself, and a password reset (which
 * only the owner of the mailbox can do) clears the account's failures at once.
 */
@ApplicationScoped
@Transactional
public class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "app.sign-in.account-limit", defaultValue = "5")
    private int accountLimit;

    @Inject
    @ConfigProperty(name = "app.sign-in.address-limit", defaultValue = "100")
    private int addressLimit;

    /** How long this e-mail address from this client must wait before trying again, if at all. */
    public Optional<Duration> waitBefore(String email, String clientAddress) {
        OffsetDateTime now = now();
        OffsetDateTime since = now.minus(WINDOW);
        Optional<Duration> forAccount = waitFor(em.createNamedQuery(SignInFailure.TIMES_FOR_EMAIL_SINCE, OffsetDateTime.class)
                .setParameter("email", UserAccount.normaliseEmail(email)).setParameter("since", since)
                .setMaxResults(accountLimit).getResultList(), accountLimit, now);
        Optional<Duration> forAddress = waitFor(em.createNamedQuery(SignInFailure.TIMES_FROM_ADDRESS_SINCE, OffsetDateTime.class)
                .setParameter("address", clientAddress).setParameter("since", since)
                .setMaxResults(addressLimit).getResultList(), addressLimit, now);
        if (forAccount.isPresent() && forAddress.isPresent()) {
            return Optional.of(forAccount.get().compareTo(forAddress.get()) > 0 ? forAccount.get() : forAddress.get());
        }
        return forAccount.isPresent() ? forAccount : forAddress;
    }

    /**
     * The wait a sliding window imposes: with {@code limit} failures inside the window (newest first), until
     * the oldest of them is older than the window.
     */
    static Optional<Duration> waitFor(List<OffsetDateTime> newestFirst, int limit, OffsetDateTime now) {
        if (newestFirst.size() < limit) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, newestFirst.get(limit - 1).plus(WINDOW));
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Whole minutes to tell a person, rounded up, at least one. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** Remembers a wrong password (or an unknown address) and forgets failures that left the window. */
    public void failed(String email, String clientAddress) {
        OffsetDateTime now = now();
        em.createNamedQuery(SignInFailure.DELETE_BEFORE).setParameter("before", now.minus(WINDOW)).executeUpdate();
        em.persist(new SignInFailure(email, clientAddress, now));
    }

    /** A right password, or a new password set through a reset link: the account starts afresh. */
    public void cleared(String email) {
        em.createNamedQuery(SignInFailure.DELETE_FOR_EMAIL).setParameter("email", UserAccount.normaliseEmail(email))
                .executeUpdate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
