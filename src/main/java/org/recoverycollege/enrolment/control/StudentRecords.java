package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.enrolment.entity.SupportNeed;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.platform.control.Refusal;

/**
 * A student's record for administrators. Students' data can reveal health information, so every
 * viewing and every change is written to the audit log in the same transaction.
 */
@ApplicationScoped
@Transactional
public class StudentRecords {

    static final String ENTITY = "Student";

    @PersistenceContext
    private EntityManager em;

    @Inject
    @Any
    private Instance<StudentDataHolder> holders;

    @Inject
    private AuditLog audit;

    /** The record, with the viewing audited. */
    public StudentRecord view(@NotBlank String actor, long studentId) {
        return viewed(actor, getStudent(studentId));
    }

    /** The record, with the viewing audited, or empty (and nothing audited) when there is no such student. */
    public Optional<StudentRecord> find(@NotBlank String actor, long studentId) {
        return Optional.ofNullable(em.find(Student.class, studentId)).map(student -> viewed(actor, student));
    }

    private StudentRecord viewed(String actor, Student student) {
        long studentId = student.getId();
        audit.viewed(actor, ENTITY, studentId);
        Map<Long, long[]> marks = new HashMap<>();
        holders.forEach(holder -> marks.putAll(holder.attendanceCounts(student)));
        List<StudentRecord.Place> places = em.createNamedQuery(Enrolment.FIND_BY_STUDENT, Enrolment.class)
                .setParameter("student", student).getResultList().stream()
                .map(e -> {
                    long[] m = marks.getOrDefault(e.getId(), new long[2]);
                    return new StudentRecord.Place(e.getId(), e.getRun().getId(), e.getRun().getCourse().getTitle(),
                            e.getRun().getTerm().getName(),
                            e.getRun().firstSession().map(CourseSession::getSessionDate).orElse(null), e.getStatus(),
                            m[0], m[1]);
                })
                .toList();
        return new StudentRecord(student.getId(), student.getAccount().getDisplayName(),
                student.getAccount().hasEmail() ? student.getAccount().getEmail() : null,
                student.getPhone(), student.getPostalAddress(), student.getRelation(), student.isContactByEmail(), student.isContactByPhone(),
                student.getSupportNeeds(), student.getOtherNeeds(), places);
    }

    /** Replaces the recorded needs, auditing old and new values. */
    public void recordNeeds(@NotBlank String actor, long studentId, @NotNull Set<SupportNeed> needs, String otherNeeds) {
        Student student = getStudent(studentId);
        Set<SupportNeed> before = new TreeSet<>(student.getSupportNeeds());
        String otherBefore = student.getOtherNeeds();
        try {
            student.recordNeeds(needs, otherNeeds);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new Refusal("students.cannotChange");
        }
        audit.changed(actor, ENTITY, studentId, "supportNeeds", before, new TreeSet<>(student.getSupportNeeds()));
        audit.changed(actor, ENTITY, studentId, "otherNeeds", otherBefore, student.getOtherNeeds());
    }

    private Student getStudent(long studentId) {
        Student student = em.find(Student.class, studentId);
        if (student == null) {
            throw new Refusal("students.notFound");
        }
        return student;
    }
}
