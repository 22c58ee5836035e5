package org.recoverycollege.pairing.domain;

import static org.recoverycollege.pairing.domain.Fixtures.linked;
import static org.recoverycollege.pairing.domain.Fixtures.peer;
import static org.recoverycollege.pairing.domain.Fixtures.professional;
import static org.recoverycollege.pairing.domain.Fixtures.run;
import static org.recoverycollege.pairing.domain.Fixtures.slot;
import static org.recoverycollege.tutoring.entity.Expertise.LIVED_EXPERIENCE;
import static org.recoverycollege.tutoring.entity.Expertise.PROFESSIONAL;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverycollege.tutoring.entity.ReadinessItem;

class PairingConstraintsTest {

    private final ConstraintVerifier<PairingConstraints, PairingSolution> verifier =
            ConstraintVerifier.build(new PairingConstraints(), PairingSolution.class, PairingSlot.class);

    private final RunFact monday = run(1, 0, 10);

    // ------------------------------------------------------------------ hard

    @Test
    void aTutorMustBeTrainedForTheCourse() {
        TutorFact trained = peer("Ana").trainedFor(1).build();
        TutorFact untrained = peer("Ben").trainedFor(2).build();
        verifier.verifyThat(PairingConstraints::notTrained)
                .given(slot(monday, LIVED_EXPERIENCE, trained)).penalizesBy(0);
        verifier.verifyThat(PairingConstraints::notTrained)
                .given(slot(monday, LIVED_EXPERIENCE, untrained)).penalizesBy(1);
    }

    @Test
    void aReadinessItemLapsingBeforeTheRunsLastSessionBlocksTheTutorWithAPlainReason() {
        LocalDate last = monday.lastSessionDate().orElseThrow();
        TutorFact lapsesMidRun = peer("Ana").trainedFor(1).validUntil(ReadinessItem.INDUCTION, last.plusYears(1))
                .validUntil(ReadinessItem.DBS_CHECK, last.minusDays(1)).build();
        TutorFact validOnTheLastDay = peer("Ben").trainedFor(1).validUntil(ReadinessItem.DBS_CHECK, last).build();
        TutorFact nothingLapses = peer("Cy").trainedFor(1).build();
        verifier.verifyThat(PairingConstraints::notReady)
                .given(slot(monday, LIVED_EXPERIENCE, lapsesMidRun)).penalizesBy(1);
        verifier.verifyThat(PairingConstraints::notReady)
                .given(slot(monday, LIVED_EXPERIENCE, validOnTheLastDay), slot(monday, PROFESSIONAL, nothingLapses))
                .penalizesBy(0);
        assertThat(PairingConstraints.notReadyReason(lapsesMidRun, monday)).isEqualTo(Reason.of("notReady", "Ana",
                ReadinessItem.DBS_CHECK, last.minusDays(1).toString(), last.toString()));
    }

    @Test
    void aTutorWhoseReadinessLapsesBeforeTheRunEndsIsNoCandidateForIt() {
        LocalDate last = monday.lastSessionDate().orElseThrow();
        TutorFact lapsing = peer("Ana").trainedFor(1).validUntil(ReadinessItem.SAFEGUARDING, last.minusWeeks(1)).build();
        TutorFact ready = peer("Ben").trainedFor(1).validUntil(ReadinessItem.SAFEGUARDING, last.plusWeeks(1)).build();
        assertThat(PairingSlot.candidatesFor(monday, LIVED_EXPERIENCE, List.of(lapsing, ready), java.util.Set.of()))
                .containsExactly(ready);
    }

    @Test
    void aTutorMustBeFreeForEverySessionCountingEachMissedOne() {
        TutorFact away = peer("Ana").trainedFor(1).misses(monday.sessions().get(0)).misses(monday.sessions().get(2)).build();
        verifier.verifyThat(PairingConstraints::notFree)
                .given(slot(monday, LIVED_EXPERIENCE, away)).penalizesBy(2);
        verifier.verifyThat(PairingConstraints::notFree)
                .given(slot(monday, LIVED_EXPERIENCE, peer("Ben").trainedFor(1).build())).penalizesBy(0);
    }

