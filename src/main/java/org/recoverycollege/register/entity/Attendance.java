package org.recoverycollege.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/** The register mark of one enrolment at one session, with who recorded it and when. */
@Entity
@Table(name = "attendance")
@NamedQuery(name = Attendance.FIND_BY_SESSION,
        query = "SELECT a FROM Attendance a WHERE a.session = :session ORDER BY a.id")
@NamedQuery(name = Attendance.FIND_BY_ENROLMENT,
        query = "SELECT a FROM Attendance a WHERE a.enrolment = :enrolment ORDER BY a.session.sequenceNo")
@NamedQuery(name = Attendance.COUNT_PRESENT_BY_ENROLMENT,
        query = "SELECT COUNT(a) FROM Attendance a WHERE a.enrolment = :enrolment"
                + " AND a.mark = org.recoverycollege.register.entity.AttendanceMark.PRESENT")
public class Attendance extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_SESSION = "Attendance.findBySession";
    public static final String FIND_BY_ENROLMENT = "Attendance.findByEnrolment";
    /** How many sessions {@code :enrolment} was marked present at (a Long). */
    public static final String COUNT_PRESENT_BY_ENROLMENT = "Attendance.countPresentByEnrolment";
    public static final int ACTOR_MAX = 254;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CourseSession session;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttendanceMark mark;

    @NotBlank
    @Size(max = ACTOR_MAX)
    @Column(name = "recorded_by", nullable = false, length = ACTOR_MAX)
    private String recordedBy;

    @NotNull
    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected Attendance() {
        // for JPA
    }

    /** A mark for a session of the run the enrolment is on. */
    public Attendance(CourseSession session, Enrolment enrolment, AttendanceMark mark, String recordedBy,
            OffsetDateTime recordedAt) {
        this.session = Objects.requireNonNull(session, "session");
        this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
        if (!session.getRun().equals(enrolment.getRun())) {
            throw new IllegalArgumentException("The session is not part of the run the enrolment is on");
        }
        remark(mark, recordedBy, recordedAt);
    }

    /** Corrects the mark, recording who changed it and when. */
    public void remark(AttendanceMark newMark, String by, OffsetDateTime at) {
        this.mark = Objects.requireNonNull(newMark, "mark");
        this.recordedBy = Texts.required(by, ACTOR_MAX, "recorded by");
        this.recordedAt = Objects.requireNonNull(at, "time");
    }

    public boolean isPresent() {
        return mark.isPresent();
    }

    public CourseSession getSession() {
        return session;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public AttendanceMark getMark() {
        return mark;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
