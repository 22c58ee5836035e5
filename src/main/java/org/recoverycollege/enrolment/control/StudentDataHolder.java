package org.recoverycollege.enrolment.control;

import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.Student;

/**
 * A feature above enrolment that holds data about students' places (register: attendance; evaluation:
 * feedback). Enrolment asks every implementation through {@code Instance<StudentDataHolder>} when it shows
 * a student's places, exports or erases a student, and never names those features itself. Each method
 * runs in the caller's transaction; a feature implements the ones its data answers.
 */
public interface StudentDataHolder {

    /** Session id to attendance mark name ({@code PRESENT}, ...) of the place's recorded sessions. */
    default Map<Long, String> attendanceMarks(Enrolment enrolment) {
        return Map.of();
    }

    /** Enrolment id to {@code {sessions present, sessions recorded}} for each of the student's places. */
    default Map<Long, long[]> attendanceCounts(Student student) {
        return Map.of();
    }

    /** Whether the student has given feedback on this place. */
    default boolean feedbackGiven(Enrolment enrolment) {
        return false;
    }

    /** Adds this feature's data about one place to that place's part of the student's data export. */
    default void exportPlace(Enrolment enrolment, JsonObjectBuilder place) {
    }

    /** Adds this feature's sections to the student's data export (after the person and their places). */
    default void export(Student student, JsonObjectBuilder document) {
    }

    /** The student closes their account: erase or anonymise what this feature holds that describes them. */
    default void erase(Student student) {
    }
}