    @Test
    void nobodyIsInTwoPlacesAtOnceIncludingTheTravelGapBetweenVenues() {
        RunFact first = run(1, 1, 0, LocalTime.of(10, 0), LocalTime.of(12, 0), 3);
        RunFact sameVenueAfter = run(2, 1, 0, LocalTime.of(12, 0), LocalTime.of(14, 0), 3);
        RunFact elsewhereTooSoon = run(3, 2, 0, LocalTime.of(12, 30), LocalTime.of(14, 0), 3);
        RunFact onlineSoonAfter = run(4, Fixtures.ONLINE, 0, LocalTime.of(12, 0), LocalTime.of(13, 0), 3);
        RunFact elsewhereLater = run(5, 2, 0, LocalTime.of(13, 0), LocalTime.of(15, 0), 3);
        linked(first, sameVenueAfter, elsewhereTooSoon, onlineSoonAfter, elsewhereLater);
        TutorFact ana = peer("Ana").build();
        verifier.verifyThat(PairingConstraints::twoPlacesAtOnce)
                .given(slot(first, LIVED_EXPERIENCE, ana), slot(elsewhereTooSoon, LIVED_EXPERIENCE, ana))
                .penalizesBy(1);
        verifier.verifyThat(PairingConstraints::twoPlacesAtOnce)
                .given(slot(first, LIVED_EXPERIENCE, ana), slot(sameVenueAfter, LIVED_EXPERIENCE, ana),
                        slot(onlineSoonAfter, LIVED_EXPERIENCE, peer("Ben").build()))
                .penalizesBy(0);
        verifier.verifyThat(PairingConstraints::twoPlacesAtOnce)
                .given(slot(first, LIVED_EXPERIENCE, ana), slot(onlineSoonAfter, LIVED_EXPERIENCE, ana),
                        slot(elsewhereLater, LIVED_EXPERIENCE, ana))
                .penalizesBy(0);
    }

    @Test
    void nobodyGoesOverTheirWeeklyMaximumCountedPerIsoWeek() {
        RunFact tuesday = run(2, 1, 10);
        RunFact wednesday = run(3, 2, 10);
        TutorFact twoAWeek = peer("Ana").max(2).build();
        List<Object> facts = new ArrayList<>(List.of(slot(monday, LIVED_EXPERIENCE, twoAWeek),
                slot(tuesday, LIVED_EXPERIENCE, twoAWeek)));
        List.of(monday, tuesday, wednesday).forEach(r -> facts.addAll(r.sessions()));
        verifier.verifyThat(PairingConstraints::overWeeklyMaximum).given(facts.toArray()).penalizesBy(0);
        facts.add(slot(wednesday, LIVED_EXPERIENCE, twoAWeek));
        verifier.verifyThat(PairingConstraints::overWeeklyMaximum).given(facts.toArray())
                .penalizesBy(3); // one session too many in each of three weeks
    }

    @Test
    void aTutorIsNeverPairedWithThemselves() {
        TutorFact ana = peer("Ana").build();
        verifier.verifyThat(PairingConstraints::selfPaired)
                .given(slot(monday, LIVED_EXPERIENCE, ana), slot(monday, PROFESSIONAL, ana)).penalizesBy(1);
        verifier.verifyThat(PairingConstraints::selfPaired)
                .given(slot(monday, LIVED_EXPERIENCE, ana), slot(monday, PROFESSIONAL, professional("Cy").build()))
                .penalizesBy(0);
    }

    // ------------------------------------------------------------------ medium

    @Test
    void everyEmptyPlaceCostsAMediumPoint() {
        verifier.verifyThat(PairingConstraints::unfilled)
                .given(slot(monday, LIVED_EXPERIENCE, null), slot(monday, PROFESSIONAL, null),
                        slot(run(2, 1, 10), LIVED_EXPERIENCE, peer("Ana").build()))
                .penalizesBy(2);
    }

    // ------------------------------------------------------------------ soft

