package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recoverycollege.account.control.AccountService;
import org.recoverycollege.account.control.PasswordResets;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.enrolment.entity.ConsentMethod;
import org.recoverycollege.enrolment.entity.Referral;
import org.recoverycollege.enrolment.entity.ReferralStatus;
import org.recoverycollege.enrolment.entity.Relation;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.platform.control.Refusal;

/**
 * Staff referrals. Staff of the trust have no account here, so anyone can refer through the public page; what
 * they send is never shown back to them. The office follows each referral up, records the person's own
 * consent, and only then makes the account: by e-mail (the person gets a link to choose a password) or, with
 * no e-mail address, as a person the office phones or writes to ({@link WalkInStudents}). A declined referral
 * loses every personal detail. Every change the office makes is audited.
 */
@ApplicationScoped
@Transactional
public class Referrals {

    static final String ENTITY = "Referral";

    /** What the referring member of staff sends; blank means not given. */
    public record Draft(String personName, String personEmail, String personPhone, String personAddress,
            String interests, String referrerName, String referrerTeam, String referrerEmail) {
    }

    /** One referral in the office's list. */
    public record Row(long id, String personName, String referrerTeam, ReferralStatus status, OffsetDateTime receivedAt)
            implements Serializable {
    }

    /** One page of the list and how many referrals there are in all. */
    public record Page(List<Row> rows, long total) implements Serializable {
    }

