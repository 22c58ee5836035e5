package org.recoverycollege.tutoring.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoverycollege.platform.entity.EntityFixtures.NOW;
import static org.recoverycollege.platform.entity.EntityFixtures.run;

import org.junit.jupiter.api.Test;
import org.recoverycollege.planning.entity.CourseRun;

class AssignmentTest {

    private final CourseRun run = run(12);
    private final Tutor peer = new Tutor("Alex Peer", "alex@example.org", Expertise.LIVED_EXPERIENCE,
            Arrangement.PAID_CO_PRODUCER, 4);
    private final Tutor professional = new Tutor("Jo Nurse", "jo@example.org", Expertise.PROFESSIONAL,
            Arrangement.EMPLOYED, 6);

    @Test
    void aProposalCopiesTheTutorsExpertiseAndIsLive() {
        Assignment assignment = Assignment.propose(run, professional, NOW);

        assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.PROPOSED);
        assertThat(assignment.getExpertise()).isEqualTo(Expertise.PROFESSIONAL);
        assertThat(assignment.getLiveExpertise()).isEqualTo(Expertise.PROFESSIONAL);
        assertThat(assignment.isLive()).isTrue();
        assertThat(assignment.getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void staysLiveWhenOfferedAndAccepted() {
        Assignment assignment = Assignment.propose(run, peer, NOW);

        assignment.offer("admin@example.org", NOW.plusHours(1));
        assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.OFFERED);
        assertThat(assignment.getPublishedBy()).isEqualTo("admin@example.org");
        assertThat(assignment.getPublishedAt()).isEqualTo(NOW.plusHours(1));
        assertThat(assignment.getLiveExpertise()).isEqualTo(Expertise.LIVED_EXPERIENCE);

        assignment.accept(NOW.plusDays(1));
        assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.ACCEPTED);
        assertThat(assignment.getLiveExpertise()).isEqualTo(Expertise.LIVED_EXPERIENCE);
        assertThat(assignment.getUpdatedAt()).isEqualTo(NOW.plusDays(1));
    }

    @Test
    void decliningClearsTheLiveKeyAndKeepsTheReason() {
        Assignment assignment = Assignment.propose(run, peer, NOW);
        assignment.offer("admin@example.org", NOW);

        assignment.decline("On leave that week", NOW.plusDays(1));

        assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.DECLINED);
        assertThat(assignment.getLiveExpertise()).isNull();
        assertThat(assignment.isLive()).isFalse();
        assertThat(assignment.getExpertise()).isEqualTo(Expertise.LIVED_EXPERIENCE);
        assertThat(assignment.getDeclineReason()).isEqualTo("On leave that week");
    }

    @Test
    void withdrawingClearsTheLiveKey() {
        Assignment assignment = Assignment.propose(run, peer, NOW);
        assignment.offer("admin@example.org", NOW);
        assignment.accept(NOW);

        assignment.withdraw(NOW.plusDays(2));

        assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.WITHDRAWN);
        assertThat(assignment.getLiveExpertise()).isNull();
    }

    @Test
    void refusesIllegalTransitions() {
        Assignment proposed = Assignment.propose(run, peer, NOW);
        assertThatThrownBy(() -> proposed.accept(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> proposed.decline(null, NOW)).isInstanceOf(IllegalStateException.class);

        proposed.withdraw(NOW);

        assertThatThrownBy(() -> proposed.withdraw(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> proposed.offer("admin@example.org", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(proposed.getLiveExpertise()).isNull();
    }

    @Test
    void refusesToAssignToACancelledRun() {
        run.cancel();

        assertThatThrownBy(() -> Assignment.propose(run, peer, NOW)).isInstanceOf(IllegalStateException.class);
    }
}