    @Test
    void sessionsAreSpreadRelativeToTheWeeklyMaximum() {
        RunFact tuesday = run(2, 1, 10);
        TutorFact ana = peer("Ana").max(2).build();
        TutorFact ben = peer("Ben").max(4).build();
        // Ana with both runs: 6 sessions, 6*6*10/2 = 180
        verifier.verifyThat(PairingConstraints::fairShare)
                .given(slot(monday, LIVED_EXPERIENCE, ana), slot(tuesday, LIVED_EXPERIENCE, ana)).penalizesBy(180);
        // one each: 3*3*10/2 + 3*3*10/4 = 45 + 22
        verifier.verifyThat(PairingConstraints::fairShare)
                .given(slot(monday, LIVED_EXPERIENCE, ana), slot(tuesday, LIVED_EXPERIENCE, ben)).penalizesBy(67);
    }

    @Test
    void aCourseOutsideATutorsChosenPreferencesIsPenalised() {
        verifier.verifyThat(PairingConstraints::courseNotPreferred)
                .given(slot(monday, LIVED_EXPERIENCE, peer("Ana").prefers(2).build())).penalizesBy(1);
        verifier.verifyThat(PairingConstraints::courseNotPreferred)
                .given(slot(monday, LIVED_EXPERIENCE, peer("Ben").prefers(1).build()),
                        slot(monday, PROFESSIONAL, professional("Cy").build())) // no preferences at all
                .penalizesBy(0);
    }

    @Test
    void preferredPartnersAreRewardedInEitherDirection() {
        TutorFact cy = professional("Cy").build();
        TutorFact ana = peer("Ana").likes(cy).build();
        verifier.verifyThat(PairingConstraints::preferredPartners)
                .given(slot(monday, LIVED_EXPERIENCE, ana), slot(monday, PROFESSIONAL, cy)).rewardsWith(1);
        verifier.verifyThat(PairingConstraints::preferredPartners)
                .given(slot(monday, LIVED_EXPERIENCE, ana), slot(monday, PROFESSIONAL, professional("Di").build()))
                .rewardsWith(0);
    }

    @Test
    void avoidedPartnersArePenalised() {
        TutorFact ana = peer("Ana").build();
        TutorFact cy = professional("Cy").avoids(ana).build();
        verifier.verifyThat(PairingConstraints::avoidedPartners)
                .given(slot(monday, LIVED_EXPERIENCE, ana), slot(monday, PROFESSIONAL, cy)).penalizesBy(1);
        verifier.verifyThat(PairingConstraints::avoidedPartners)
                .given(slot(monday, LIVED_EXPERIENCE, ana), slot(run(2, 1, 10), PROFESSIONAL, cy)).penalizesBy(0);
    }

    @Test
    void aNewPeerTrainerNeedsAnExperiencedProfessional() {
        TutorFact newPeer = peer("Ana").delivered(1).build();
        verifier.verifyThat(PairingConstraints::newPeerUnsupported)
                .given(slot(monday, LIVED_EXPERIENCE, newPeer), slot(monday, PROFESSIONAL, professional("Cy").delivered(0).build()))
                .penalizesBy(1);
        verifier.verifyThat(PairingConstraints::newPeerUnsupported)
                .given(slot(monday, LIVED_EXPERIENCE, newPeer), slot(monday, PROFESSIONAL, professional("Di").delivered(2).build()))
                .penalizesBy(0);
    }

    @Test
    void tutorsWhoseSlotsNameTheVenueAreRewarded() {
        verifier.verifyThat(PairingConstraints::venueNamed)
                .given(slot(monday, LIVED_EXPERIENCE, peer("Ana").names(1).build()),
                        slot(monday, PROFESSIONAL, professional("Cy").names(2).build()))
                .rewardsWith(1);
    }

    @Test
    void movingAPlaceAwayFromThePreviousProposalIsPenalised() {
        TutorFact ana = peer("Ana").build();
        PairingSlot moved = slot(monday, LIVED_EXPERIENCE, ana);
        moved.setTutor(peer("Ben").build());
        PairingSlot emptied = slot(run(2, 1, 10), LIVED_EXPERIENCE, ana);
        emptied.setTutor(null);
        PairingSlot kept = slot(run(3, 2, 10), LIVED_EXPERIENCE, ana);
        PairingSlot newlyFilled = slot(run(4, 3, 10), LIVED_EXPERIENCE, null);
        newlyFilled.setTutor(ana);
        verifier.verifyThat(PairingConstraints::changed).given(moved, emptied, kept, newlyFilled).penalizesBy(2);
    }
}
