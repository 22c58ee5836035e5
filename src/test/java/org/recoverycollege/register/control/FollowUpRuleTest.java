package org.recoverycollege.register.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverycollege.register.entity.AttendanceMark.ABSENT;
import static org.recoverycollege.register.entity.AttendanceMark.APOLOGIES;
import static org.recoverycollege.register.entity.AttendanceMark.PRESENT;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverycollege.register.entity.FollowUp;

class FollowUpRuleTest {

    @Test
    void anAbsenceAtTheFirstSessionCallsForAFollowUpButAnApologyDoesNot() {
        assertThat(FollowUpRule.reason(List.of(ABSENT), 2)).contains(FollowUp.Reason.FIRST_SESSION);
        assertThat(FollowUpRule.reason(List.of(APOLOGIES), 2)).isEmpty();
        assertThat(FollowUpRule.reason(List.of(PRESENT), 2)).isEmpty();
        assertThat(FollowUpRule.reason(List.of(), 2)).isEmpty();
    }

    @Test
    void absencesInARowAsSetCallForAFollowUp() {
        assertThat(FollowUpRule.reason(List.of(PRESENT, ABSENT), 2)).isEmpty();
        assertThat(FollowUpRule.reason(List.of(PRESENT, ABSENT, ABSENT), 2)).contains(FollowUp.Reason.IN_A_ROW);
        assertThat(FollowUpRule.reason(List.of(PRESENT, ABSENT, APOLOGIES, ABSENT), 2)).isEmpty();
        assertThat(FollowUpRule.reason(List.of(PRESENT, ABSENT, ABSENT), 3)).isEmpty();
        // a session not yet marked breaks the row
        assertThat(FollowUpRule.reason(Arrays.asList(PRESENT, null, ABSENT), 2)).isEmpty();
    }
}
