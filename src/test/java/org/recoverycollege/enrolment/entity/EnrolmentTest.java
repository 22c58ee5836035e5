package org.recoverycollege.enrolment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoverycollege.platform.entity.EntityFixtures.NOW;
import static org.recoverycollege.platform.entity.EntityFixtures.account;
import static org.recoverycollege.platform.entity.EntityFixtures.run;
import static org.recoverycollege.platform.entity.EntityFixtures.withId;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.recoverycollege.planning.entity.CourseRun;

class EnrolmentTest {

    private final Student student = withId(new Student(account("sam@example.org"), Relation.USES_SERVICES), 42L);
    private final CourseRun run = run(12);
    private final OffsetDateTime later = NOW.plusDays(3);

    @Test
    void aConfirmedEnrolmentIsLiveAndCarriesTheStudentsIdAsLiveKey() {
        Enrolment enrolment = Enrolment.confirmed(student, run, NOW);

        assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(enrolment.isLive()).isTrue();
        assertThat(enrolment.getLiveStudentId()).isEqualTo(42L);
        assertThat(enrolment.getRequestedAt()).isEqualTo(NOW);
        assertThat(enrolment.getStatusChangedAt()).isEqualTo(NOW);
    }

    @Test
    void aWaitlistedEnrolmentIsLiveAndIsConfirmedFromTheWaitingList() {
        Enrolment enrolment = Enrolment.waitlisted(student, run, NOW);
        assertThat(enrolment.getLiveStudentId()).isEqualTo(42L);

        enrolment.confirmFromWaitingList(later);

        assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(enrolment.getLiveStudentId()).isEqualTo(42L);
        assertThat(enrolment.getRequestedAt()).isEqualTo(NOW);
        assertThat(enrolment.getStatusChangedAt()).isEqualTo(later);
    }

    @Test
    void anOfferedPlaceIsHeldUntilItsDeadlineAndClosesWhenTheEntryLeavesTheWaitingList() {
        Enrolment enrolment = Enrolment.waitlisted(student, run, NOW);
        OffsetDateTime deadline = NOW.plusHours(48);

        enrolment.offerPlace(NOW, deadline);

        assertThat(enrolment.hasOpenOffer()).isTrue();
        assertThat(enrolment.holdsPlace()).isTrue();
        assertThat(enrolment.isOfferExpiredAt(deadline.minusSeconds(1))).isFalse();
        assertThat(enrolment.isOfferExpiredAt(deadline)).isTrue();
        assertThatThrownBy(() -> enrolment.offerPlace(NOW, deadline)).as("one offer at a time")
                .isInstanceOf(IllegalStateException.class);

        enrolment.confirmFromWaitingList(later);

        assertThat(enrolment.hasOpenOffer()).isFalse();
        assertThat(enrolment.getOfferExpiresAt()).isNull();
        assertThat(enrolment.getOfferedAt()).as("kept, so the mail's link can say what became of it").isEqualTo(NOW);
        assertThat(enrolment.holdsPlace()).isTrue();
    }

    @Test
    void onlyAWaitingListEntryIsOfferedAPlaceAndOnlyUntilALaterTime() {
        assertThatThrownBy(() -> Enrolment.confirmed(student, run, NOW).offerPlace(NOW, later))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Enrolment.waitlisted(student, run, NOW).offerPlace(NOW, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        Enrolment declined = Enrolment.waitlisted(student, run, NOW);
        declined.offerPlace(NOW, later);
        declined.cancelByStudent(NOW.plusHours(1));
        assertThat(declined.holdsPlace()).isFalse();
        assertThat(declined.hasOpenOffer()).isFalse();
    }

    @Test
    void cancellingClearsTheLiveKey() {
        Enrolment enrolment = Enrolment.confirmed(student, run, NOW);

        enrolment.cancelByStudent(later);

        assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.CANCELLED);
        assertThat(enrolment.isLive()).isFalse();
        assertThat(enrolment.getLiveStudentId()).isNull();
        assertThat(enrolment.getStatusChangedAt()).isEqualTo(later);
    }

