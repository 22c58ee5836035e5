package org.recoverycollege.enrolment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.platform.entity.EntityFixtures;

/** The enrolment rules against a fixed college clock (the autumn term's window is 10 Aug to 30 Oct 2026). */
class EnrolmentRulesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static Clock at(int month, int day, int hour) {
        return Clock.fixed(ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, LONDON).toInstant(), LONDON);
    }

    private static CourseRun publishedRun(LocalDate first, LocalTime start) {
        CourseRun run = EntityFixtures.run(12);
        run.getCourse().activate();
        run.scheduleWeekly(first, start, start.plusHours(2));
        run.publish();
        return run;
    }

    private static Optional<String> refusalKey(CourseRun run, Clock clock, boolean prerequisiteDone, List<CourseRun> confirmed) {
        return EnrolmentRules.refusal(run, LocalDateTime.now(clock), 2, prerequisiteDone, confirmed).map(EnrolmentRefused::messageKey);
    }

    @Test
    void aPublishedRunInsideTheWindowIsOpen() {
        CourseRun run = publishedRun(LocalDate.of(2026, 10, 6), LocalTime.of(10, 0));
        assertThat(refusalKey(run, at(9, 1, 9), true, List.of())).isEmpty();
    }

    @Test
    void theWindowIsClosedBeforeItOpensAndAfterItCloses() {
        CourseRun run = publishedRun(LocalDate.of(2026, 10, 6), LocalTime.of(10, 0));
        assertThat(refusalKey(run, at(8, 9, 23), true, List.of())).contains("enrolment.refused.windowClosed");
        assertThat(refusalKey(run, at(8, 10, 0), true, List.of())).isEmpty();
        assertThat(refusalKey(run, at(10, 13, 9), true, List.of())).isEmpty();
        assertThat(refusalKey(run, at(10, 31, 0), true, List.of())).contains("enrolment.refused.windowClosed");
    }

    @Test
    void enrolmentStaysOpenAfterTheFirstSessionAndClosesWhenTheSecondStarts() {
        CourseRun run = publishedRun(LocalDate.of(2026, 10, 6), LocalTime.of(10, 0));
        run.start();
        assertThat(refusalKey(run, at(10, 6, 11), true, List.of())).isEmpty();
        assertThat(refusalKey(run, at(10, 13, 10), true, List.of())).contains("enrolment.refused.closed");
        assertThat(EnrolmentRules.refusal(run, LocalDateTime.of(2026, 10, 13, 10, 0), 3, true, List.of())).isEmpty();
        run.complete();
        assertThat(refusalKey(run, at(10, 6, 11), true, List.of())).contains("enrolment.refused.notPublished");
    }

    @Test
    void aDraftRunIsNotOpen() {
        CourseRun draft = EntityFixtures.run(12);
        draft.scheduleWeekly(LocalDate.of(2026, 10, 6), LocalTime.of(10, 0), LocalTime.of(12, 0));
        assertThat(refusalKey(draft, at(9, 1, 9), true, List.of())).contains("enrolment.refused.notPublished");
    }

    @Test
    void theMissingPrerequisiteIsNamed() {
        CourseRun run = publishedRun(LocalDate.of(2026, 10, 6), LocalTime.of(10, 0));
        Course basics = EntityFixtures.course("Anxiety Basics", 3);
        run.getCourse().requirePrerequisite(basics);
        EnrolmentRefused refused = EnrolmentRules.refusal(run, LocalDateTime.now(at(9, 1, 9)), 2, false, List.of()).orElseThrow();
        assertThat(refused.messageKey()).isEqualTo("enrolment.refused.prerequisite");
        assertThat(refused.arguments()).containsExactly("Anxiety Basics");
        assertThat(refusalKey(run, at(9, 1, 9), true, List.of())).isEmpty();
    }

    @Test
    void anOverlappingConfirmedRunIsNamedButTouchingSessionsAreFine() {
        CourseRun run = publishedRun(LocalDate.of(2026, 10, 6), LocalTime.of(10, 0));
        CourseRun overlapping = EntityFixtures.withId(publishedRun(LocalDate.of(2026, 10, 20), LocalTime.of(11, 0)), 7L);
        CourseRun touching = EntityFixtures.withId(publishedRun(LocalDate.of(2026, 10, 6), LocalTime.of(12, 0)), 8L);
        EntityFixtures.withId(run, 6L);
        EnrolmentRefused refused = EnrolmentRules.refusal(run, LocalDateTime.now(at(9, 1, 9)), 2, true, List.of(touching, overlapping)).orElseThrow();
        assertThat(refused.messageKey()).isEqualTo("enrolment.refused.overlap");
        assertThat(refused.arguments()).containsExactly("Understanding Anxiety");
        assertThat(refusalKey(run, at(9, 1, 9), true, List.of(touching))).isEmpty();
    }

    @Test
    void cancellingIsPossibleUntilTheFirstSessionStarts() {
        CourseRun run = publishedRun(LocalDate.of(2026, 10, 6), LocalTime.of(10, 0));
        assertThat(EnrolmentRules.mayCancelAt(run, LocalDateTime.now(at(10, 6, 9)))).isTrue();
        assertThat(EnrolmentRules.mayCancelAt(run, LocalDateTime.of(2026, 10, 6, 10, 0))).isFalse();
        assertThat(EnrolmentRules.mayCancelAt(run, LocalDateTime.now(at(10, 7, 9)))).isFalse();
    }
}
