package org.recoverycollege.planning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import org.recoverycollege.account.web.LocaleBacking;
import org.recoverycollege.planning.control.ProspectusEntry;
import org.recoverycollege.planning.control.RunDetails;
import org.recoverycollege.platform.web.UserMessages;

/** Dates and times of runs and sessions, written out in the page's language ("Tuesday 6 October 2026, 10:00–12:00"). */
@Named
@RequestScoped
public class RunDates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    private LocaleBacking localeBacking;

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(localeBacking.getLocale()));
    }

    public String session(LocalDate date, LocalTime startsAt, LocalTime endsAt) {
        return date(date) + ", " + startsAt.format(TIME) + "\u2013" + endsAt.format(TIME);
    }

    /** A moment such as an offer's deadline: "Tuesday 6 October 2026, 10:00". */
    public String moment(LocalDateTime moment) {
        return moment == null ? "" : date(moment.toLocalDate()) + ", " + moment.toLocalTime().format(TIME);
    }

    /** The run's first session that is not cancelled, or its first session. */
    public String firstDate(RunDetails run) {
        return run.sessions().stream().filter(s -> !s.cancelled()).findFirst()
                .or(() -> run.sessions().stream().findFirst())
                .map(s -> session(s.date(), s.startsAt(), s.endsAt())).orElse("");
    }

    /** "5 sessions, Tuesday from 6 October 2026, 10:00-12:00", in the page's language. */
    public String pattern(ProspectusEntry entry) {
        Locale locale = localeBacking.getLocale();
        return UserMessages.text("prospectus.pattern",
                entry.sessionCount(),
                entry.dayOfWeek().getDisplayName(TextStyle.FULL, locale),
                entry.firstDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
                entry.startsAt().format(TIME),
                entry.endsAt().format(TIME));
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, localeBacking.getLocale());
    }
}
