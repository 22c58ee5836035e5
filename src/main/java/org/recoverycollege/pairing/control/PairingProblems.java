package org.recoverycollege.pairing.control;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.recoverycollege.pairing.domain.PairingConstraints;
import org.recoverycollege.pairing.domain.PairingSlot;
import org.recoverycollege.pairing.domain.PairingSolution;
import org.recoverycollege.pairing.domain.RunFact;
import org.recoverycollege.pairing.domain.SessionFact;
import org.recoverycollege.pairing.domain.TutorFact;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.RunStatus;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Setting;
import org.recoverycollege.tutoring.entity.Assignment;
import org.recoverycollege.tutoring.entity.AssignmentStatus;
import org.recoverycollege.tutoring.entity.AvailabilitySlot;
import org.recoverycollege.tutoring.entity.Expertise;
import org.recoverycollege.tutoring.entity.Tutor;
import org.recoverycollege.tutoring.entity.TutorReadiness;

/**
 * Builds a term's pairing problem from the database: its open runs and their sessions, the tutors (with
 * the sessions each cannot make, from their weekly slots and exceptions, and the expiry days of their
 * readiness items), the live assignments as the
 * starting point (offered and accepted ones pinned), and the weights from the college's settings.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PairingProblems {

    private static final String TERM_ASSIGNMENTS =
            "SELECT a FROM Assignment a WHERE a.run.term = :term AND a.status IN :statuses";
    private static final String RUNS_DELIVERED = "SELECT a.tutor.id, COUNT(a) FROM Assignment a"
            + " WHERE a.status = :accepted AND a.run.status IN :delivered GROUP BY a.tutor.id";
    private static final String PARTNER_PREFERENCES =
            "SELECT tutor_id, partner_id, preference FROM tutor_partner_preference";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CollegeSettings settings;

    /** The problem and, per place, the live assignment it started from. */
    public record Loaded(PairingSolution solution, Map<String, Assignment> liveBySlot) {
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Loaded load(Term term) {
        List<CourseRun> runs = em.createNamedQuery(CourseRun.FIND_BY_TERM, CourseRun.class)
                .setParameter("term", term).getResultList().stream()
                .filter(r -> !r.getStatus().isClosed()).toList();
        List<Assignment> assignments = em.createQuery(TERM_ASSIGNMENTS, Assignment.class)
                .setParameter("term", term)
                .setParameter("statuses", List.of(AssignmentStatus.PROPOSED, AssignmentStatus.OFFERED,
                        AssignmentStatus.ACCEPTED, AssignmentStatus.DECLINED))
                .getResultList();
        Map<Long, Tutor> tutors = new LinkedHashMap<>();
        em.createNamedQuery(Tutor.FIND_ACTIVE, Tutor.class).getResultList().forEach(t -> tutors.put(t.getId(), t));
        assignments.stream().filter(Assignment::isLive).forEach(a -> tutors.putIfAbsent(a.getTutor().getId(), a.getTutor()));

        LocalDate firstMonday = term.getStartsOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<CourseRun, RunFact> runFacts = new LinkedHashMap<>();
        for (CourseRun run : runs) {
            List<SessionFact> sessions = run.getSessions().stream().filter(s -> !s.isCancelled())
                    .map(s -> new SessionFact(s.getId(), run.getId(), s.getSessionDate(), s.getStartsAt(),
                            s.getEndsAt(), run.getVenue().getId(), run.getVenue().isOnline(),
                            (int) ChronoUnit.WEEKS.between(firstMonday, s.getSessionDate()) + 1))
                    .toList();
            runFacts.put(run, new RunFact(run.getId(), run.getCourse().getId(), run.getCourse().getTitle(),
                    run.getVenue().getId(), run.getVenue().getName(), sessions));
        }
        RunFact.linkClashes(runFacts.values(), Duration.ofMinutes(settings.intValue(Setting.TRAVEL_GAP_MINUTES)));

        List<TutorFact> tutorFacts = tutorFacts(tutors.values(), runs);
        Map<Long, TutorFact> factById = tutorFacts.stream().collect(Collectors.toMap(TutorFact::id, t -> t));
        Map<String, Assignment> liveBySlot = new HashMap<>();
        Map<Long, Set<Long>> declinedByRun = new HashMap<>();
        for (Assignment a : assignments) {
            if (a.isLive()) {
                liveBySlot.put(a.getRun().getId() + "-" + a.getExpertise(), a);
            } else {
                declinedByRun.computeIfAbsent(a.getRun().getId(), id -> new HashSet<>()).add(a.getTutor().getId());
            }
        }
        List<PairingSlot> slots = new ArrayList<>();
        for (RunFact run : runFacts.values()) {
            for (Expertise role : Expertise.values()) {
                Assignment live = liveBySlot.get(run.id() + "-" + role);
                TutorFact holder = live == null ? null : factById.get(live.getTutor().getId());
                slots.add(new PairingSlot(run, role, holder, live != null && live.isPublished(),
                        PairingSlot.candidatesFor(run, role, tutorFacts,
                                declinedByRun.getOrDefault(run.id(), Set.of()))));
            }
        }
        return new Loaded(new PairingSolution(new ArrayList<>(runFacts.values()), tutorFacts, slots, weights()),
                liveBySlot);
    }

    private List<TutorFact> tutorFacts(java.util.Collection<Tutor> tutors, List<CourseRun> runs) {
        Map<Long, Long> delivered = new HashMap<>();
        em.createQuery(RUNS_DELIVERED, Object[].class)
                .setParameter("accepted", AssignmentStatus.ACCEPTED)
                .setParameter("delivered", List.of(RunStatus.RUNNING, RunStatus.COMPLETED))
                .getResultList().forEach(row -> delivered.put((Long) row[0], ((Number) row[1]).longValue()));
        Map<Long, Set<Long>> preferred = new HashMap<>();
        Map<Long, Set<Long>> avoided = new HashMap<>();
        for (Object row : em.createNativeQuery(PARTNER_PREFERENCES).getResultList()) {
            Object[] cells = (Object[]) row;
            long tutorId = ((Number) cells[0]).longValue();
            (("PREFERRED".equals(cells[2])) ? preferred : avoided)
                    .computeIfAbsent(tutorId, id -> new HashSet<>()).add(((Number) cells[1]).longValue());
        }
        List<TutorFact> facts = new ArrayList<>();
        for (Tutor tutor : tutors) {
            Set<Long> missed = new HashSet<>();
            for (CourseRun run : runs) {
                for (CourseSession s : run.getSessions()) {
                    if (!tutor.isAvailableAt(s.getSessionDate(), s.getStartsAt(), s.getEndsAt(), run.getVenue())) {
                        missed.add(s.getId());
                    }
                }
            }
            facts.add(new TutorFact(tutor.getId(), tutor.getFullName(), tutor.getExpertise(),
                    tutor.getMaxSessionsPerWeek(),
                    tutor.getTrainedCourses().stream().map(tc -> tc.getCourse().getId()).collect(Collectors.toSet()),
                    tutor.getPreferredCourses().stream().map(c -> c.getId()).collect(Collectors.toSet()),
                    missed,
                    tutor.getAvailability().stream().map(AvailabilitySlot::getVenue).filter(Objects::nonNull)
                            .map(v -> v.getId()).collect(Collectors.toSet()),
                    delivered.getOrDefault(tutor.getId(), 0L).intValue(),
                    preferred.getOrDefault(tutor.getId(), Set.of()), avoided.getOrDefault(tutor.getId(), Set.of()),
                    tutor.getReadiness().stream().filter(r -> r.getExpiresOn() != null)
                            .collect(Collectors.toMap(TutorReadiness::getItem, TutorReadiness::getExpiresOn))));
        }
        return facts;
    }

    private ConstraintWeightOverrides<HardMediumSoftScore> weights() {
        Map<String, HardMediumSoftScore> weights = new HashMap<>();
        weights.put(PairingConstraints.FAIR_SHARE, soft(Setting.PAIRING_WEIGHT_FAIR_SHARE));
        weights.put(PairingConstraints.COURSE_NOT_PREFERRED, soft(Setting.PAIRING_WEIGHT_PREFERRED_COURSE));
        weights.put(PairingConstraints.PREFERRED_PARTNERS, soft(Setting.PAIRING_WEIGHT_PARTNERS));
        weights.put(PairingConstraints.AVOIDED_PARTNERS, soft(Setting.PAIRING_WEIGHT_PARTNERS));
        weights.put(PairingConstraints.NEW_PEER_UNSUPPORTED, soft(Setting.PAIRING_WEIGHT_NEW_PEER));
        weights.put(PairingConstraints.VENUE_NAMED, soft(Setting.PAIRING_WEIGHT_VENUE));
        weights.put(PairingConstraints.CHANGED, soft(Setting.PAIRING_WEIGHT_STABILITY));
        return ConstraintWeightOverrides.of(weights);
    }

    private HardMediumSoftScore soft(Setting setting) {
        return HardMediumSoftScore.ofSoft(settings.intValue(setting));
    }
}
