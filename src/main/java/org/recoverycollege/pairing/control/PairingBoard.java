package org.recoverycollege.pairing.control;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.recoverycollege.platform.control.Caller;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.pairing.domain.PairingExplainer;
import org.recoverycollege.pairing.domain.PairingExplainer.RunReasons;
import org.recoverycollege.pairing.domain.PairingJustification;
import org.recoverycollege.pairing.domain.Reason;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import org.recoverycollege.pairing.domain.PairingSlot;
import org.recoverycollege.pairing.domain.RunFact;
import org.recoverycollege.pairing.domain.SessionFact;
import org.recoverycollege.pairing.domain.TutorFact;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.tutoring.entity.Assignment;
import org.recoverycollege.tutoring.entity.Expertise;

/**
 * The administrators' pairing board: a term's runs with their pairs and the reasons from the score
 * analysis, the tutors eligible for a place, manual changes and publishing. Everything is read from the
 * database on each request, so every instance shows the same board.
 */
@ApplicationScoped
@Transactional
public class PairingBoard {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PairingProblems problems;

    @Inject
    private PairingEngine engine;

    @Inject
    private PairingAssignments assignments;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    public List<TermChoice> terms() {
        return em.createNamedQuery(Term.FIND_ALL, Term.class).getResultList().stream()
                .map(t -> new TermChoice(t.getId(), t.getName())).toList();
    }

    /** The term whose enrolment is open today, else the latest. */
    public Optional<Long> defaultTermId() {
        LocalDate today = LocalDate.now(clock);
        List<Term> terms = em.createNamedQuery(Term.FIND_ALL, Term.class).getResultList();
        return terms.stream().filter(t -> t.isEnrolmentOpenOn(today)).findFirst().or(() -> terms.stream().findFirst())
                .map(Term::getId);
    }

    public List<BoardRow> rows(long termId) {
        caller.requireAdministrator();
        PairingProblems.Loaded loaded = problems.load(term(termId));
        ScoreAnalysis<HardMediumSoftScore> analysis = engine.analyze(loaded.solution());
        Map<Long, RunReasons> reasons = new PairingExplainer(loaded.solution()).explain(analysis);
        List<BoardRow> rows = new ArrayList<>();
        for (RunFact run : loaded.solution().getRuns()) {
            RunReasons why = reasons.getOrDefault(run.id(), new RunReasons(java.util.Set.of(), java.util.Set.of()));
            Optional<SessionFact> first = run.sessions().stream().min(Comparator.comparing(SessionFact::date));
            rows.add(new BoardRow(run.id(), run.courseId(), run.courseTitle(), run.venueId(), run.venueName(),
                    first.map(SessionFact::dayOfWeek).orElse(null), first.map(SessionFact::start).orElse(null),
                    first.map(SessionFact::end).orElse(null), first.map(SessionFact::date).orElse(null),
                    run.sessionCount(), place(loaded, run, Expertise.LIVED_EXPERIENCE),
                    place(loaded, run, Expertise.PROFESSIONAL), List.copyOf(why.problems()), List.copyOf(why.notes())));
        }
        return rows;
    }

    private static BoardRow.Place place(PairingProblems.Loaded loaded, RunFact run, Expertise role) {
        Assignment live = loaded.liveBySlot().get(run.id() + "-" + role);
        return live == null ? new BoardRow.Place(null, null, null, false)
                : new BoardRow.Place(live.getTutor().getId(), live.getTutor().getFullName(), live.getStatus().name(),
                        live.isPublished());
    }

    /**
     * The tutors who could take the place without breaking a hard rule, fewest unmet preferences first,
     * each with the preferences they would not meet. None when the place is published.
     */
    public List<TutorOption> options(long termId, long runId, @NotNull Expertise role) {
        caller.requireAdministrator();
        PairingProblems.Loaded loaded = problems.load(term(termId));
        PairingSlot slot = loaded.solution().getSlots().stream()
                .filter(s -> s.getRun().id() == runId && s.getRole() == role).findFirst()
                .orElseThrow(() -> new PairingException("pairing.change.unknownRun"));
        if (slot.isPinned()) {
            return List.of();
        }
        slot.setTutor(null);
        List<TutorOption> options = new ArrayList<>();
        for (RecommendedAssignment<TutorFact, HardMediumSoftScore> fit : engine.recommend(loaded.solution(), slot)) {
            ScoreAnalysis<HardMediumSoftScore> diff = fit.scoreAnalysisDiff();
            if (fit.proposition() != null && diff.score().hardScore() >= 0) {
                options.add(new TutorOption(fit.proposition().id(), fit.proposition().name(), notesFor(runId, diff)));
            }
        }
        return options;
    }

    /** The preferences a change would leave unmet on the run, from the analysis of its difference. */
    private static List<Reason> notesFor(long runId, ScoreAnalysis<HardMediumSoftScore> diff) {
        return diff.constraintAnalyses().stream()
                .filter(c -> c.matches() != null)
                .flatMap(c -> c.matches().stream())
                .filter(m -> m.score().softScore() < 0 && m.justification() instanceof PairingJustification j
                        && j.runIds().contains(runId))
                .map(m -> ((PairingJustification) m.justification()).reason())
                .distinct().toList();
    }

    /** Gives the place to one of its eligible tutors, or to nobody (tutorId null). */
    public void change(long termId, long runId, @NotNull Expertise role, Long tutorId) {
        if (tutorId != null && options(termId, runId, role).stream().noneMatch(o -> o.tutorId() == tutorId)) {
            throw new PairingException("pairing.change.notEligible");
        }
        String actor = caller.requireAdministrator();
        try {
            assignments.change(runId, role, tutorId, actor);
        } catch (PersistenceException e) {
            throw new PairingException("pairing.changedMeanwhile"); // someone else gave the place away first
        }
    }

    /** Offers every proposal of the term to its tutor; how many were offered. */
    public int publish(long termId) {
        Term term = term(termId);
        String actor = caller.requireAdministrator();
        try {
            int offered = assignments.publish(term, actor);
            em.flush(); // a conflict with another administrator shows here, not at the commit
            return offered;
        } catch (PersistenceException e) {
            // another administrator changed or published meanwhile
            throw new PairingException("pairing.changedMeanwhile");
        }
    }

    private Term term(long termId) {
        Term term = em.find(Term.class, termId);
        if (term == null) {
            throw new PairingException("pairing.term.unknown");
        }
        return term;
    }
}
