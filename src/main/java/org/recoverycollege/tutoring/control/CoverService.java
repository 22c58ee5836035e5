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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.notification.control.MailOutbox;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.tutoring.entity.CoverRequest;
import org.recoverycollege.tutoring.entity.CoverStatus;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * Cover for a single session: the absent tutor sees the eligible cover tutors ranked and asks one, who
 * accepts or declines on their own screen; both tutors and the administrators are told by e-mail. The
 * cover tutor shares the absent tutor's expertise (the database checks it), so a session never has two
 * tutors of the same expertise.
 */
@ApplicationScoped
@Transactional
public class CoverService {

    static final String MAIL_ASKED = "coverAsked";
    static final String MAIL_REQUESTED = "coverRequested";
    static final String MAIL_ACCEPTED = "coverAccepted";
    static final String MAIL_DECLINED = "coverDeclined";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TutorDirectory tutors;

    @Inject
    private TutorSessions tutorSessions;

    @Inject
    private Caller caller;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    /** One of my coming sessions and the state of any cover asked for it. */
    public record MySession(long sessionId, String courseTitle, LocalDate date, LocalTime startsAt,
            LocalTime endsAt, CoverStatus coverStatus, String coverTutorName) implements Serializable {

        public boolean isCoverable() {
            return coverStatus == null || coverStatus == CoverStatus.OPEN;
        }
    }

    /** A request waiting for my answer. */
    public record Ask(long requestId, String absentTutorName, String courseTitle, LocalDate date,
            LocalTime startsAt, LocalTime endsAt) implements Serializable {
    }

    /** The sessions I deliver from today on, with any cover I asked for. */
    public List<MySession> mySessions() {
        Tutor me = tutors.getCallerTutor();
        LocalDate today = LocalDate.now(clock);
        List<MySession> sessions = new ArrayList<>();
        for (CourseSession session : tutorSessions.sessionsOf(me)) {
            // sessions I cover for someone else are theirs to find cover for
            if (!session.getSessionDate().isBefore(today) && tutorSessions.isAssignedTo(me, session)) {
                sessions.add(view(session, liveRequest(session, me)));
            }
        }
        // sessions I am covered for no longer count as mine, but I still see that cover was agreed
        for (CoverRequest away : em.createNamedQuery(CoverRequest.FIND_LIVE_BY_ABSENT_TUTOR, CoverRequest.class)
                .setParameter("tutor", me).getResultList()) {
            if (away.getStatus() == CoverStatus.ACCEPTED && !away.getSession().getSessionDate().isBefore(today)) {
                sessions.add(view(away.getSession(), Optional.of(away)));
            }
        }
        sessions.sort((a, b) -> a.date().atTime(a.startsAt()).compareTo(b.date().atTime(b.startsAt())));
        return sessions;
    }

    /** The tutors who could cover my session, best first. */
    public List<CoverCandidate> candidatesFor(long sessionId) {
        Tutor me = tutors.getCallerTutor();
        return CoverCandidate.rank(facts(coming(sessionId, me), me));
    }

    /** Asks an eligible tutor to cover my session. */
    public void askForCover(long sessionId, long coverTutorId) {
        Tutor me = tutors.getCallerTutor();
        ask(coming(sessionId, me), me, coverTutorId);
    }

    /** For administrators: the tutors who could cover a tutor's session, best first. */
    public List<CoverCandidate> candidatesFor(long sessionId, long absentTutorId) {
        Tutor absent = administeredAbsentTutor(absentTutorId);
        return CoverCandidate.rank(facts(coming(sessionId, absent), absent));
    }

    /** For administrators: asks an eligible tutor to cover a tutor's session. */
    public void askForCover(long sessionId, long absentTutorId, long coverTutorId) {
        Tutor absent = administeredAbsentTutor(absentTutorId);
        ask(coming(sessionId, absent), absent, coverTutorId);
    }

    private Tutor administeredAbsentTutor(long absentTutorId) {
        if (!caller.isAdministrator()) {
            throw new NotYoursException();
        }
        return tutors.findById(absentTutorId).orElseThrow(NotYoursException::new);
    }

    private void ask(CourseSession session, Tutor absent, long coverTutorId) {
        boolean eligible = CoverCandidate.rank(facts(session, absent)).stream()
                .anyMatch(c -> c.tutorId() == coverTutorId);
        if (!eligible) {
            throw new TutoringException("cover.notEligible");
        }
        Tutor cover = em.find(Tutor.class, coverTutorId);
        CoverRequest request = liveRequest(session, absent).orElse(null);
        if (request != null && request.getStatus() != CoverStatus.OPEN) {
            throw new TutoringException("cover.alreadyAsked");
        }
        if (request == null) {
            request = new CoverRequest(session, absent, caller.name(), OffsetDateTime.now(clock));
            em.persist(request);
        }
        request.ask(cover);
        tell(cover, MAIL_ASKED, request);
        tell(absent, MAIL_REQUESTED, request);
        tellAdministrators(MAIL_REQUESTED, request);
    }

