package org.recoverycollege.register.control;

import java.util.List;
import java.util.Optional;
import org.recoverycollege.register.entity.AttendanceMark;
import org.recoverycollege.register.entity.FollowUp;

/** When a person's marks call for a follow-up: absent (without apology) at the first session, or several in a row. */
public final class FollowUpRule {

    private FollowUpRule() {
    }

    /**
     * The reason to follow up, given the person's marks at the run's sessions held so far, in order (null for
     * a session not yet marked): absent at the first session, or absent at the last {@code inARow} sessions.
     * An apology is not an absence.
     */
    public static Optional<FollowUp.Reason> reason(List<AttendanceMark> marks, int inARow) {
        if (!marks.isEmpty() && marks.get(0) == AttendanceMark.ABSENT) {
            return Optional.of(FollowUp.Reason.FIRST_SESSION);
        }
        if (inARow > 0 && marks.size() >= inARow
                && marks.subList(marks.size() - inARow, marks.size()).stream().allMatch(m -> m == AttendanceMark.ABSENT)) {
            return Optional.of(FollowUp.Reason.IN_A_ROW);
        }
        return Optional.empty();
    }
}
