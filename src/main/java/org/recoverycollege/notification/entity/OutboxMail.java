package org.recoverycollege.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/**
 * An e-mail written in the business transaction and sent after it commits, retried with exponential
 * backoff: after the n-th failed attempt the next one is due 2<sup>n</sup> minutes later, and after the
 * last allowed attempt the mail is marked failed. A mail may carry the calendar of a course run.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = OutboxMail.FIND_DUE,
        query = "SELECT m FROM OutboxMail m WHERE m.status = org.recoverycollege.notification.entity.MailStatus.PENDING"
                + " AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id")
@NamedQuery(name = OutboxMail.COUNT_BY_STATUS,
        query = "SELECT COUNT(m) FROM OutboxMail m WHERE m.status = :status")
public class OutboxMail extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Pending mails whose next attempt is due at {@code :now}, oldest due first. */
    public static final String FIND_DUE = "OutboxMail.findDue";
    public static final String COUNT_BY_STATUS = "OutboxMail.countByStatus";
    public static final int RECIPIENT_MAX = 254;
    public static final int SUBJECT_MAX = 300;
    public static final int BODY_MAX = 20000;
    /** Backoff stops growing at 2^16 minutes (about 45 days). */
    private static final int MAX_BACKOFF_EXPONENT = 16;

    @NotBlank
    @Email
    @Size(max = RECIPIENT_MAX)
    @Column(nullable = false, length = RECIPIENT_MAX)
    private String recipient;

    @NotBlank
    @Size(max = SUBJECT_MAX)
    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @NotBlank
    @Size(max = BODY_MAX)
    @Column(nullable = false, length = BODY_MAX)
    private String body;

    /** The course run whose sessions the mail carries as a calendar (a run id: this feature knows no runs). */
    @Column(name = "calendar_run_id")
    private Long calendarRunId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailStatus status = MailStatus.PENDING;

    @Min(0)
    @Column(nullable = false)
    private int attempts;

    @NotNull
    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected OutboxMail() {
        // for JPA
    }

    /** A pending mail, due at once; {@code calendarRunId} (nullable) adds that run's sessions as a calendar. */
    public OutboxMail(String recipient, String subject, String body, Long calendarRunId, OffsetDateTime createdAt) {
        this.recipient = Texts.required(recipient, RECIPIENT_MAX, "recipient");
        this.subject = Texts.required(subject, SUBJECT_MAX, "subject");
        this.body = Texts.required(body, BODY_MAX, "body");
        this.calendarRunId = calendarRunId;
        this.createdAt = Objects.requireNonNull(createdAt, "time");
        this.nextAttemptAt = createdAt;
    }

    public void markSent(OffsetDateTime now) {
        requirePending("mark as sent");
        this.attempts++;
        this.status = MailStatus.SENT;
        this.sentAt = Objects.requireNonNull(now, "time");
    }

    /**
     * Records a failed attempt: the mail is retried 2<sup>attempts</sup> minutes from now (2, 4, 8...
     * minutes after the first, second, third failure), or marked failed once {@code maxAttempts} attempts
     * have been made.
     */
    public void markAttemptFailed(OffsetDateTime now, int maxAttempts) {
        requirePending("record a failed attempt of");
        Objects.requireNonNull(now, "time");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt must be allowed, not " + maxAttempts);
        }
        this.attempts++;
        if (attempts >= maxAttempts) {
            this.status = MailStatus.FAILED;
        } else {
            this.nextAttemptAt = now.plusMinutes(1L << Math.min(attempts, MAX_BACKOFF_EXPONENT));
        }
    }

    private void requirePending(String action) {
        if (status != MailStatus.PENDING) {
            throw new IllegalStateException("Cannot " + action + " a mail that is " + status);
        }
    }

    public boolean isDueAt(OffsetDateTime now) {
        return status == MailStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Long getCalendarRunId() {
        return calendarRunId;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
