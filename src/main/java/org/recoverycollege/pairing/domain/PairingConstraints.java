package org.recoverycollege.pairing.domain;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toSet;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import java.io.Serializable;
import java.util.List;
import org.recoverycollege.tutoring.entity.Expertise;

/**
 * The pairing rules. Hard: trained, ready (no recorded readiness item lapsing before the run's last
 * session), free for every session, one place at a time (travel gap included),
 * within the weekly maximum, never paired with oneself. Medium: every place filled. Soft (weights are
 * college settings): a fair share of sessions, preferred courses and partners, a new peer trainer with an
 * experienced professional, venues named in slots, and few changes to the previous proposal.
 */
public class PairingConstraints implements ConstraintProvider {

    public static final String NOT_TRAINED = "Tutor not trained for the course";
    public static final String NOT_READY = "Tutor's readiness lapses before the run ends";
    public static final String NOT_FREE = "Tutor not free for every session";
    public static final String TWO_PLACES = "Tutor in two places at once";
    public static final String OVER_WEEKLY_MAX = "Tutor over their weekly maximum";
    public static final String SELF_PAIRED = "Tutor paired with themselves";
    public static final String UNFILLED = "Place without a tutor";
    public static final String FAIR_SHARE = "Fair share of sessions";
    public static final String COURSE_NOT_PREFERRED = "Course not among the tutor's preferences";
    public static final String PREFERRED_PARTNERS = "Preferred partners together";
    public static final String AVOIDED_PARTNERS = "Avoided partners together";
    public static final String NEW_PEER_UNSUPPORTED = "New peer trainer without an experienced professional";
    public static final String VENUE_NAMED = "Tutor's slots name the venue";
    public static final String CHANGED = "Changed from the previous proposal";

