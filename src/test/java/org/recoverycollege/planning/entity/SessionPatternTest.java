package org.recoverycollege.planning.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoverycollege.platform.entity.EntityFixtures.run;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionPatternTest {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void weeklySessionsFallOnTheSameWeekdaySevenDaysApart() {
        SessionPattern pattern = new SessionPattern(LocalDate.of(2026, 9, 14), TEN, NOON, Recurrence.WEEKLY, 4);

        assertThat(pattern.dates()).containsExactly(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 21),
                LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 5));
    }

    @Test
    void fortnightlySessionsAreFourteenDaysApart() {
        SessionPattern pattern = new SessionPattern(LocalDate.of(2026, 12, 15), TEN, NOON, Recurrence.FORTNIGHTLY, 3);

        assertThat(pattern.dates()).containsExactly(LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 29),
                LocalDate.of(2027, 1, 12));
    }

    @Test
    void sessionsKeepTheirWallClockTimeAcrossTheEndOfSummerTime() {
        // British Summer Time ends on Sunday 25 October 2026: the runs' sessions either side stay at 10:00-12:00
        CourseRun run = run(12);
        List<CourseSession> sessions = new SessionPattern(LocalDate.of(2026, 10, 19), TEN, NOON,
                Recurrence.WEEKLY, 3).applyTo(run);

        assertThat(sessions).extracting(CourseSession::getStartsAt).containsOnly(TEN);
        assertThat(sessions).extracting(CourseSession::getEndsAt).containsOnly(NOON);
        assertThat(sessions).extracting(CourseSession::getSequenceNo).containsExactly(1, 2, 3);
        // the instants are 7 days and one hour apart, as people in London expect of "same time next week"
        var before = sessions.get(0).startDateTime().atZone(LONDON).toInstant();
        var after = sessions.get(1).startDateTime().atZone(LONDON).toInstant();
        assertThat(Duration.between(before, after)).isEqualTo(Duration.ofDays(7).plusHours(1));
    }

    @Test
    void sessionsKeepTheirWallClockTimeAcrossTheStartOfSummerTime() {
        // clocks go forward on Sunday 28 March 2027; a fortnightly Saturday course spans it
        List<LocalDate> dates = new SessionPattern(LocalDate.of(2027, 3, 20), TEN, NOON, Recurrence.FORTNIGHTLY, 2)
                .dates();

        assertThat(dates).containsExactly(LocalDate.of(2027, 3, 20), LocalDate.of(2027, 4, 3));
        assertThat(Duration.between(dates.get(0).atTime(TEN).atZone(LONDON), dates.get(1).atTime(TEN).atZone(LONDON)))
                .isEqualTo(Duration.ofDays(14).minusHours(1));
    }

    @Test
    void refusesAnEndBeforeTheStartAndAnEmptyPattern() {
        LocalDate day = LocalDate.of(2026, 9, 14);
        assertThatThrownBy(() -> new SessionPattern(day, NOON, TEN, Recurrence.WEEKLY, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionPattern(day, TEN, NOON, Recurrence.WEEKLY, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
