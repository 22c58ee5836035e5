package org.recoverycollege.tutoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.tutoring.entity.AvailabilityException;
import org.recoverycollege.tutoring.entity.AvailabilitySlot;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * The signed-in tutor's weekly slots and exceptions. Every change is checked (end after start, no
 * overlapping slots, no exception in the past) and answers with the confirmed sessions it newly
 * conflicts with, so the screen can warn and name them.
 */
@ApplicationScoped
@Transactional
public class MyAvailability {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TutorDirectory tutors;

    @Inject
    private TutorSessions tutorSessions;

    @Inject
    private Clock clock;

    /** A weekly slot as the screen shows it. */
    public record Slot(long id, DayOfWeek day, LocalTime startsAt, LocalTime endsAt, String venueName)
            implements Serializable {
    }

    /** Days away as the screen shows them. */
    public record Away(long id, LocalDate from, LocalDate to, String reason) implements Serializable {
    }

    /** A confirmed session a change conflicts with. */
    public record Conflict(String courseTitle, LocalDate date, LocalTime startsAt) implements Serializable {
    }

    public List<Slot> slots() {
        return tutors.getCallerTutor().getAvailability().stream()
                .map(s -> new Slot(s.getId(), s.getDayOfWeek(), s.getStartsAt(), s.getEndsAt(),
                        s.getVenue() == null ? null : s.getVenue().getName()))
                .toList();
    }

    public List<Away> exceptions() {
        return tutors.getCallerTutor().getExceptions().stream()
                .map(e -> new Away(e.getId(), e.getFromDate(), e.getToDate(), e.getReason()))
                .toList();
    }

    public List<Venue> venues() {
        return em.createNamedQuery(Venue.FIND_ALL, Venue.class).getResultList();
    }

    public List<Conflict> addSlot(@NotNull DayOfWeek day, @NotNull LocalTime startsAt, @NotNull LocalTime endsAt,
            Long venueId) {
        if (!startsAt.isBefore(endsAt)) {
            throw new TutoringException("availability.endAfterStart");
        }
        Tutor me = tutors.getCallerTutor();
        Venue venue = venueId == null ? null : em.find(Venue.class, venueId);
        for (AvailabilitySlot existing : me.getAvailability()) {
            if (existing.getDayOfWeek() == day && startsAt.isBefore(existing.getEndsAt())
                    && existing.getStartsAt().isBefore(endsAt)) {
                throw new TutoringException("availability.overlap", existing.getStartsAt(), existing.getEndsAt());
            }
        }
        return changeAndFindConflicts(me, () -> me.addSlot(day, startsAt, endsAt, venue));
    }

    public List<Conflict> removeSlot(long slotId) {
        Tutor me = tutors.getCallerTutor();
        AvailabilitySlot slot = me.getAvailability().stream().filter(s -> s.getId() == slotId).findFirst()
                .orElseThrow(NotYoursException::new);
        return changeAndFindConflicts(me, () -> me.removeSlot(slot));
    }

    public List<Conflict> addException(@NotNull LocalDate from, @NotNull LocalDate to,
            @Size(max = AvailabilityException.REASON_MAX) String reason) {
        if (from.isBefore(LocalDate.now(clock))) {
            throw new TutoringException("availability.exceptionInPast");
        }
        if (to.isBefore(from)) {
            throw new TutoringException("availability.exceptionEndsBeforeStart");
        }
        Tutor me = tutors.getCallerTutor();
        return changeAndFindConflicts(me, () -> me.addException(from, to, reason));
    }

    public void removeException(long exceptionId) {
        Tutor me = tutors.getCallerTutor();
        AvailabilityException away = me.getExceptions().stream().filter(e -> e.getId() == exceptionId).findFirst()
                .orElseThrow(NotYoursException::new);
        me.removeException(away);
    }

    /** Applies the change and returns the confirmed sessions it made the tutor unavailable for. */
    private List<Conflict> changeAndFindConflicts(Tutor me, Runnable change) {
        LocalDate today = LocalDate.now(clock);
        List<CourseSession> mine = tutorSessions.sessionsOf(me);
        List<CourseSession> before = AvailabilityConflicts.unavailable(me, mine, today);
        change.run();
        List<CourseSession> after = new ArrayList<>(AvailabilityConflicts.unavailable(me, mine, today));
        after.removeAll(before);
        return after.stream()
                .map(s -> new Conflict(s.getRun().getCourse().getTitle(), s.getSessionDate(), s.getStartsAt()))
                .toList();
    }
}
