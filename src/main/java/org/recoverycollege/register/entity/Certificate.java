package org.recoverycollege.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.platform.entity.BaseEntity;

/**
 * The certificate of attendance of a completed place: at most one per place (uq_certificate_enrolment), with
 * a code printed as its number, the date it was last issued and how many times it was issued. Its name and
 * course are read when it is printed, so a certificate issued again after a name change shows the new name.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = Certificate.FIND_BY_ENROLMENT, query = "SELECT c FROM Certificate c WHERE c.enrolment = :enrolment")
public class Certificate extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_ENROLMENT = "Certificate.findByEnrolment";
    /** Letters and digits nobody mistakes for one another (no 0/O, 1/I/L). */
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int CODE_CHARACTERS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @NotNull
    @Column(nullable = false, length = 16, updatable = false)
    private String code;

    @NotNull
    @Column(name = "first_issued_at", nullable = false, updatable = false)
    private OffsetDateTime firstIssuedAt;

    @NotNull
    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "issue_count", nullable = false)
    private int issueCount;

    protected Certificate() {
        // for JPA
    }

    private Certificate(Enrolment enrolment, String code, OffsetDateTime now) {
        this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
        this.code = code;
        this.firstIssuedAt = Objects.requireNonNull(now, "time");
        this.issuedAt = now;
        this.issueCount = 1;
    }

    /** The first issue of a completed place's certificate, with a fresh random code. */
    public static Certificate issue(Enrolment enrolment, OffsetDateTime now) {
        if (enrolment.getStatus() != EnrolmentStatus.COMPLETED) {
            throw new IllegalStateException("Only a completed place has a certificate");
        }
        return new Certificate(enrolment, newCode(), now);
    }

    /** Issues it again: a new issue date, the same number. */
    public void issueAgain(OffsetDateTime now) {
        issuedAt = Objects.requireNonNull(now, "time");
        issueCount++;
    }

    /** A code such as {@code RC-7KQ4-MZ29-X3}: 10 random characters from a 31-letter alphabet. */
    static String newCode() {
        StringBuilder code = new StringBuilder("RC-");
        for (int i = 0; i < CODE_CHARACTERS; i++) {
            if (i == 4 || i == 8) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public String getCode() {
        return code;
    }

    public OffsetDateTime getFirstIssuedAt() {
        return firstIssuedAt;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public int getIssueCount() {
        return issueCount;
    }
}
