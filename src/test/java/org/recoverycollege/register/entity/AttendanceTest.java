package org.recoverycollege.register.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoverycollege.platform.entity.EntityFixtures.NOW;
import static org.recoverycollege.platform.entity.EntityFixtures.account;
import static org.recoverycollege.platform.entity.EntityFixtures.run;
import static org.recoverycollege.platform.entity.EntityFixtures.withId;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.Relation;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;

class AttendanceTest {

    private final Student student = withId(new Student(account("sam@example.org"), Relation.STAFF), 3L);
    private final CourseRun run = run(10);
    private final CourseSession session = run.addSession(LocalDate.of(2026, 9, 14), LocalTime.of(10, 0),
            LocalTime.of(12, 0));

    @Test
    void isRemarkedWithWhoAndWhen() {
        Attendance attendance = new Attendance(session, Enrolment.confirmed(student, run, NOW), AttendanceMark.ABSENT,
                "tutor@example.org", NOW);

        attendance.remark(AttendanceMark.PRESENT, "admin@example.org", NOW.plusDays(1));

        assertThat(attendance.isPresent()).isTrue();
        assertThat(attendance.getRecordedBy()).isEqualTo("admin@example.org");
        assertThat(attendance.getRecordedAt()).isEqualTo(NOW.plusDays(1));
    }

    @Test
    void refusesASessionOfAnotherRun() {
        Enrolment elsewhere = Enrolment.confirmed(student, run(10), NOW);

        assertThatThrownBy(() -> new Attendance(session, elsewhere, AttendanceMark.PRESENT, "tutor@example.org", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
