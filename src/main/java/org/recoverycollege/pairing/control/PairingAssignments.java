package org.recoverycollege.pairing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.notification.control.MailOutbox;
import org.recoverycollege.pairing.domain.PairingSlot;
import org.recoverycollege.pairing.domain.PairingSolution;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.tutoring.entity.Assignment;
import org.recoverycollege.tutoring.entity.AssignmentStatus;
import org.recoverycollege.tutoring.entity.Expertise;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * Writes pairings as assignments: a solve's result and manual changes as proposals, and publishing them as
 * offers. Offered and accepted assignments are never changed here; the unique live key stops two writers
 * from giving one place to two tutors.
 */
@ApplicationScoped
@Transactional
public class PairingAssignments {

    static final String AUDIT_TYPE = "Assignment";
    private static final String PROPOSED_IN_TERM =
            "SELECT a FROM Assignment a WHERE a.run.term = :term AND a.status = :status ORDER BY a.id";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private MailOutbox mail;

    /**
     * Stores a solve's result as proposals. A place someone changed while the solve ran (by hand, or by
     * publishing) keeps that change.
     */
    public int storeSolution(PairingProblems.Loaded loaded, PairingSolution best, String actor) {
        int changed = 0;
        for (PairingSlot slot : best.getSlots()) {
            if (slot.isPinned()) {
                continue;
            }
            Assignment before = loaded.liveBySlot().get(slot.getId());
            Optional<Assignment> now = live(em.find(CourseRun.class, slot.getRun().id()), slot.getRole());
            if (!Objects.equals(now.map(Assignment::getId), Optional.ofNullable(before).map(Assignment::getId))) {
                continue;
            }
            if (replace(slot.getRun().id(), slot.getRole(), now, slot.getTutor() == null ? null : slot.getTutor().id(), actor)) {
                changed++;
            }
        }
        return changed;
    }

    /** Gives one place of a run to another tutor (null: nobody), by hand; the caller checked eligibility. */
    public void change(long runId, Expertise role, Long tutorId, String actor) {
        CourseRun run = em.find(CourseRun.class, runId);
        Optional<Assignment> current = live(run, role);
        if (current.filter(Assignment::isPublished).isPresent()) {
            throw new PairingException("pairing.change.published");
        }
        replace(runId, role, current, tutorId, actor);
    }

    private boolean replace(long runId, Expertise role, Optional<Assignment> current, Long tutorId, String actor) {
        if (Objects.equals(current.map(a -> a.getTutor().getId()).orElse(null), tutorId)) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        current.ifPresent(a -> {
            a.withdraw(now);
            audit.changed(actor, AUDIT_TYPE, a.getId(), "status", AssignmentStatus.PROPOSED, AssignmentStatus.WITHDRAWN);
        });
        em.flush(); // frees the run's live key for this expertise before the new proposal takes it
        if (tutorId != null) {
            Tutor tutor = em.find(Tutor.class, tutorId);
            if (tutor.getExpertise() != role) {
                throw new IllegalArgumentException(tutor + " cannot take the " + role + " place");
            }
            Assignment proposal = Assignment.propose(em.find(CourseRun.class, runId), tutor, now);
            em.persist(proposal);
            em.flush();
            audit.recorded(actor, AuditLog.CREATE, AUDIT_TYPE, proposal.getId());
        }
        return true;
    }

    /** Offers every proposal of the term to its tutor (who is told by e-mail); the number offered. */
    public int publish(Term term, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Assignment> proposals = em.createQuery(PROPOSED_IN_TERM, Assignment.class)
                .setParameter("term", term).setParameter("status", AssignmentStatus.PROPOSED).getResultList();
        for (Assignment proposal : proposals) {
            proposal.offer(actor, now);
            audit.changed(actor, AUDIT_TYPE, proposal.getId(), "status", AssignmentStatus.PROPOSED, AssignmentStatus.OFFERED);
            Tutor tutor = proposal.getTutor();
            Locale language = tutor.getAccount() == null ? Locale.UK
                    : tutor.getAccount().preferredLocale();
            mail.queue(tutor.getEmail(), language, "pairing-offer", proposal.getRun().getId(), tutor.getFullName(),
                    proposal.getRun().getCourse().getTitle(), term.getName());
        }
        return proposals.size();
    }

    private Optional<Assignment> live(CourseRun run, Expertise role) {
        return em.createNamedQuery(Assignment.FIND_LIVE_BY_RUN, Assignment.class).setParameter("run", run)
                .getResultStream().filter(a -> a.getExpertise() == role).findFirst();
    }
}
