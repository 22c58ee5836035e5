package org.recoverycollege.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.recoverycollege.account.entity.PrivacyAcceptance;
import org.recoverycollege.account.entity.PrivacyNotice;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.control.Refusal;

/**
 * The privacy notice: its published versions, who accepted which and when. Signing up requires accepting
 * the current version; someone who has not accepted it is asked to before going on (see the web layer's
 * gate). Administrators publish a new version; that is audited.
 */
@ApplicationScoped
@Transactional
public class PrivacyNotices {

    static final String ENTITY = "PrivacyNotice";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The version in force: the newest published. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PrivacyNotice current() {
        return em.createNamedQuery(PrivacyNotice.FIND_NEWEST, PrivacyNotice.class).setMaxResults(1).getResultStream()
                .findFirst().orElseThrow(() -> new IllegalStateException("No privacy notice has been published"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PrivacyNotice> find(int noticeVersion) {
        return Optional.ofNullable(em.find(PrivacyNotice.class, noticeVersion));
    }

    /** Every version, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PrivacyNotice> versions() {
        return em.createNamedQuery(PrivacyNotice.FIND_NEWEST, PrivacyNotice.class).getResultList();
    }

    /** Whether the person with this account e-mail has accepted the version in force. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasAcceptedCurrent(String email) {
        Optional<UserAccount> account = findAccount(email);
        return account.isPresent() && accepted(account.get(), current().getNoticeVersion());
    }

    /**
     * Records that the signed-in person accepted the version they were shown. Refused with
     * {@code privacy.changed} when a newer version was published meanwhile (they must read that one).
     */
    public void accept(int shownVersion) {
        UserAccount account = caller.signedIn().flatMap(this::findAccount)
                .orElseThrow(() -> new SecurityException("Only a signed-in person accepts the privacy notice"));
        accept(account, shownVersion);
    }

    /** Records an account's acceptance of the version it was shown (at sign-up, in the same transaction). */
    public void accept(@NotNull UserAccount account, int shownVersion) {
        PrivacyNotice notice = current();
        if (notice.getNoticeVersion() != shownVersion) {
            throw new Refusal("privacy.changed");
        }
        if (!accepted(account, shownVersion)) {
            em.persist(new PrivacyAcceptance(account, notice, now()));
        }
    }

    /** Publishes a new version (administrators only); everyone is asked to accept it at their next sign-in. */
    public PrivacyNotice publish(String textEn, String textPl) {
        String actor = caller.requireAdministrator();
        for (String text : new String[] {textEn, textPl}) {
            if (text == null || text.isBlank()) {
                throw new Refusal("privacy.textRequired");
            }
            if (text.length() > PrivacyNotice.TEXT_MAX) {
                throw new Refusal("privacy.textTooLong", PrivacyNotice.TEXT_MAX);
            }
        }
        PrivacyNotice notice = new PrivacyNotice(current(), textEn, textPl, actor, now());
        try {
            em.persist(notice);
            em.flush();
        } catch (PersistenceException e) {
            throw new Refusal("privacy.publishedMeanwhile");
        }
        audit.recorded(actor, AuditLog.CREATE, ENTITY, (long) notice.getNoticeVersion());
        return notice;
    }

    /** An account's acceptances, oldest first (for the person's data download). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PrivacyAcceptance> acceptancesOf(@NotNull UserAccount account) {
        return em.createNamedQuery(PrivacyAcceptance.FIND_BY_ACCOUNT, PrivacyAcceptance.class)
                .setParameter("account", account).getResultList();
    }

    private boolean accepted(UserAccount account, int noticeVersion) {
        return em.createNamedQuery(PrivacyAcceptance.COUNT_BY_ACCOUNT_AND_VERSION, Long.class)
                .setParameter("account", account).setParameter("noticeVersion", noticeVersion).getSingleResult() > 0;
    }

    private Optional<UserAccount> findAccount(String email) {
        return em.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                .setParameter("email", UserAccount.normaliseEmail(email)).getResultStream().findFirst();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
