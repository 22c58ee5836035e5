package org.recoverycollege.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.recoverycollege.platform.entity.BaseEntity;

/**
 * A student's equality monitoring answers. Every question is optional: null is "not answered", and
 * "prefer not to say" is an answer of its own. Only the student and anonymous totals ever show them.
 */
@Entity
@Table(name = "equality_monitoring")
@NamedQuery(name = EqualityAnswers.FIND_BY_STUDENT, query = "SELECT e FROM EqualityAnswers e WHERE e.student = :student")
@NamedQuery(name = EqualityAnswers.DELETE_BY_STUDENT, query = "DELETE FROM EqualityAnswers e WHERE e.student = :student")
public class EqualityAnswers extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_STUDENT = "EqualityAnswers.findByStudent";
    public static final String DELETE_BY_STUDENT = "EqualityAnswers.deleteByStudent";

    @NotNull
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false, unique = true)
    private Student student;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", length = 32)
    private AgeBand ageBand;

    @Enumerated(EnumType.STRING)
    @Column(length = 48)
    private Ethnicity ethnicity;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Disability disability;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Gender gender;

    @NotNull
    @Column(name = "answered_at", nullable = false)
    private OffsetDateTime answeredAt;

    protected EqualityAnswers() {
        // for JPA
    }

    public EqualityAnswers(Student student) {
        this.student = Objects.requireNonNull(student, "student");
    }

    /** Replaces every answer; null leaves a question unanswered. */
    public void answer(AgeBand newAgeBand, Ethnicity newEthnicity, Disability newDisability, Gender newGender,
            OffsetDateTime at) {
        if (student.isErased()) {
            throw new IllegalStateException("The student's data has been erased");
        }
        this.ageBand = newAgeBand;
        this.ethnicity = newEthnicity;
        this.disability = newDisability;
        this.gender = newGender;
        this.answeredAt = Objects.requireNonNull(at, "at");
    }

    public Student getStudent() {
        return student;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public Ethnicity getEthnicity() {
        return ethnicity;
    }

    public Disability getDisability() {
        return disability;
    }

    public Gender getGender() {
        return gender;
    }

    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }
}
