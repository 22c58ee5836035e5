package org.recoverycollege.register.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import org.recoverycollege.enrolment.control.StudentDataHolder;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.register.entity.Attendance;
import org.recoverycollege.register.entity.AttendanceMark;

/** A student's attendance, for the pages, records and data export of the enrolment feature. */
@ApplicationScoped
public class RegisterStudentData implements StudentDataHolder {

    private static final String MARKS = """
            SELECT a.enrolment.id, SUM(CASE WHEN a.mark = org.recoverycollege.register.entity.AttendanceMark.PRESENT
                                           THEN 1 ELSE 0 END), COUNT(a)
              FROM Attendance a WHERE a.enrolment.student = :student GROUP BY a.enrolment.id""";
    private static final String MARKS_OF_PLACES = """
            SELECT a.enrolment.id, a.session.id, a.mark FROM Attendance a WHERE a.enrolment.student = :student""";

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Long, Map<Long, String>> attendanceMarks(Student student) {
        Map<Long, Map<Long, String>> marks = new HashMap<>();
        em.createQuery(MARKS_OF_PLACES, Object[].class).setParameter("student", student).getResultList()
                .forEach(r -> marks.computeIfAbsent((Long) r[0], place -> new HashMap<>())
                        .put((Long) r[1], ((AttendanceMark) r[2]).name()));
        return marks;
    }

    @Override
    public Map<Long, long[]> attendanceCounts(Student student) {
        Map<Long, long[]> marks = new HashMap<>();
        em.createQuery(MARKS, Object[].class).setParameter("student", student).getResultList()
                .forEach(r -> marks.put((Long) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        return marks;
    }

    @Override
    public void exportPlace(Enrolment enrolment, JsonObjectBuilder place) {
        JsonArrayBuilder attendance = Json.createArrayBuilder();
        em.createNamedQuery(Attendance.FIND_BY_ENROLMENT, Attendance.class).setParameter("enrolment", enrolment)
                .getResultList().forEach(a -> attendance.add(Json.createObjectBuilder()
                        .add("session", a.getSession().getSessionDate().toString())
                        .add("mark", a.getMark().name())));
        place.add("attendance", attendance);
    }
}
