package org.recoverycollege.register.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.recoverycollege.register.control.RegisterSheet;
import org.recoverycollege.register.entity.AttendanceMark;

/** A session's register as the tutor fills it in: a mark per student and which of the tutors were present. */
public class RegisterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The mark per enrolment by enum name (the page cannot tell a map value's enum type); none yet is blank. */
    private final Map<Long, String> marks = new HashMap<>();
    private final Map<Long, Boolean> present = new HashMap<>();

    /** The form filled in with what is recorded so far; a tutor not yet recorded is taken as present. */
    static RegisterForm of(RegisterSheet sheet) {
        RegisterForm form = new RegisterForm();
        sheet.students().forEach(s -> form.marks.put(s.enrolmentId(), s.mark() == null ? null : s.mark().name()));
        sheet.facilitators().forEach(f -> form.present.put(f.tutorId(), f.present() == null || f.present()));
        return form;
    }

    /** The marks given, by enrolment id; students left unmarked are left out. */
    public Map<Long, AttendanceMark> recordedMarks() {
        Map<Long, AttendanceMark> recorded = new HashMap<>();
        marks.forEach((enrolmentId, mark) -> {
            if (mark != null && !mark.isBlank()) {
                recorded.put(enrolmentId, AttendanceMark.valueOf(mark));
            }
        });
        return recorded;
    }

    /** The ids of the tutors ticked as present. */
    public Set<Long> presentTutors() {
        Set<Long> presentTutors = new HashSet<>();
        present.forEach((tutorId, wasPresent) -> {
            if (Boolean.TRUE.equals(wasPresent)) {
                presentTutors.add(tutorId);
            }
        });
        return presentTutors;
    }

    public Map<Long, String> getMarks() {
        return marks;
    }

    public Map<Long, Boolean> getPresent() {
        return present;
    }
}
