package org.recoverycollege.pairing.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The simple baseline the solver is measured against: places with the fewest candidates first, each
 * given the least-loaded candidate (relative to their weekly maximum) who breaks no hard rule so far.
 */
public final class GreedyPairing {

    private GreedyPairing() {
    }

    public static void pair(PairingSolution solution) {
        Map<TutorFact, List<PairingSlot>> held = new HashMap<>();
        Map<TutorFact, Integer> sessions = new HashMap<>();
        for (PairingSlot slot : solution.getSlots()) {
            if (slot.isPinned()) {
                held.computeIfAbsent(slot.getTutor(), t -> new java.util.ArrayList<>()).add(slot);
                sessions.merge(slot.getTutor(), slot.getRun().sessionCount(), Integer::sum);
            } else {
                slot.setTutor(null);
            }
        }
        List<PairingSlot> open = solution.getSlots().stream().filter(s -> !s.isPinned())
                .sorted(Comparator.comparingInt((PairingSlot s) -> s.getCandidates().size())).toList();
        for (PairingSlot slot : open) {
            slot.getCandidates().stream()
                    .filter(t -> fits(t, slot, held.getOrDefault(t, List.of())))
                    .min(Comparator.comparingDouble(t -> sessions.getOrDefault(t, 0) / (double) Math.max(1, t.maxSessionsPerWeek())))
                    .ifPresent(t -> {
                        slot.setTutor(t);
                        held.computeIfAbsent(t, x -> new java.util.ArrayList<>()).add(slot);
                        sessions.merge(t, slot.getRun().sessionCount(), Integer::sum);
                    });
        }
    }

    private static boolean fits(TutorFact tutor, PairingSlot slot, List<PairingSlot> theirs) {
        Map<Integer, Integer> perWeek = new HashMap<>();
        for (PairingSlot other : theirs) {
            if (other.getRun().equals(slot.getRun()) || other.getRun().clashesWith(slot.getRun())) {
                return false;
            }
            other.getRun().sessions().forEach(s -> perWeek.merge(s.isoWeek(), 1, Integer::sum));
        }
        return slot.getRun().sessions().stream()
                .allMatch(s -> perWeek.merge(s.isoWeek(), 1, Integer::sum) <= tutor.maxSessionsPerWeek());
    }
}
