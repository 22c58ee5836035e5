package org.recoverycollege.tutoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.tutoring.entity.Assignment;
import org.recoverycollege.tutoring.entity.AssignmentStatus;
import org.recoverycollege.tutoring.entity.CoverRequest;
import org.recoverycollege.tutoring.entity.CoverStatus;
import org.recoverycollege.tutoring.entity.Expertise;

/**
 * For administrators asking for cover on a tutor's behalf ({@code /admin/cover}): one session with its
 * accepted pair and the cover standing for each; the asking itself is {@link CoverService}'s.
 */
@ApplicationScoped
@Transactional
public class SessionCovers {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** One tutor of the pair, with the cover asked for them (status null when none stands). */
    public record PairTutor(long tutorId, String name, Expertise expertise, CoverStatus coverStatus,
            String coverTutorName) implements Serializable {

        public boolean isCoverable() {
            return coverStatus == null || coverStatus == CoverStatus.OPEN;
        }
    }

    /** The session, whether it is still to come (only then can cover be asked) and its pair. */
    public record SessionCover(long sessionId, long runId, String courseTitle, int sequenceNo, LocalDate date,
            LocalTime startsAt, LocalTime endsAt, boolean coming, List<PairTutor> pair) implements Serializable {

        public boolean tutorCoverable(Long tutorId) {
            return coming && tutorId != null && pair.stream().anyMatch(t -> t.tutorId() == tutorId && t.isCoverable());
        }
    }

    /** The session for an administrator; empty when there is none or the caller is no administrator. */
    public Optional<SessionCover> find(long sessionId) {
        CourseSession session = em.find(CourseSession.class, sessionId);
        if (session == null || !caller.isAdministrator()) {
            return Optional.empty();
        }
        List<CoverRequest> covers = em.createNamedQuery(CoverRequest.FIND_LIVE_BY_SESSION, CoverRequest.class)
                .setParameter("session", session).getResultList();
        List<PairTutor> pair = em.createNamedQuery(Assignment.FIND_LIVE_BY_RUN, Assignment.class)
                .setParameter("run", session.getRun()).getResultStream()
                .filter(a -> a.getStatus() == AssignmentStatus.ACCEPTED)
                .map(a -> {
                    Optional<CoverRequest> cover = covers.stream()
                            .filter(c -> c.getAbsentTutor().equals(a.getTutor())).findFirst();
                    return new PairTutor(a.getTutor().getId(), a.getTutor().getFullName(), a.getTutor().getExpertise(),
                            cover.map(CoverRequest::getStatus).orElse(null),
                            cover.map(CoverRequest::getCoverTutor).map(t -> t.getFullName()).orElse(null));
                })
                .toList();
        boolean coming = !session.isCancelled() && !session.getSessionDate().isBefore(LocalDate.now(clock));
        return Optional.of(new SessionCover(session.getId(), session.getRun().getId(),
                session.getRun().getCourse().getTitle(), session.getSequenceNo(), session.getSessionDate(),
                session.getStartsAt(), session.getEndsAt(), coming, pair));
    }
}
