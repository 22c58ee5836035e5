package org.recoverycollege.tutoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoverCandidateTest {

    private static CoverCandidate eligible(long id, String name, int thatWeek, boolean prefers) {
        return new CoverCandidate(id, name, true, true, true, false, thatWeek, 4, prefers);
    }

    @Test
    void onlyTrainedReadyAvailableFreeTutorsUnderTheirWeeklyMaximumAreOffered() {
        List<CoverCandidate> ranked = CoverCandidate.rank(List.of(
                new CoverCandidate(1, "Untrained", false, true, true, false, 0, 4, false),
                new CoverCandidate(2, "Unavailable", true, true, false, false, 0, 4, false),
                new CoverCandidate(3, "Double-booked", true, true, true, true, 0, 4, false),
                new CoverCandidate(4, "At maximum", true, true, true, false, 4, 4, false),
                new CoverCandidate(6, "DBS check expired", true, false, true, false, 0, 4, false),
                eligible(5, "Free", 3, false)));

        assertThat(ranked).extracting(CoverCandidate::name).containsExactly("Free");
    }

    @Test
    void preferenceComesFirstThenTheLightestWeekThenTheName() {
        List<CoverCandidate> ranked = CoverCandidate.rank(List.of(
                eligible(1, "Busy", 3, false),
                eligible(2, "Quiet B", 0, false),
                eligible(3, "Quiet A", 0, false),
                eligible(4, "Keen but busy", 3, true)));

        assertThat(ranked).extracting(CoverCandidate::name)
                .containsExactly("Keen but busy", "Quiet A", "Quiet B", "Busy");
    }

    @Test
    void aTutorWithAWeeklyMaximumOfZeroNeverCovers() {
        assertThat(new CoverCandidate(1, "Resting", true, true, true, false, 0, 0, true).isEligible()).isFalse();
    }
}
