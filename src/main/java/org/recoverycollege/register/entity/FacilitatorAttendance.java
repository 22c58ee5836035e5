package org.recoverycollege.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.tutoring.entity.Tutor;

/** Whether a tutor facilitated a session: the basis of co-production figures and involvement payments. */
@Entity
@Table(name = "facilitator_attendance")
@NamedQuery(name = FacilitatorAttendance.FIND_BY_SESSION,
        query = "SELECT f FROM FacilitatorAttendance f WHERE f.session = :session ORDER BY f.id")
@NamedQuery(name = FacilitatorAttendance.FIND_PRESENT_BY_TUTOR,
        query = "SELECT f FROM FacilitatorAttendance f WHERE f.tutor = :tutor AND f.present = TRUE")
public class FacilitatorAttendance extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_SESSION = "FacilitatorAttendance.findBySession";
    /** The sessions {@code :tutor} was recorded present at, that is delivered. */
    public static final String FIND_PRESENT_BY_TUTOR = "FacilitatorAttendance.findPresentByTutor";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CourseSession session;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tutor_id", nullable = false, updatable = false)
    private Tutor tutor;

    @Column(nullable = false)
    private boolean present;

    protected FacilitatorAttendance() {
        // for JPA
    }

    public FacilitatorAttendance(CourseSession session, Tutor tutor, boolean present) {
        this.session = Objects.requireNonNull(session, "session");
        this.tutor = Objects.requireNonNull(tutor, "tutor");
        this.present = present;
    }

    public void record(boolean wasPresent) {
        this.present = wasPresent;
    }

    public CourseSession getSession() {
        return session;
    }

    public Tutor getTutor() {
        return tutor;
    }

    public boolean isPresent() {
        return present;
    }
}
