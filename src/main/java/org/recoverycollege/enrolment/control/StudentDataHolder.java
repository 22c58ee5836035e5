package org.recoverycollege.enrolment.control;

import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.Set;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.Student;

/**
 * A feature above enrolment that holds data about students' places (register: attendance; evaluation:
 * feedback). Enrolment asks every implementation through {@code Instance<StudentDataHolder>} when it shows
 * a student's places, exports or erases a student, and never names those features itself. Each method
 * runs in the caller's transaction; a feature implements the ones its data answers.
 */
public interface StudentDataHolder {

    /**
     * For each of the student's places with recorded sessions, its enrolment id to (session id to attendance mark
     * name, {@code PRESENT}, ...). One call for all places: "My courses" shows them together.
     */
    default Map<Long, Map<Long, String>> attendanceMarks(Student student) {
        return Map.of();
    }

    /** Enrolment id to {@code {sessions present, sessions recorded}} for each of the student's places. */
    default Map<Long, long[]> attendanceCounts(Student student) {
        return Map.of();
    }

    /** The enrolment ids of the student's places on which they have given feedback. */
    default Set<Long> placesWithFeedback(Student student) {
        return Set.of();
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
