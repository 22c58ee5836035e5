package org.recoverycollege.tutoring.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoverycollege.platform.entity.EntityFixtures.course;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.planning.entity.Venue;

class TutorTest {

    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 14);

    private final Tutor tutor = new Tutor("Alex Peer", "Alex.Peer@Example.org", Expertise.LIVED_EXPERIENCE,
            Arrangement.PAID_CO_PRODUCER, 4);

    private static LocalTime at(int hour) {
        return LocalTime.of(hour, 0);
    }

    @Test
    void storesTheEmailInLowerCase() {
        assertThat(tutor.getEmail()).isEqualTo("alex.peer@example.org");
    }

    @Test
    void refusesASlotThatOverlapsAnotherOnTheSameDayNamingIt() {
        tutor.addSlot(DayOfWeek.MONDAY, at(9), at(12), null);

        assertThatThrownBy(() -> tutor.addSlot(DayOfWeek.MONDAY, at(11), at(14), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MONDAY 09:00-12:00")
                .hasMessageContaining("MONDAY 11:00-14:00");
        assertThatThrownBy(() -> tutor.addSlot(DayOfWeek.MONDAY, at(10), at(11), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(tutor.getAvailability()).hasSize(1);
    }

    @Test
    void acceptsSlotsThatTouchOrAreOnOtherDays() {
        tutor.addSlot(DayOfWeek.MONDAY, at(9), at(12), null);
        tutor.addSlot(DayOfWeek.MONDAY, at(12), at(15), null);
        tutor.addSlot(DayOfWeek.TUESDAY, at(9), at(12), null);

        assertThat(tutor.getAvailability()).extracting(AvailabilitySlot::toString)
                .containsExactly("MONDAY 09:00-12:00", "MONDAY 12:00-15:00", "TUESDAY 09:00-12:00");
    }

    @Test
    void refusesASlotThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> tutor.addSlot(DayOfWeek.MONDAY, at(12), at(9), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isAvailableOnlyInsideAWeeklySlot() {
        tutor.addSlot(DayOfWeek.MONDAY, at(9), at(12), null);

        assertThat(tutor.isAvailable(MONDAY, at(9), at(12))).isTrue();
        assertThat(tutor.isAvailable(MONDAY, at(10), at(11))).isTrue();
        assertThat(tutor.isAvailable(MONDAY, at(11), at(13))).isFalse();
        assertThat(tutor.isAvailable(MONDAY, at(8), at(10))).isFalse();
        assertThat(tutor.isAvailable(MONDAY.plusDays(1), at(10), at(11))).isFalse();
        assertThat(tutor.isAvailable(MONDAY.plusWeeks(3), at(10), at(11))).isTrue();
    }

    @Test
    void slotsThatMeetCountAsOne() {
        tutor.addSlot(DayOfWeek.MONDAY, at(12), at(15), null);
        tutor.addSlot(DayOfWeek.MONDAY, at(9), at(12), null);

        assertThat(tutor.isAvailable(MONDAY, at(11), at(13))).isTrue();
        assertThat(tutor.isAvailable(MONDAY, at(9), at(15))).isTrue();
        assertThat(tutor.isAvailable(MONDAY, at(9), at(16))).isFalse();
    }

    @Test
    void isNotAvailableOnTheDaysOfAnException() {
        tutor.addSlot(DayOfWeek.MONDAY, at(9), at(12), null);
        tutor.addException(MONDAY.plusWeeks(1), MONDAY.plusWeeks(2), "Leave");

        assertThat(tutor.isAvailable(MONDAY, at(10), at(11))).isTrue();
        assertThat(tutor.isAvailable(MONDAY.plusWeeks(1), at(10), at(11))).isFalse();
        assertThat(tutor.isAvailable(MONDAY.plusWeeks(2), at(10), at(11))).isFalse();
        assertThat(tutor.isAvailable(MONDAY.plusWeeks(3), at(10), at(11))).isTrue();
        assertThat(tutor.isAway(MONDAY.plusDays(10))).isTrue();
    }

    @Test
    void anInactiveTutorIsNotAvailable() {
        tutor.addSlot(DayOfWeek.MONDAY, at(9), at(12), null);

        tutor.deactivate();

        assertThat(tutor.isAvailable(MONDAY, at(10), at(11))).isFalse();
    }

    @Test
    void aSlotForOneVenueCountsOnlyThere() {
        Venue centre = new Venue("Centre", null, null, false, null);
        Venue library = new Venue("Library", null, null, false, null);
        tutor.addSlot(DayOfWeek.MONDAY, at(9), at(12), centre);

        assertThat(tutor.isAvailableAt(MONDAY, at(10), at(11), centre)).isTrue();
        assertThat(tutor.isAvailableAt(MONDAY, at(10), at(11), library)).isFalse();
        assertThat(tutor.isAvailable(MONDAY, at(10), at(11))).isTrue();
    }

    @Test
    void refusesAnExceptionThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> tutor.addException(MONDAY, MONDAY.minusDays(1), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isTrainedOnlyForTheCoursesItWasTrainedFor() {
        Course anxiety = course("Understanding Anxiety", 5);
        Course wrap = course("WRAP", 8);

        tutor.train(anxiety, MONDAY);

        assertThat(tutor.isTrainedFor(anxiety)).isTrue();
        assertThat(tutor.isTrainedFor(wrap)).isFalse();
        assertThatThrownBy(() -> tutor.train(anxiety, MONDAY)).isInstanceOf(IllegalArgumentException.class);
        tutor.untrain(anxiety);
        assertThat(tutor.isTrainedFor(anxiety)).isFalse();
    }

    @Test
    void refusesAWeeklyMaximumOutsideZeroToForty() {
        assertThatThrownBy(() -> tutor.changeMaxSessionsPerWeek(41)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tutor("A", "a@example.org", Expertise.PROFESSIONAL, Arrangement.EMPLOYED, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
