package org.recoverycollege.register.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.enrolment.control.EnrolmentService;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Refusal;
import org.recoverycollege.platform.control.Setting;
import org.recoverycollege.register.entity.Attendance;
import org.recoverycollege.register.entity.AttendanceMark;
import org.recoverycollege.register.entity.FollowUp;
import org.recoverycollege.register.entity.FollowUpOutcome;

/**
 * Missed-session follow-ups: a person with a place who is marked absent without apology at the first
 * session, or at {@link Setting#FOLLOW_UP_ABSENCES_IN_A_ROW} sessions in a row, gets a follow-up on
 * {@code /admin/follow-ups}; the office records how the call went, and "withdrew" frees the place for the
 * waiting list.
 */
@ApplicationScoped
@Transactional
public class FollowUps {

    /** One open follow-up as the office's list shows it. */
    public record Row(long followUpId, String name, String email, String phone, boolean byPhone, String courseTitle,
            long runId, int sessionNo, LocalDate sessionDate, FollowUp.Reason reason) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CollegeSettings settings;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Opens the follow-ups a newly recorded register calls for (in the register's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int consider(CourseSession session) {
        CourseRun run = session.getRun();
        int inARow = settings.intValue(Setting.FOLLOW_UP_ABSENCES_IN_A_ROW);
        List<CourseSession> held = run.getSessions().stream().filter(s -> !s.isCancelled())
                .filter(s -> !s.startDateTime().isAfter(session.startDateTime()))
                .sorted(Comparator.comparing(CourseSession::startDateTime)).toList();
        int opened = 0;
        for (Enrolment enrolment : em.createNamedQuery(Enrolment.FIND_BY_RUN_AND_STATUS, Enrolment.class)
                .setParameter("run", run).setParameter("status", EnrolmentStatus.CONFIRMED).getResultList()) {
            if (em.createNamedQuery(FollowUp.COUNT_BY_ENROLMENT, Long.class).setParameter("enrolment", enrolment)
                    .getSingleResult() > 0) {
                continue;
            }
            Map<Long, AttendanceMark> marks = em.createNamedQuery(Attendance.FIND_BY_ENROLMENT, Attendance.class)
                    .setParameter("enrolment", enrolment).getResultStream()
                    .collect(Collectors.toMap(a -> a.getSession().getId(), Attendance::getMark));
            List<AttendanceMark> inOrder = held.stream().map(s -> marks.get(s.getId())).toList();
            Optional<FollowUp.Reason> reason = FollowUpRule.reason(inOrder, inARow);
            if (reason.isPresent()) {
                em.persist(new FollowUp(enrolment, session, reason.get(), OffsetDateTime.now(clock)));
                opened++;
            }
        }
        return opened;
    }

    /** The follow-ups still waiting for a call, oldest first. */
    public List<Row> open() {
        return em.createNamedQuery(FollowUp.FIND_OPEN, FollowUp.class).getResultStream().map(f -> {
            var student = f.getEnrolment().getStudent();
            var account = student.getAccount();
            return new Row(f.getId(), account.getDisplayName(), account.getEmail(), student.getPhone(),
                    student.isContactByPhone(), f.getSession().getRun().getCourse().getTitle(),
                    f.getSession().getRun().getId(), f.getSession().getSequenceNo(), f.getSession().getSessionDate(),
                    f.getReason());
        }).toList();
    }

    /** Records the outcome of the call; "withdrew" withdraws the place, which goes to the waiting list. */
    public void close(long followUpId, @NotNull FollowUpOutcome outcome, @NotBlank String actor) {
        FollowUp followUp = em.find(FollowUp.class, followUpId);
        if (followUp == null || !followUp.isOpen()) {
            throw new Refusal("followUps.notFound");
        }
        followUp.close(outcome, actor, OffsetDateTime.now(clock));
        audit.changed(actor, "FollowUp", followUpId, "outcome", null, outcome);
        if (outcome == FollowUpOutcome.WITHDREW && followUp.getEnrolment().isLive()) {
            em.flush();
            enrolments.withdraw(followUp.getEnrolment().getId(), actor);
        }
    }
}