    /** One referral as the office sees it. */
    public record Detail(long id, String personName, String personEmail, String personPhone, String personAddress,
            String interests, String referrerName, String referrerTeam, String referrerEmail, ReferralStatus status,
            ConsentMethod consentHow, LocalDate consentOn, String consentBy, Long studentId,
            OffsetDateTime receivedAt) implements Serializable {

        public boolean mayRecordConsent() {
            return status == ReferralStatus.OPEN || status == ReferralStatus.CONTACTED;
        }

        public boolean mayDecline() {
            return status != ReferralStatus.ACCOUNT_MADE && status != ReferralStatus.DECLINED;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordResets resets;

    @Inject
    private WalkInStudents walkIns;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Stores a referral; refused with a message naming the first thing missing or wrong. */
    public void submit(Draft draft) {
        String name = required(draft.personName(), Referral.NAME_MAX, "refer.personNameRequired", "refer.personNameTooLong");
        String email = email(draft.personEmail(), "refer.personEmailInvalid");
        String phone = blankToNull(draft.personPhone());
        if (phone != null && (phone.length() > Referral.PHONE_MAX || !WalkInStudents.PHONE.matcher(phone).matches())) {
            throw new Refusal("walkIn.phoneInvalid", Referral.PHONE_MAX);
        }
        String address = blankToNull(draft.personAddress());
        if (address != null && address.length() > Referral.ADDRESS_MAX) {
            throw new Refusal("walkIn.addressTooLong", Referral.ADDRESS_MAX);
        }
        if (email == null && phone == null && address == null) {
            throw new Refusal("refer.contactRequired");
        }
        String interests = blankToNull(draft.interests());
        if (interests != null && interests.length() > Referral.INTERESTS_MAX) {
            throw new Refusal("refer.interestsTooLong", Referral.INTERESTS_MAX);
        }
        String referrer = required(draft.referrerName(), Referral.NAME_MAX, "refer.referrerNameRequired",
                "refer.referrerNameTooLong");
        String team = required(draft.referrerTeam(), Referral.TEAM_MAX, "refer.teamRequired", "refer.teamTooLong");
        String workEmail = email(draft.referrerEmail(), "refer.referrerEmailInvalid");
        if (workEmail == null) {
            throw new Refusal("refer.referrerEmailInvalid");
        }
        em.persist(new Referral(name, email, phone, address, interests, referrer, team, workEmail, now()));
    }

    /** Page {@code page} (from 0) of the referrals, newest first. */
    public Page page(int page, int size) {
        long total = em.createNamedQuery(Referral.COUNT_ALL, Long.class).getSingleResult();
        List<Row> rows = em.createNamedQuery(Referral.FIND_PAGE, Referral.class)
                .setFirstResult(Math.max(page, 0) * size).setMaxResults(size).getResultStream()
                .map(r -> new Row(r.getId(), shownName(r), r.getReferrerTeam(), r.getStatus(), r.getCreatedAt()))
                .toList();
        return new Page(rows, total);
    }

    /** The referral, with the viewing audited; null when there is no such referral. */
    public Detail view(@NotBlank String actor, long id) {
        Referral r = em.find(Referral.class, id);
        if (r == null) {
            return null;
        }
        audit.viewed(actor, ENTITY, id);
        return new Detail(r.getId(), shownName(r), r.getPersonEmail(), r.getPersonPhone(), r.getPersonAddress(),
                r.getInterests(), r.getReferrerName(), r.getReferrerTeam(), r.getReferrerEmail(), r.getStatus(),
                r.getConsentHow(), r.getConsentOn(), r.getConsentBy(), r.getStudent() == null ? null : r.getStudent().getId(),
                r.getCreatedAt());
    }

    public void markContacted(@NotBlank String actor, long id) {
        Referral referral = get(id);
        if (referral.getStatus() != ReferralStatus.OPEN) {
            throw new Refusal("referrals.changedMeanwhile");
        }
        ReferralStatus before = referral.getStatus();
        referral.markContacted(now());
        audit.changed(actor, ENTITY, id, "status", before, referral.getStatus());
    }

    /** Records how and when the person consented to be registered; the day cannot be in the future. */
    public void recordConsent(@NotBlank String actor, long id, ConsentMethod how, LocalDate on) {
        if (how == null) {
            throw new Refusal("referrals.consentHowRequired");
        }
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new Refusal("referrals.consentDateInvalid");
        }
        Referral referral = get(id);
        if (referral.getStatus() != ReferralStatus.OPEN && referral.getStatus() != ReferralStatus.CONTACTED) {
            throw new Refusal("referrals.changedMeanwhile");
        }
        ReferralStatus before = referral.getStatus();
        referral.recordConsent(how, on, actor, now());
        audit.changed(actor, ENTITY, id, "consent", null, how + " " + on);
        audit.changed(actor, ENTITY, id, "status", before, referral.getStatus());
    }

    /**
     * Makes the person's account, only with their consent recorded: with an e-mail address the address gets a
     * link to choose a password; without one the office phones or writes to them. The referral then keeps only
     * the link to the student. Returns the student's id.
     */
    public long createAccount(@NotBlank String actor, long id) {
        Referral referral = get(id);
        if (!referral.hasConsent()) {
            throw new Refusal("referrals.noConsent");
        }
        if (referral.getStatus() != ReferralStatus.CONSENT_RECORDED) {
            throw new Refusal("referrals.changedMeanwhile");
        }
        Student student;
        if (referral.getPersonEmail() != null) {
            if (accounts.findByEmail(referral.getPersonEmail()).isPresent()) {
                throw new Refusal("referrals.emailTaken");
            }
            UserAccount account = accounts.openWithHash(referral.getPersonEmail(), referral.getPersonName(), null,
                    Set.of(Role.STUDENT));
            student = new Student(account, Relation.OTHER);
            em.persist(student);
            em.flush();
            audit.recorded(actor, AuditLog.CREATE, StudentRecords.ENTITY, student.getId());
            resets.sendInvitation(account.getId());
        } else {
            long studentId = walkIns.register(actor, new WalkInStudents.Draft(referral.getPersonName(),
                    referral.getPersonPhone(), referral.getPersonAddress(), Relation.OTHER, "en"));
            student = em.find(Student.class, studentId);
        }
        referral.accountMade(student, now());
        audit.changed(actor, ENTITY, id, "status", ReferralStatus.CONSENT_RECORDED, referral.getStatus());
        return student.getId();
    }

    /** The person does not want to be registered: the referral loses every personal detail. */
    public void decline(@NotBlank String actor, long id) {
        Referral referral = get(id);
        if (referral.getStatus() == ReferralStatus.ACCOUNT_MADE || referral.getStatus() == ReferralStatus.DECLINED) {
            throw new Refusal("referrals.changedMeanwhile");
        }
        ReferralStatus before = referral.getStatus();
        referral.decline(now());
        audit.changed(actor, ENTITY, id, "status", before, referral.getStatus());
    }

    private Referral get(long id) {
        Referral referral = em.find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (referral == null) {
            throw new Refusal("referrals.notFound");
        }
        return referral;
    }

    private static String shownName(Referral r) {
        if (r.getStudent() != null) {
            return r.getStudent().getAccount().getDisplayName();
        }
        return r.getPersonName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String required(String text, int max, String missingKey, String tooLongKey) {
        String value = blankToNull(text);
        if (value == null) {
            throw new Refusal(missingKey);
        }
        if (value.length() > max) {
            throw new Refusal(tooLongKey, max);
        }
        return value;
    }

    private static String email(String text, String invalidKey) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        value = value.toLowerCase(Locale.ROOT);
        if (value.length() > Referral.EMAIL_MAX || !WalkInStudents.EMAIL.matcher(value).matches()
                || value.endsWith(".invalid")) {
            throw new Refusal(invalidKey);
        }
        return value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
