package org.recoverycollege.planning.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoverycollege.platform.entity.EntityFixtures.run;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class CourseSessionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 14);

    private final CourseRun run = run(12);
    private final CourseRun otherRun = run(12);

    private CourseSession session(CourseRun owner, LocalDate date, int fromHour, int toHour) {
        return owner.addSession(date, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0));
    }

    @Test
    void givesItsStartAndEndAsDateTimes() {
        CourseSession session = session(run, DAY, 10, 12);

        assertThat(session.startDateTime()).isEqualTo(LocalDateTime.of(2026, 9, 14, 10, 0));
        assertThat(session.endDateTime()).isEqualTo(LocalDateTime.of(2026, 9, 14, 12, 0));
    }

    @Test
    void overlapsASessionThatSharesSomeTimeOnTheSameDay() {
        CourseSession mine = session(run, DAY, 10, 12);
        CourseSession theirs = session(otherRun, DAY, 11, 13);
        CourseSession inside = session(otherRun, DAY.plusDays(1), 10, 11);
        CourseSession around = session(run, DAY.plusDays(1), 9, 12);

        assertThat(mine.overlaps(theirs)).isTrue();
        assertThat(theirs.overlaps(mine)).isTrue();
        assertThat(around.overlaps(inside)).isTrue();
        assertThat(inside.overlaps(around)).isTrue();
    }

    @Test
    void doesNotOverlapSessionsThatTouchOrAreOnAnotherDay() {
        CourseSession mine = session(run, DAY, 10, 12);
        CourseSession after = session(otherRun, DAY, 12, 14);
        CourseSession nextDay = session(otherRun, DAY.plusDays(1), 10, 12);

        assertThat(mine.overlaps(after)).isFalse();
        assertThat(after.overlaps(mine)).isFalse();
        assertThat(mine.overlaps(nextDay)).isFalse();
        assertThat(mine.overlaps(mine)).isFalse();
    }

    @Test
    void aCancelledSessionOverlapsNothing() {
        CourseSession mine = session(run, DAY, 10, 12);
        CourseSession theirs = session(otherRun, DAY, 10, 12);

        theirs.cancel();

        assertThat(mine.overlaps(theirs)).isFalse();
        assertThatThrownBy(theirs::cancel).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> theirs.reschedule(DAY, LocalTime.of(9, 0), LocalTime.of(10, 0)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void isRescheduledKeepingItsNumberButNeverToEndBeforeItStarts() {
        CourseSession session = session(run, DAY, 10, 12);

        session.reschedule(DAY.plusDays(2), LocalTime.of(14, 0), LocalTime.of(16, 0));

        assertThat(session.getSequenceNo()).isEqualTo(1);
        assertThat(session.startDateTime()).isEqualTo(LocalDateTime.of(2026, 9, 16, 14, 0));
        assertThatThrownBy(() -> session.reschedule(DAY, LocalTime.of(12, 0), LocalTime.of(12, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(session.getStartsAt()).isEqualTo(LocalTime.of(14, 0));
    }
}
