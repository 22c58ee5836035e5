package org.recoverycollege.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.notification.control.MailOutbox;
import org.recoverycollege.planning.entity.CourseSession;

/**
 * Tells the people a session change concerns: the students holding or awaiting a place and the run's
 * pair of tutors, as the {@link RunAudience} implementations of the features above planning answer. Mails are queued in the change's transaction and sent after it commits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SessionChangeNotices {

    static final String MOVED = "sessionMoved";
    static final String CANCELLED = "runSessionCancelled";

    @Inject
    @Any
    private Instance<RunAudience> audiences;

    @Inject
    private MailOutbox outbox;

    /** The session's time or place changed; {@code oldPlace} is the former room or joining link (or null). */
    public void sessionMoved(CourseSession session, LocalDate oldDate, LocalTime oldStart, LocalTime oldEnd,
            String oldPlace) {
        for (UserAccount person : concerned(session)) {
            Locale locale = person.preferredLocale();
            outbox.queue(person.getEmail(), locale, MOVED, session.getRun().getId(), person.getDisplayName(),
                    session.getRun().getCourse().getTitle(), session.getSequenceNo(),
                    describe(oldDate, oldStart, oldEnd, locale) + place(oldPlace),
                    describe(session.getSessionDate(), session.getStartsAt(), session.getEndsAt(), locale)
                            + place(placeOf(session)));
        }
    }

    public void sessionCancelled(CourseSession session) {
        for (UserAccount person : concerned(session)) {
            Locale locale = person.preferredLocale();
            outbox.queue(person.getEmail(), locale, CANCELLED, session.getRun().getId(), person.getDisplayName(),
                    session.getRun().getCourse().getTitle(), session.getSequenceNo(),
                    describe(session.getSessionDate(), session.getStartsAt(), session.getEndsAt(), locale));
        }
    }

    private List<UserAccount> concerned(CourseSession session) {
        return audiences.stream().flatMap(audience -> audience.concernedBy(session.getRun()).stream())
                .filter(UserAccount::isActive).distinct().toList();
    }

    /** Where the session is held: its room, else its joining link, else null. */
    static String placeOf(CourseSession session) {
        return session.getRoom() != null ? session.getRoom().getName() : session.getJoiningLink();
    }

    private static String place(String where) {
        return where == null ? "" : " (" + where + ")";
    }

    static String describe(LocalDate date, LocalTime start, LocalTime end, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        return day.format(date) + ", " + time.format(start) + "\u2013" + time.format(end);
    }
}