    /** Requests waiting for my answer. */
    public List<Ask> askedOfMe() {
        return em.createNamedQuery(CoverRequest.FIND_ASKED_OF, CoverRequest.class)
                .setParameter("tutor", tutors.getCallerTutor()).getResultStream()
                .map(c -> new Ask(c.getId(), c.getAbsentTutor().getFullName(),
                        c.getSession().getRun().getCourse().getTitle(), c.getSession().getSessionDate(),
                        c.getSession().getStartsAt(), c.getSession().getEndsAt()))
                .toList();
    }

    /** The asked tutor agrees, if they are still free then, or declines. */
    public void answer(long requestId, boolean accept) {
        Tutor me = tutors.getCallerTutor();
        CoverRequest request = em.find(CoverRequest.class, requestId);
        if (request == null || request.getCoverTutor() == null || !request.getCoverTutor().equals(me)) {
            throw new NotYoursException();
        }
        if (request.getStatus() != CoverStatus.ASKED) {
            throw new TutoringException("cover.noLongerAsked");
        }
        if (accept) {
            CourseSession session = request.getSession();
            if (tutorSessions.sessionsOf(me).stream().anyMatch(session::overlaps)) {
                throw new TutoringException("cover.nowBusy");
            }
            request.accept();
        } else {
            request.decline();
        }
        String template = accept ? MAIL_ACCEPTED : MAIL_DECLINED;
        tell(me, template, request);
        tell(request.getAbsentTutor(), template, request);
        tellAdministrators(template, request);
    }

    /** A coming session of a run the tutor is assigned to. */
    private CourseSession coming(long sessionId, Tutor assigned) {
        CourseSession session = em.find(CourseSession.class, sessionId);
        if (session == null || !tutorSessions.isAssignedTo(assigned, session)) {
            throw new NotYoursException();
        }
        if (session.isCancelled() || session.getSessionDate().isBefore(LocalDate.now(clock))) {
            throw new TutoringException("cover.sessionPast");
        }
        return session;
    }

    private Optional<CoverRequest> liveRequest(CourseSession session, Tutor absent) {
        return em.createNamedQuery(CoverRequest.FIND_LIVE_BY_SESSION, CoverRequest.class)
                .setParameter("session", session).getResultStream()
                .filter(c -> c.getAbsentTutor().equals(absent)).findFirst();
    }

    /** Every active tutor of the absent tutor's expertise, but the absent tutor, with the facts that rule. */
    private List<CoverCandidate> facts(CourseSession session, Tutor absent) {
        LocalDate week = TutorSessions.weekOf(session.getSessionDate());
        List<CoverCandidate> candidates = new ArrayList<>();
        for (Tutor tutor : em.createNamedQuery(Tutor.FIND_ACTIVE, Tutor.class).getResultList()) {
            if (tutor.getExpertise() != absent.getExpertise() || tutor.equals(absent)) {
                continue;
            }
            boolean trained = tutor.isTrainedFor(session.getRun().getCourse());
            boolean available = tutor.isAvailableAt(session.getSessionDate(), session.getStartsAt(),
                    session.getEndsAt(), session.getRun().getVenue());
            List<CourseSession> theirs = trained && available ? tutorSessions.sessionsOf(tutor) : List.of();
            boolean doubleBooked = theirs.stream().anyMatch(session::overlaps) || theirs.contains(session);
            int thatWeek = (int) theirs.stream()
                    .filter(s -> TutorSessions.weekOf(s.getSessionDate()).equals(week)).count();
            boolean ready = tutor.expiredReadinessOn(session.getSessionDate()).isEmpty();
            candidates.add(new CoverCandidate(tutor.getId(), tutor.getFullName(), trained, ready, available, doubleBooked,
                    thatWeek, tutor.getMaxSessionsPerWeek(), tutor.prefers(session.getRun().getCourse())));
        }
        return candidates;
    }

    private MySession view(CourseSession session, Optional<CoverRequest> cover) {
        return new MySession(session.getId(), session.getRun().getCourse().getTitle(), session.getSessionDate(),
                session.getStartsAt(), session.getEndsAt(), cover.map(CoverRequest::getStatus).orElse(null),
                cover.map(CoverRequest::getCoverTutor).map(Tutor::getFullName).orElse(null));
    }

    private void tell(Tutor tutor, String template, CoverRequest request) {
        Locale language = tutor.getAccount() == null ? Locale.UK
                : tutor.getAccount().preferredLocale();
        outbox.queue(tutor.getEmail(), language, template, null, mailArguments(request));
    }

    private void tellAdministrators(String template, CoverRequest request) {
        for (UserAccount admin : em.createQuery("SELECT a FROM UserAccount a JOIN a.roles r"
                + " WHERE r = :role AND a.active = TRUE ORDER BY a.id", UserAccount.class)
                .setParameter("role", Role.ADMIN).getResultList()) {
            outbox.queue(admin.getEmail(), admin.preferredLocale(), template, null,
                    mailArguments(request));
        }
    }

    /** {0} cover tutor, {1} absent tutor, {2} course, {3} date, {4} start time. */
    private static Object[] mailArguments(CoverRequest request) {
        CourseSession session = request.getSession();
        return new Object[] {request.getCoverTutor().getFullName(), request.getAbsentTutor().getFullName(),
                session.getRun().getCourse().getTitle(), session.getSessionDate().toString(),
                session.getStartsAt().toString()};
    }
}