    /** Fairness is the sum over tutors of sessions squared over their weekly maximum, in tenths. */
    static final int FAIRNESS_SCALE = 10;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            notTrained(factory), notReady(factory), notFree(factory), twoPlacesAtOnce(factory), overWeeklyMaximum(factory),
            selfPaired(factory), unfilled(factory), fairShare(factory), courseNotPreferred(factory),
            preferredPartners(factory), avoidedPartners(factory), newPeerUnsupported(factory),
            venueNamed(factory), changed(factory)
        };
    }

    private static UniConstraintStream<PairingSlot> assigned(ConstraintFactory factory) {
        return factory.forEach(PairingSlot.class); // forEach skips places without a tutor
    }

    Constraint notTrained(ConstraintFactory factory) {
        return assigned(factory)
                .filter(slot -> !slot.getTutor().isTrainedFor(slot.getRun()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((slot, score) -> PairingJustification.of(slot.getRun(),
                        Reason.of("notTrained", slot.getTutor().name(), slot.getRun().courseTitle())))
                .asConstraint(NOT_TRAINED);
    }

    Constraint notReady(ConstraintFactory factory) {
        return assigned(factory)
                .filter(slot -> !slot.getTutor().isReadyFor(slot.getRun()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((slot, score) -> PairingJustification.of(slot.getRun(), notReadyReason(slot.getTutor(),
                        slot.getRun())))
                .asConstraint(NOT_READY);
    }

    /** "Anna's DBS check is valid only until 2027-03-01, before the run's last session on 2027-03-08." */
    static Reason notReadyReason(TutorFact tutor, RunFact run) {
        TutorFact.Lapse lapse = tutor.lapseFor(run).orElseThrow();
        return Reason.of("notReady", tutor.name(), lapse.item(), lapse.validUntil().toString(),
                run.lastSessionDate().orElseThrow().toString());
    }

    Constraint notFree(ConstraintFactory factory) {
        return assigned(factory)
                .filter(slot -> !slot.getTutor().isFreeFor(slot.getRun()))
                .penalize(HardMediumSoftScore.ONE_HARD, slot -> slot.getTutor().missedSessions(slot.getRun()).size())
                .justifyWith((slot, score) -> PairingJustification.of(slot.getRun(), Reason.of("notFree",
                        slot.getTutor().name(), weeks(slot.getTutor().missedSessions(slot.getRun())))))
                .asConstraint(NOT_FREE);
    }

    Constraint twoPlacesAtOnce(ConstraintFactory factory) {
        return factory.forEachUniquePair(PairingSlot.class, Joiners.equal(PairingSlot::getTutor))
                .filter((a, b) -> a.getRun().clashesWith(b.getRun()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> new PairingJustification(List.of(a.getRun().id(), b.getRun().id()),
                        Reason.of("twoPlaces", a.getTutor().name(), a.getRun().courseTitle(), b.getRun().courseTitle())))
                .asConstraint(TWO_PLACES);
    }

    Constraint overWeeklyMaximum(ConstraintFactory factory) {
        return assigned(factory)
                .join(SessionFact.class, Joiners.equal(slot -> slot.getRun().id(), SessionFact::runId))
                .groupBy((slot, session) -> slot.getTutor(), (slot, session) -> session.isoWeek(), countBi(),
                        toSet((slot, session) -> slot.getRun().id()))
                .filter((tutor, week, count, runIds) -> count > tutor.maxSessionsPerWeek())
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (tutor, week, count, runIds) -> count - tutor.maxSessionsPerWeek())
                .justifyWith((tutor, week, count, runIds, score) -> new PairingJustification(List.copyOf(runIds),
                        Reason.of("overWeeklyMax", tutor.name(), count, tutor.maxSessionsPerWeek(),
                                isoWeekLabel(week))))
                .asConstraint(OVER_WEEKLY_MAX);
    }

    Constraint selfPaired(ConstraintFactory factory) {
        return factory.forEachUniquePair(PairingSlot.class,
                        Joiners.equal(PairingSlot::getRun), Joiners.equal(PairingSlot::getTutor))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> PairingJustification.of(a.getRun(),
                        Reason.of("selfPaired", a.getTutor().name())))
                .asConstraint(SELF_PAIRED);
    }

    Constraint unfilled(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PairingSlot.class)
                .filter(slot -> !slot.isAssigned())
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .justifyWith((slot, score) -> new UnfilledPlace(slot.getRun().id(), slot.getRole()))
                .asConstraint(UNFILLED);
    }

    Constraint fairShare(ConstraintFactory factory) {
        return assigned(factory)
                .groupBy(PairingSlot::getTutor, sum(slot -> slot.getRun().sessionCount()))
                .penalize(HardMediumSoftScore.ONE_SOFT, (tutor, sessions) ->
                        sessions * sessions * FAIRNESS_SCALE / Math.max(1, tutor.maxSessionsPerWeek()))
                .justifyWith((tutor, sessions, score) -> new PairingJustification(List.of(),
                        Reason.of("fairShare", tutor.name(), sessions, tutor.maxSessionsPerWeek())))
                .asConstraint(FAIR_SHARE);
    }

    Constraint courseNotPreferred(ConstraintFactory factory) {
        return assigned(factory)
                .filter(slot -> slot.getTutor().dislikesCourseOf(slot.getRun()))
                .penalize(HardMediumSoftScore.ONE_SOFT)
                .justifyWith((slot, score) -> PairingJustification.of(slot.getRun(),
                        Reason.of("courseNotPreferred", slot.getTutor().name(), slot.getRun().courseTitle())))
                .asConstraint(COURSE_NOT_PREFERRED);
    }

    private static ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream<PairingSlot, PairingSlot> pairs(
            ConstraintFactory factory) {
        return assigned(factory).filter(slot -> slot.getRole() == Expertise.LIVED_EXPERIENCE)
                .join(assigned(factory).filter(slot -> slot.getRole() == Expertise.PROFESSIONAL),
                        Joiners.equal(PairingSlot::getRun));
    }

    Constraint preferredPartners(ConstraintFactory factory) {
        return pairs(factory)
                .filter((peer, professional) -> peer.getTutor().prefers(professional.getTutor()))
                .reward(HardMediumSoftScore.ONE_SOFT)
                .justifyWith((peer, professional, score) -> PairingJustification.of(peer.getRun(),
                        Reason.of("preferredPartners", peer.getTutor().name(), professional.getTutor().name())))
                .asConstraint(PREFERRED_PARTNERS);
    }

    Constraint avoidedPartners(ConstraintFactory factory) {
        return pairs(factory)
                .filter((peer, professional) -> peer.getTutor().avoids(professional.getTutor()))
                .penalize(HardMediumSoftScore.ONE_SOFT)
                .justifyWith((peer, professional, score) -> PairingJustification.of(peer.getRun(),
                        Reason.of("avoidedPartners", peer.getTutor().name(), professional.getTutor().name())))
                .asConstraint(AVOIDED_PARTNERS);
    }

    Constraint newPeerUnsupported(ConstraintFactory factory) {
        return pairs(factory)
                .filter((peer, professional) -> !peer.getTutor().isExperienced()
                        && !professional.getTutor().isExperienced())
                .penalize(HardMediumSoftScore.ONE_SOFT)
                .justifyWith((peer, professional, score) -> PairingJustification.of(peer.getRun(),
                        Reason.of("newPeerUnsupported", peer.getTutor().name(), professional.getTutor().name(),
                                TutorFact.EXPERIENCED_RUNS)))
                .asConstraint(NEW_PEER_UNSUPPORTED);
    }

    Constraint venueNamed(ConstraintFactory factory) {
        return assigned(factory)
                .filter(slot -> slot.getTutor().namesVenueOf(slot.getRun()))
                .reward(HardMediumSoftScore.ONE_SOFT)
                .justifyWith((slot, score) -> PairingJustification.of(slot.getRun(),
                        Reason.of("venueNamed", slot.getTutor().name(), slot.getRun().venueName())))
                .asConstraint(VENUE_NAMED);
    }

    Constraint changed(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PairingSlot.class)
                .filter(PairingSlot::isChanged)
                .penalize(HardMediumSoftScore.ONE_SOFT)
                .justifyWith((slot, score) -> PairingJustification.of(slot.getRun(),
                        Reason.of("changed", slot.getPreviousTutor().name())))
                .asConstraint(CHANGED);
    }

    /** "3, 5" for the sessions' weeks of the term. */
    static String weeks(List<SessionFact> sessions) {
        return String.join(", ", sessions.stream().map(s -> String.valueOf(s.termWeek())).distinct().toList());
    }

    private static Serializable isoWeekLabel(int isoWeek) {
        return (isoWeek / 100) + "-W" + String.format("%02d", isoWeek % 100);
    }
}
