package org.recoverycollege.tutoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.platform.entity.EntityFixtures;
import org.recoverycollege.tutoring.entity.Arrangement;
import org.recoverycollege.tutoring.entity.Expertise;
import org.recoverycollege.tutoring.entity.Tutor;

class AvailabilityConflictsTest {

    /** Mondays from 2 November 2026, 10:00-12:00. */
    private static List<CourseSession> mondays() {
        CourseRun run = EntityFixtures.run(12);
        return run.scheduleWeekly(LocalDate.of(2026, 11, 2), LocalTime.of(10, 0), LocalTime.of(12, 0));
    }

    private static Tutor tutorFreeOnMondayMornings() {
        Tutor tutor = new Tutor("Jordan Ellis", "jordan@example.org", Expertise.LIVED_EXPERIENCE,
                Arrangement.VOLUNTEER, 3);
        tutor.addSlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0), null);
        return tutor;
    }

    @Test
    void daysAwayConflictWithTheSessionsTheyCoverFromTodayOn() {
        Tutor tutor = tutorFreeOnMondayMornings();
        List<CourseSession> sessions = mondays();
        tutor.addException(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16), "leave");

        assertThat(AvailabilityConflicts.unavailable(tutor, sessions, LocalDate.of(2026, 11, 1)))
                .extracting(CourseSession::getSessionDate)
                .containsExactly(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16));
        assertThat(AvailabilityConflicts.unavailable(tutor, sessions, LocalDate.of(2026, 11, 10)))
                .extracting(CourseSession::getSessionDate)
                .containsExactly(LocalDate.of(2026, 11, 16));
    }

    @Test
    void aSlotTooShortForTheSessionConflictsButSlotsThatMeetCoverIt() {
        Tutor tutor = new Tutor("Sam Okafor", "sam@example.org", Expertise.PROFESSIONAL, Arrangement.EMPLOYED, 3);
        tutor.addSlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0), null);
        List<CourseSession> sessions = mondays();
        assertThat(AvailabilityConflicts.unavailable(tutor, sessions, LocalDate.of(2026, 11, 1))).hasSize(5);

        tutor.addSlot(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(12, 0), null);
        assertThat(AvailabilityConflicts.unavailable(tutor, sessions, LocalDate.of(2026, 11, 1))).isEmpty();
    }
}
