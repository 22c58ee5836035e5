package org.recoverycollege.register.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recoverycollege.register.control.RegisterSheet;
import org.recoverycollege.register.entity.AttendanceMark;
import org.recoverycollege.tutoring.entity.Expertise;

/** The register form starts from what is recorded and hands on only the marks given and the tutors ticked. */
class RegisterFormTest {

    @Test
    void startsFromTheRecordedMarksWithUnrecordedTutorsPresentAndHandsOnOnlyWhatWasGiven() {
        RegisterSheet sheet = new RegisterSheet(9, "Wellbeing", 2, LocalDate.of(2027, 1, 11), LocalTime.of(10, 0),
                LocalTime.of(12, 0), true,
                List.of(new RegisterSheet.Student(1, "Ann", Set.of(), null, AttendanceMark.PRESENT),
                        new RegisterSheet.Student(2, "Ben", Set.of(), null, null)),
                List.of(new RegisterSheet.Facilitator(31, "Pat", Expertise.LIVED_EXPERIENCE, null),
                        new RegisterSheet.Facilitator(32, "Robin", Expertise.PROFESSIONAL, false)));

        RegisterForm form = RegisterForm.of(sheet);
        assertThat(form.getMarks()).containsEntry(1L, "PRESENT").containsEntry(2L, null);
        assertThat(form.getPresent()).containsEntry(31L, true).containsEntry(32L, false);
        assertThat(form.recordedMarks()).isEqualTo(Map.of(1L, AttendanceMark.PRESENT));
        assertThat(form.presentTutors()).containsExactly(31L);

        form.getMarks().put(2L, "");
        form.getPresent().put(32L, true);
        assertThat(form.recordedMarks()).as("a blank choice is no mark").containsOnlyKeys(1L);
        assertThat(form.presentTutors()).containsExactlyInAnyOrder(31L, 32L);
    }
}
