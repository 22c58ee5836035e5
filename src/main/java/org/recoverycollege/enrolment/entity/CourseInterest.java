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
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.platform.entity.BaseEntity;

/**
 * A student asked to be told when a course runs again. The row lives until they are told (a new run of
 * the course is published) or they leave the list; deleting it is what makes the telling happen once.
 */
@Entity
@Table(name = "course_interest")
@NamedQuery(name = CourseInterest.FIND, query = "SELECT i FROM CourseInterest i WHERE i.course = :course AND i.student = :student")
@NamedQuery(name = CourseInterest.FIND_BY_COURSE,
        query = "SELECT i FROM CourseInterest i WHERE i.course.id = :courseId ORDER BY i.joinedAt, i.id")
@NamedQuery(name = CourseInterest.FIND_BY_STUDENT,
        query = "SELECT i FROM CourseInterest i WHERE i.student = :student ORDER BY i.course.title")
@NamedQuery(name = CourseInterest.DEMAND, query = """
        SELECT i.course.id, i.course.title, i.course.slug, COUNT(i), MIN(i.joinedAt) FROM CourseInterest i
        GROUP BY i.course.id, i.course.title, i.course.slug ORDER BY COUNT(i) DESC, i.course.title""")
@NamedQuery(name = CourseInterest.DELETE_ONE, query = "DELETE FROM CourseInterest i WHERE i.id = :id")
@NamedQuery(name = CourseInterest.DELETE_BY_STUDENT, query = "DELETE FROM CourseInterest i WHERE i.student = :student")
public class CourseInterest extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND = "CourseInterest.find";
    public static final String FIND_BY_COURSE = "CourseInterest.findByCourse";
    public static final String FIND_BY_STUDENT = "CourseInterest.findByStudent";
    public static final String DEMAND = "CourseInterest.demand";
    public static final String DELETE_ONE = "CourseInterest.deleteOne";
    public static final String DELETE_BY_STUDENT = "CourseInterest.deleteByStudent";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Student student;

    @NotNull
    @Column(name = "joined_at", nullable = false, updatable = false)
    private OffsetDateTime joinedAt;

    protected CourseInterest() {
        // for JPA
    }

    public CourseInterest(Course course, Student student, OffsetDateTime joinedAt) {
        this.course = Objects.requireNonNull(course, "course");
        this.student = Objects.requireNonNull(student, "student");
        this.joinedAt = Objects.requireNonNull(joinedAt, "joinedAt");
    }

    public Course getCourse() {
        return course;
    }

    public Student getStudent() {
        return student;
    }

    public OffsetDateTime getJoinedAt() {
        return joinedAt;
    }
}