    @Test
    void leavingTheWaitingListClearsTheLiveKey() {
        Enrolment enrolment = Enrolment.waitlisted(student, run, NOW);

        enrolment.cancelByStudent(later);

        assertThat(enrolment.getLiveStudentId()).isNull();
    }

    @Test
    void withdrawingAndCompletingClearTheLiveKey() {
        Enrolment withdrawn = Enrolment.waitlisted(student, run, NOW);
        withdrawn.withdrawByCollege(later);
        Enrolment completed = Enrolment.confirmed(student, run, NOW);
        completed.complete(later);

        assertThat(withdrawn.getStatus()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(withdrawn.getLiveStudentId()).isNull();
        assertThat(completed.getStatus()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(completed.getLiveStudentId()).isNull();
    }

    @Test
    void aCancelledEnrolmentCannotBeCancelledWithdrawnConfirmedOrCompleted() {
        Enrolment enrolment = Enrolment.confirmed(student, run, NOW);
        enrolment.cancelByStudent(later);

        assertThatThrownBy(() -> enrolment.cancelByStudent(later))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CANCELLED");
        assertThatThrownBy(() -> enrolment.withdrawByCollege(later)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> enrolment.confirmFromWaitingList(later)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> enrolment.complete(later)).isInstanceOf(IllegalStateException.class);
        assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.CANCELLED);
        assertThat(enrolment.getLiveStudentId()).isNull();
    }

    @Test
    void onlyAWaitlistedEnrolmentIsConfirmedFromTheWaitingList() {
        Enrolment enrolment = Enrolment.confirmed(student, run, NOW);

        assertThatThrownBy(() -> enrolment.confirmFromWaitingList(later)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAConfirmedEnrolmentCompletes() {
        Enrolment enrolment = Enrolment.waitlisted(student, run, NOW);

        assertThatThrownBy(() -> enrolment.complete(later)).isInstanceOf(IllegalStateException.class);
        assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(enrolment.getLiveStudentId()).isEqualTo(42L);
    }

    @Test
    void aStudentMustBeSavedBeforeEnrolling() {
        Student unsaved = new Student(account("new@example.org"), Relation.OTHER);

        assertThatThrownBy(() -> Enrolment.confirmed(unsaved, run, NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("id");
    }

    @Test
    void anErasedStudentCannotEnrol() {
        student.erase();

        assertThatThrownBy(() -> Enrolment.waitlisted(student, run, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMoveToAFullRunKeepsTheConfirmedPlaceOnlyWhileWaitingAndOnlyWhileItIsHeld() {
        Enrolment kept = Enrolment.confirmed(student, run, NOW);
        CourseRun other = run(12);
        Enrolment waiting = Enrolment.waitlistedKeeping(kept, other, later);

        assertThat(waiting.isWaitlisted()).isTrue();
        assertThat(waiting.getStudent()).isEqualTo(student);
        assertThat(waiting.keptPlace()).contains(kept);

        waiting.confirmFromWaitingList(later);
        assertThat(waiting.keptPlace()).as("confirmed: nothing is kept any more").isEmpty();

        Enrolment again = Enrolment.waitlistedKeeping(Enrolment.confirmed(student, run, NOW), other, later);
        again.keptPlace().orElseThrow().cancelByStudent(later);
        assertThat(again.keptPlace()).as("the student gave the kept place up").isEmpty();
    }

    @Test
    void onlyAConfirmedPlaceOnAnotherRunCanBeKeptDuringAMove() {
        Enrolment waiting = Enrolment.waitlisted(student, run, NOW);
        assertThatThrownBy(() -> Enrolment.waitlistedKeeping(waiting, run(12), later))
                .isInstanceOf(IllegalArgumentException.class);
        Enrolment confirmed = Enrolment.confirmed(student, run, NOW);
        assertThatThrownBy(() -> Enrolment.waitlistedKeeping(confirmed, run, later))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
