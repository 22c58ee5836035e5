package org.recoverycollege.tutoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * The signed-in tutor's sessions as a calendar, and their private iCalendar feed: its address holds a
 * random token the tutor can replace or revoke, so a leaked address can be shut.
 */
@ApplicationScoped
@Transactional
public class TutorCalendar {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TutorDirectory tutors;

    @Inject
    private TutorSessions tutorSessions;

    @Inject
    private Clock clock;

    /** One of my sessions on the calendar. */
    public record Entry(long sessionId, LocalDate date, LocalTime startsAt, LocalTime endsAt, String courseTitle,
            String place) implements Serializable {
    }

    /** One day of a month grid with my sessions that day; {@code inMonth} is false for the days around it. */
    public record Day(LocalDate date, boolean inMonth, List<Entry> sessions) implements Serializable {
    }

    /** The weeks (Monday to Sunday) that hold the month, each day with my sessions. */
    public List<List<Day>> myMonth(YearMonth month) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Map<LocalDate, List<Entry>> byDay = mySessions(first, last).stream()
                .collect(Collectors.groupingBy(Entry::date));
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            List<Day> week = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                LocalDate date = monday.plusDays(d);
                week.add(new Day(date, YearMonth.from(date).equals(month), byDay.getOrDefault(date, List.of())));
            }
            weeks.add(week);
        }
        return weeks;
    }

    /** My sessions between two days, both included. */
    public List<Entry> mySessions(LocalDate from, LocalDate to) {
        return tutorSessions.sessionsOf(tutors.getCallerTutor()).stream()
                .filter(s -> !s.getSessionDate().isBefore(from) && !s.getSessionDate().isAfter(to))
                .map(TutorCalendar::entry)
                .toList();
    }

    /** The token of my feed, if I have one. */
    public Optional<String> myFeedToken() {
        return Optional.ofNullable(tutors.getCallerTutor().getCalendarToken());
    }

    /** Gives me a new feed address; any previous address stops working. */
    public String issueFeedToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tutors.getCallerTutor().issueCalendarToken(token);
        return token;
    }

    public void revokeFeedToken() {
        tutors.getCallerTutor().revokeCalendarToken();
    }

    /** The iCalendar document of the tutor whose feed token this is; empty for an unknown or revoked token. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> feed(String token) {
        if (token == null || token.isBlank() || token.length() > Tutor.CALENDAR_TOKEN_MAX) {
            return Optional.empty();
        }
        return em.createNamedQuery(Tutor.FIND_BY_CALENDAR_TOKEN, Tutor.class).setParameter("token", token)
                .getResultStream().findFirst().map(this::icsOf);
    }

    private String icsOf(Tutor tutor) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Recovery College//Tutor sessions//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (CourseSession session : tutorSessions.sessionsOf(tutor)) {
            VEvent event = new VEvent(session.startDateTime().atZone(clock.getZone()).toInstant(),
                    session.endDateTime().atZone(clock.getZone()).toInstant(),
                    session.getRun().getCourse().getTitle() + " (" + session.getSequenceNo() + ")");
            event.add(new Uid("session-" + session.getId() + "-tutor-" + tutor.getId() + "@recoverycollege"));
            event.add(new Location(MyAssignments.placeOf(session)));
            calendar.add(event);
        }
        return calendar.toString();
    }

    private static Entry entry(CourseSession s) {
        return new Entry(s.getId(), s.getSessionDate(), s.getStartsAt(), s.getEndsAt(),
                s.getRun().getCourse().getTitle(), MyAssignments.placeOf(s));
    }
}
