package org.recoverycollege.register.control;

import java.time.LocalDate;

/** When a register may be edited and when attendance completes a course. */
public final class RegisterRules {

    private RegisterRules() {
    }

    /**
     * A register opens on the session's day; its tutors may edit it until {@code editDays} days after,
     * administrators at any time after.
     */
    public static boolean isEditable(LocalDate sessionDate, LocalDate today, int editDays, boolean administrator) {
        if (sessionDate.isAfter(today)) {
            return false;
        }
        return administrator || !today.isAfter(sessionDate.plusDays(editDays));
    }

    /** True when the student was present at no less than the threshold share of the run's sessions. */
    public static boolean completes(long sessionsPresent, long sessionsHeld, int thresholdPercent) {
        return sessionsHeld > 0 && sessionsPresent * 100 >= (long) thresholdPercent * sessionsHeld;
    }
}
