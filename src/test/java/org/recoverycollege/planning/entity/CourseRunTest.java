package org.recoverycollege.planning.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoverycollege.platform.entity.EntityFixtures.run;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseRunTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 14);
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);

    @Test
    void aFreshRunHasAllItsPlacesLeft() {
        CourseRun run = run(12);

        assertThat(run.getConfirmedCount()).isZero();
        assertThat(run.placesLeft()).isEqualTo(12);
        assertThat(run.isFull()).isFalse();
        assertThat(run.getStatus()).isEqualTo(RunStatus.DRAFT);
    }

    @Test
    void changingTheCapacityChangesThePlacesLeft() {
        CourseRun run = run(12);

        run.changeCapacity(8);

        assertThat(run.getCapacity()).isEqualTo(8);
        assertThat(run.placesLeft()).isEqualTo(8);
    }

    @Test
    void refusesACapacityBelowOne() {
        CourseRun run = run(12);

        assertThatThrownBy(() -> run.changeCapacity(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> run(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(run.getCapacity()).isEqualTo(12);
    }

    @Test
    void refusesACapacityBelowTheConfirmedPlaces() throws ReflectiveOperationException {
        CourseRun run = run(12);
        // only the enrolment service's SQL update changes the count; this stands in for it
        setConfirmedCount(run, 10);

        assertThat(run.placesLeft()).isEqualTo(2);
        assertThatThrownBy(() -> run.changeCapacity(9))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("10 places are already confirmed");
        assertThat(run.getCapacity()).isEqualTo(12);

        run.changeCapacity(10);
        assertThat(run.placesLeft()).isZero();
        assertThat(run.isFull()).isTrue();
    }

    @Test
    void numbersSessionsFromOneInTheOrderTheyAreAdded() {
        CourseRun run = run(12);

        CourseSession first = run.addSession(MONDAY.plusWeeks(1), TEN, NOON);
        CourseSession second = run.addSession(MONDAY, TEN, NOON);
        CourseSession third = run.addSession(MONDAY.plusWeeks(2), TEN, NOON);

        assertThat(List.of(first, second, third)).extracting(CourseSession::getSequenceNo).containsExactly(1, 2, 3);
        assertThat(run.getSessions()).containsExactly(first, second, third);
        assertThat(first.getRun()).isSameAs(run);
        assertThat(run.firstSession()).containsSame(second);
    }

    @Test
    void schedulesOneSessionAWeekForEachSessionOfTheCourse() {
        CourseRun run = run(12);

        List<CourseSession> sessions = run.scheduleWeekly(MONDAY, TEN, NOON);

        assertThat(sessions).hasSize(5);
        assertThat(sessions).extracting(CourseSession::getSequenceNo).containsExactly(1, 2, 3, 4, 5);
        assertThat(sessions).extracting(CourseSession::getSessionDate).containsExactly(MONDAY, MONDAY.plusWeeks(1),
                MONDAY.plusWeeks(2), MONDAY.plusWeeks(3), MONDAY.plusWeeks(4));
        assertThat(run.lastSession().orElseThrow().getSessionDate()).isEqualTo(MONDAY.plusWeeks(4));
    }

    @Test
    void refusesASessionThatClashesWithAnotherOfTheRun() {
        CourseRun run = run(12);
        run.addSession(MONDAY, TEN, NOON);

        assertThatThrownBy(() -> run.addSession(MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("session 1");
        assertThat(run.getSessions()).hasSize(1);
        assertThat(run.addSession(MONDAY, NOON, LocalTime.of(13, 0)).getSequenceNo()).isEqualTo(2);
    }

    @Test
    void theFirstSessionSkipsCancelledOnesAndIsEmptyWithoutSessions() {
        CourseRun run = run(12);
        assertThat(run.firstSession()).isEmpty();

        CourseSession first = run.addSession(MONDAY, TEN, NOON);
        CourseSession second = run.addSession(MONDAY.plusWeeks(1), TEN, NOON);
        first.cancel();

        assertThat(run.firstSession()).containsSame(second);
    }

    @Test
    void publishesOnlyADraftOfAnActiveCourseWithSessions() {
        CourseRun run = run(12);
        assertThatThrownBy(run::publish).isInstanceOf(IllegalStateException.class).hasMessageContaining("not active");
        run.getCourse().activate();
        assertThatThrownBy(run::publish).isInstanceOf(IllegalStateException.class).hasMessageContaining("sessions");
        run.addSession(MONDAY, TEN, NOON);

        run.publish();

        assertThat(run.getStatus()).isEqualTo(RunStatus.PUBLISHED);
        assertThatThrownBy(run::publish).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void followsItsLifeFromDraftToCompleted() {
        CourseRun run = run(12);
        run.getCourse().activate();
        run.addSession(MONDAY, TEN, NOON);
        assertThatThrownBy(run::start).isInstanceOf(IllegalStateException.class);

        run.publish();
        run.unpublish();
        assertThat(run.getStatus()).isEqualTo(RunStatus.DRAFT);
        run.publish();
        run.start();
        assertThat(run.getStatus()).isEqualTo(RunStatus.RUNNING);
        run.complete();

        assertThat(run.getStatus()).isEqualTo(RunStatus.COMPLETED);
        assertThatThrownBy(run::cancel).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> run.addSession(MONDAY.plusWeeks(1), TEN, NOON))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void doesNotUnpublishARunWithConfirmedPlaces() throws ReflectiveOperationException {
        CourseRun run = run(12);
        run.getCourse().activate();
        run.addSession(MONDAY, TEN, NOON);
        run.publish();
        setConfirmedCount(run, 1);

        assertThatThrownBy(run::unpublish).isInstanceOf(IllegalStateException.class);
        run.cancel();
        assertThat(run.getStatus()).isEqualTo(RunStatus.CANCELLED);
    }

    @Test
    void isOpenForEnrolmentOnlyWhilePublishedAndInsideTheTermsWindow() {
        CourseRun run = run(12);
        run.getCourse().activate();
        run.addSession(MONDAY, TEN, NOON);
        LocalDate inWindow = LocalDate.of(2026, 9, 1);
        assertThat(run.isOpenForEnrolmentOn(inWindow)).isFalse();

        run.publish();

        assertThat(run.isOpenForEnrolmentOn(inWindow)).isTrue();
        assertThat(run.isOpenForEnrolmentOn(LocalDate.of(2026, 11, 1))).isFalse();
    }

    @Test
    void refusesARoomOfAnotherVenue() {
        CourseRun run = run(12);
        Room elsewhere = new Room(new Venue("Library", null, null, false, null), "Room 1", 20);
        Room here = new Room(run.getVenue(), "Room 2", 20);

        assertThatThrownBy(() -> run.moveTo(run.getVenue(), elsewhere)).isInstanceOf(IllegalArgumentException.class);
        run.moveTo(run.getVenue(), here);
        assertThat(run.addSession(MONDAY, TEN, NOON).getRoom()).isSameAs(here);
    }

    private static void setConfirmedCount(CourseRun run, int count) throws ReflectiveOperationException {
        Field field = CourseRun.class.getDeclaredField("confirmedCount");
        field.setAccessible(true);
        field.setInt(run, count);
    }

    @Test
    void startsWithItsFirstSessionAndIsOverOnceTheRegisterWindowHasPassed() {
        CourseRun run = run(12);
        run.getCourse().activate();
        run.addSession(MONDAY, TEN, NOON);
        run.addSession(MONDAY.plusWeeks(1), TEN, NOON);

        assertThat(run.hasStartedBy(MONDAY.atTime(9, 59))).isFalse();
        assertThat(run.hasStartedBy(MONDAY.atTime(TEN))).isTrue();
        // tutors may edit the last register for 7 days after its day: the run is over on the 8th day
        LocalDate lastDay = MONDAY.plusWeeks(1);
        assertThat(run.isOverBy(lastDay.plusDays(7).atTime(23, 59), 7)).isFalse();
        assertThat(run.isOverBy(lastDay.plusDays(8).atStartOfDay(), 7)).isTrue();
        assertThat(run.isOverBy(lastDay.atTime(NOON), 0)).isFalse();
        assertThat(run.isOverBy(lastDay.plusDays(1).atStartOfDay(), 0)).isTrue();
    }

    @Test
    void enrolmentClosesWhenTheChosenSessionStartsAndNeverLaterThanTheLast() {
        CourseRun run = run(12);
        run.getCourse().activate();
        run.addSession(MONDAY, TEN, NOON);
        run.addSession(MONDAY.plusWeeks(1), TEN, NOON);
        run.publish();
        LocalDate inWindow = LocalDate.of(2026, 9, 1);

        assertThat(run.enrolmentClosesAt(2)).contains(MONDAY.plusWeeks(1).atTime(TEN));
        assertThat(run.enrolmentClosesAt(5)).contains(MONDAY.plusWeeks(1).atTime(TEN));
        assertThat(run.enrolmentClosesAt(1)).contains(MONDAY.atTime(TEN));
        assertThat(run.isOpenForEnrolmentAt(inWindow.atTime(TEN), 2)).isTrue();
        run.start();
        assertThat(run.isOpenForEnrolmentAt(MONDAY.atTime(13, 0), 2)).isTrue();
        assertThat(run.isEnrolmentOverAt(MONDAY.atTime(13, 0), 1)).isTrue();
        assertThat(run.isOpenForEnrolmentAt(MONDAY.plusWeeks(1).atTime(TEN), 2)).isFalse();
    }

    @Test
    void cancellingAWholeRunNeedsAReasonAndCancelsTheSessionsStillAhead() {
        CourseRun run = run(12);
        run.getCourse().activate();
        CourseSession held = run.addSession(MONDAY, TEN, NOON);
        CourseSession ahead = run.addSession(MONDAY.plusWeeks(1), TEN, NOON);
        run.publish();
        run.start();

        assertThatThrownBy(() -> run.cancel(" ", MONDAY.atTime(13, 0))).isInstanceOf(IllegalArgumentException.class);
        run.cancel("The venue flooded", MONDAY.atTime(13, 0));

        assertThat(run.getStatus()).isEqualTo(RunStatus.CANCELLED);
        assertThat(run.getCancelReason()).isEqualTo("The venue flooded");
        assertThat(held.isCancelled()).isFalse();
        assertThat(ahead.isCancelled()).isTrue();
        assertThatThrownBy(() -> run.cancel("again", MONDAY.atTime(14, 0))).isInstanceOf(IllegalStateException.class);
    }
}
