package org.recoverycollege.tutoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.omnifaces.cdi.Param;
import org.recoverycollege.platform.web.UserMessages;
import org.recoverycollege.tutoring.control.TutorCalendar;

/** {@code /tutor/calendar?month=2026-11}: a month of my sessions, and the address of my calendar feed. */
@Named
@RequestScoped
public class CalendarBacking {

    @Inject
    private TutorCalendar calendar;

    @Inject
    private Clock clock;

    @Inject
    @Param
    private String month;
    private List<List<Day>> weeks;

    /** One day of the month grid with my sessions that day. */
    public record Day(LocalDate date, boolean inMonth, List<TutorCalendar.Entry> sessions) {
    }

    public YearMonth getShown() {
        try {
            return month == null ? YearMonth.now(clock) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return YearMonth.now(clock);
        }
    }

    /** The weeks (Monday to Sunday) that hold the shown month. */
    public List<List<Day>> getWeeks() {
        if (weeks == null) {
            YearMonth shown = getShown();
            LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            Map<LocalDate, List<TutorCalendar.Entry>> byDay = calendar.mySessions(first, last).stream()
                    .collect(Collectors.groupingBy(TutorCalendar.Entry::date));
            weeks = new ArrayList<>();
            for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
                List<Day> week = new ArrayList<>();
                for (int d = 0; d < 7; d++) {
                    LocalDate date = monday.plusDays(d);
                    week.add(new Day(date, YearMonth.from(date).equals(shown), byDay.getOrDefault(date, List.of())));
                }
                weeks.add(week);
            }
        }
        return weeks;
    }

    public DayOfWeek[] getDaysOfWeek() {
        return DayOfWeek.values();
    }

    public String getPrevious() {
        return getShown().minusMonths(1).toString();
    }

    public String getNext() {
        return getShown().plusMonths(1).toString();
    }

    /** The full address of my feed, when I have one. */
    public String getFeedAddress() {
        Optional<String> token = calendar.myFeedToken();
        if (token.isEmpty()) {
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort() + external.getRequestContextPath() + "/calendar/tutor/"
                + token.get() + ".ics";
    }

    public void issueFeed() {
        calendar.issueFeedToken();
        UserMessages.info("calendar.feedIssued");
    }

    public void revokeFeed() {
        calendar.revokeFeedToken();
        UserMessages.info("calendar.feedRevoked");
    }
}
