package org.recoverycollege.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.recoverycollege.platform.entity.BaseEntity;

/**
 * Something a person who asked not to be e-mailed needs to be told: the mail they would have had, kept for
 * the office to phone them about. Open until the office marks it done.
 */
@Entity
@Table(name = "to_phone")
@NamedQuery(name = ToPhone.FIND_OPEN,
        query = "SELECT t FROM ToPhone t WHERE t.doneAt IS NULL ORDER BY t.createdAt, t.id")
@NamedQuery(name = ToPhone.COUNT_OPEN, query = "SELECT COUNT(t) FROM ToPhone t WHERE t.doneAt IS NULL")
@NamedQuery(name = ToPhone.FIND_BY_STUDENT, query = "SELECT t FROM ToPhone t WHERE t.student = :student ORDER BY t.id")
public class ToPhone extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_OPEN = "ToPhone.findOpen";
    public static final String COUNT_OPEN = "ToPhone.countOpen";
    public static final String FIND_BY_STUDENT = "ToPhone.findByStudent";
    public static final int TOPIC_MAX = 64;
    public static final int SUBJECT_MAX = 300;
    public static final int MESSAGE_MAX = 20000;
    public static final int ACTOR_MAX = 254;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Student student;

    @Column(nullable = false, length = TOPIC_MAX, updatable = false)
    private String topic;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = MESSAGE_MAX)
    private String message;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    @Column(name = "done_by", length = ACTOR_MAX)
    private String doneBy;

    protected ToPhone() {
        // for JPA
    }

    public ToPhone(Student student, String topic, String subject, String message, OffsetDateTime createdAt) {
        this.student = Objects.requireNonNull(student, "student");
        this.topic = cut(Objects.requireNonNull(topic, "topic"), TOPIC_MAX);
        this.subject = cut(Objects.requireNonNull(subject, "subject"), SUBJECT_MAX);
        this.message = cut(Objects.requireNonNull(message, "message"), MESSAGE_MAX);
        this.createdAt = Objects.requireNonNull(createdAt, "time");
    }

    /** The office has told the person; refused when it was already marked done. */
    public void markDone(String by, OffsetDateTime at) {
        if (doneAt != null) {
            throw new IllegalStateException("Already done");
        }
        this.doneBy = by == null ? null : cut(by, ACTOR_MAX);
        this.doneAt = Objects.requireNonNull(at, "time");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Student getStudent() {
        return student;
    }

    public String getTopic() {
        return topic;
    }

    public String getSubject() {
        return subject;
    }

    public String getMessage() {
        return message;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }
}
