package org.recoverycollege.tutoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.platform.entity.BaseEntity;

/** A course a tutor has been trained to deliver, and since when. */
@Entity
@Table(name = "trained_course")
public class TrainedCourse extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tutor_id", nullable = false, updatable = false)
    private Tutor tutor;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @NotNull
    @Column(name = "trained_on", nullable = false)
    private LocalDate trainedOn;

    protected TrainedCourse() {
        // for JPA
    }

    /** Made by {@link Tutor#train}. */
    TrainedCourse(Tutor tutor, Course course, LocalDate trainedOn) {
        this.tutor = Objects.requireNonNull(tutor, "tutor");
        this.course = Objects.requireNonNull(course, "course");
        this.trainedOn = Objects.requireNonNull(trainedOn, "training date");
    }

    public Tutor getTutor() {
        return tutor;
    }

    public Course getCourse() {
        return course;
    }

    public LocalDate getTrainedOn() {
        return trainedOn;
    }
}
