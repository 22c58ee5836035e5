package org.recoverycollege.tutoring.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoverycollege.platform.entity.EntityFixtures.NOW;
import static org.recoverycollege.platform.entity.EntityFixtures.run;
import static org.recoverycollege.platform.entity.EntityFixtures.withId;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.recoverycollege.planning.entity.CourseSession;

class CoverRequestTest {

    private final CourseSession session = run(12).addSession(LocalDate.of(2026, 9, 14), LocalTime.of(10, 0),
            LocalTime.of(12, 0));
    private final Tutor absentPeer = withId(new Tutor("Alex Peer", "alex@example.org", Expertise.LIVED_EXPERIENCE,
            Arrangement.PAID_CO_PRODUCER, 4), 7L);
    private final Tutor otherPeer = withId(new Tutor("Sam Peer", "sam@example.org", Expertise.LIVED_EXPERIENCE,
            Arrangement.VOLUNTEER, 2), 8L);
    private final Tutor professional = withId(new Tutor("Jo Nurse", "jo@example.org", Expertise.PROFESSIONAL,
            Arrangement.EMPLOYED, 6), 9L);

    private CoverRequest request() {
        return new CoverRequest(session, absentPeer, "admin@example.org", NOW);
    }

    @Test
    void anOpenRequestCarriesTheAbsentTutorsExpertiseAndLiveKey() {
        CoverRequest request = request();

        assertThat(request.getStatus()).isEqualTo(CoverStatus.OPEN);
        assertThat(request.getExpertise()).isEqualTo(Expertise.LIVED_EXPERIENCE);
        assertThat(request.getLiveAbsentTutorId()).isEqualTo(7L);
    }

    @Test
    void aPeerTrainerIsCoveredByAnotherPeerTrainer() {
        CoverRequest request = request();

        request.ask(otherPeer);
        assertThat(request.getStatus()).isEqualTo(CoverStatus.ASKED);
        assertThat(request.getCoverTutor()).isSameAs(otherPeer);
        request.accept();

        assertThat(request.getStatus()).isEqualTo(CoverStatus.ACCEPTED);
        assertThat(request.getLiveAbsentTutorId()).isEqualTo(7L);
    }

    @Test
    void refusesCoverOfAnotherExpertise() {
        CoverRequest request = request();

        assertThatThrownBy(() -> request.ask(professional))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LIVED_EXPERIENCE");
        assertThat(request.getStatus()).isEqualTo(CoverStatus.OPEN);
        assertThat(request.getCoverTutor()).isNull();
    }

    @Test
    void refusesTheAbsentTutorAsTheirOwnCover() {
        CoverRequest request = request();

        assertThatThrownBy(() -> request.ask(absentPeer)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void declinedAndCancelledRequestsAreNoLongerLive() {
        CoverRequest declined = request();
        declined.ask(otherPeer);
        declined.decline();
        CoverRequest cancelled = request();
        cancelled.cancel();

        assertThat(declined.getStatus()).isEqualTo(CoverStatus.DECLINED);
        assertThat(declined.getLiveAbsentTutorId()).isNull();
        assertThat(cancelled.getStatus()).isEqualTo(CoverStatus.CANCELLED);
        assertThat(cancelled.getLiveAbsentTutorId()).isNull();
        assertThatThrownBy(cancelled::cancel).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> declined.ask(otherPeer)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAnAskedRequestIsAcceptedOrDeclined() {
        CoverRequest request = request();

        assertThatThrownBy(request::accept).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(request::decline).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theAbsentTutorMustBeSavedFirst() {
        Tutor unsaved = new Tutor("New", "new@example.org", Expertise.PROFESSIONAL, Arrangement.EMPLOYED, 1);

        assertThatThrownBy(() -> new CoverRequest(session, unsaved, "admin@example.org", NOW))
                .isInstanceOf(IllegalStateException.class);
    }
}
