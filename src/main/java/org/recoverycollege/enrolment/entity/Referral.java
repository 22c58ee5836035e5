package org.recoverycollege.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/**
 * A member of staff's referral of someone who might like the college's courses. Nobody gets an account from a
 * referral until the person's own consent is recorded (how, when and by whom); a declined referral keeps
 * only its dates, the referring team and its state.
 */
@Entity
@Table(name = "referral")
@NamedQuery(name = Referral.FIND_PAGE, query = "SELECT r FROM Referral r ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(name = Referral.COUNT_ALL, query = "SELECT COUNT(r) FROM Referral r")
public class Referral extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_PAGE = "Referral.findPage";
    public static final String COUNT_ALL = "Referral.countAll";
    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 32;
    public static final int ADDRESS_MAX = 500;
    public static final int INTERESTS_MAX = 2000;
    public static final int TEAM_MAX = 120;

    @Column(name = "person_name", length = NAME_MAX)
    private String personName;

    @Column(name = "person_email", length = EMAIL_MAX)
    private String personEmail;

    @Column(name = "person_phone", length = PHONE_MAX)
    private String personPhone;

    @Column(name = "person_address", length = ADDRESS_MAX)
    private String personAddress;

    @Column(length = INTERESTS_MAX)
    private String interests;

    @Column(name = "referrer_name", length = NAME_MAX)
    private String referrerName;

    @Column(name = "referrer_team", nullable = false, length = TEAM_MAX)
    private String referrerTeam;

    @Column(name = "referrer_email", length = EMAIL_MAX)
    private String referrerEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReferralStatus status = ReferralStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_how", length = 16)
    private ConsentMethod consentHow;

    @Column(name = "consent_on")
    private LocalDate consentOn;

    @Column(name = "consent_by", length = EMAIL_MAX)
    private String consentBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id")
    private Student student;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Referral() {
        // for JPA
    }

    /** A new referral; the person needs a name and at least one way to reach them. */
    public Referral(String personName, String personEmail, String personPhone, String personAddress, String interests,
            String referrerName, String referrerTeam, String referrerEmail, OffsetDateTime at) {
        this.personName = Texts.required(personName, NAME_MAX, "name");
        this.personEmail = Texts.optional(personEmail, EMAIL_MAX, "e-mail");
        this.personPhone = Texts.optional(personPhone, PHONE_MAX, "phone");
        this.personAddress = Texts.optional(personAddress, ADDRESS_MAX, "address");
        if (this.personEmail == null && this.personPhone == null && this.personAddress == null) {
            throw new IllegalArgumentException("A way to reach the person is required");
        }
        this.interests = Texts.optional(interests, INTERESTS_MAX, "interests");
        this.referrerName = Texts.required(referrerName, NAME_MAX, "referrer");
        this.referrerTeam = Texts.required(referrerTeam, TEAM_MAX, "team");
        this.referrerEmail = Texts.required(referrerEmail, EMAIL_MAX, "referrer e-mail");
        this.createdAt = Objects.requireNonNull(at);
        this.updatedAt = at;
    }

    /** The office has been in touch with the person. */
    public void markContacted(OffsetDateTime at) {
        requireStatus(ReferralStatus.OPEN);
        status = ReferralStatus.CONTACTED;
        updatedAt = at;
    }

    /** Records the person's consent to be registered: how, on which day and who in the office recorded it. */
    public void recordConsent(ConsentMethod how, LocalDate on, String by, OffsetDateTime at) {
        if (status != ReferralStatus.OPEN && status != ReferralStatus.CONTACTED) {
            throw new IllegalStateException("Consent can be recorded only on an open referral");
        }
        consentHow = Objects.requireNonNull(how);
        consentOn = Objects.requireNonNull(on);
        consentBy = Texts.required(by, EMAIL_MAX, "recorded by");
        status = ReferralStatus.CONSENT_RECORDED;
        updatedAt = at;
    }

    public boolean hasConsent() {
        return consentOn != null;
    }

    /**
     * The person's account was made from the referral: their details now live in their record (where they can
     * see, export and erase them), so the referral keeps only the link to it and the record of consent.
     */
    public void accountMade(Student madeFor, OffsetDateTime at) {
        requireStatus(ReferralStatus.CONSENT_RECORDED);
        student = Objects.requireNonNull(madeFor);
        forgetPerson();
        status = ReferralStatus.ACCOUNT_MADE;
        updatedAt = at;
    }

    /** The person did not want to be registered: every personal detail goes, the team and dates stay. */
    public void decline(OffsetDateTime at) {
        if (status == ReferralStatus.ACCOUNT_MADE || status == ReferralStatus.DECLINED) {
            throw new IllegalStateException("Only an open referral can be declined");
        }
        forgetPerson();
        referrerName = null;
        referrerEmail = null;
        consentHow = null;
        consentOn = null;
        consentBy = null;
        status = ReferralStatus.DECLINED;
        updatedAt = at;
    }

    private void forgetPerson() {
        personName = null;
        personEmail = null;
        personPhone = null;
        personAddress = null;
        interests = null;
    }

    private void requireStatus(ReferralStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("The referral is " + status);
        }
    }

    public String getPersonName() { return personName; }
    public String getPersonEmail() { return personEmail; }
    public String getPersonPhone() { return personPhone; }
    public String getPersonAddress() { return personAddress; }
    public String getInterests() { return interests; }
    public String getReferrerName() { return referrerName; }
    public String getReferrerTeam() { return referrerTeam; }
    public String getReferrerEmail() { return referrerEmail; }
    public ReferralStatus getStatus() { return status; }
    public ConsentMethod getConsentHow() { return consentHow; }
    public LocalDate getConsentOn() { return consentOn; }
    public String getConsentBy() { return consentBy; }
    public Student getStudent() { return student; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
}
