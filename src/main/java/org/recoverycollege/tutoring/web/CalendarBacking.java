package org.recoverycollege.tutoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
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
    private List<List<TutorCalendar.Day>> weeks;

    public YearMonth getShown() {
        try {
            return month == null ? YearMonth.now(clock) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return YearMonth.now(clock);
        }
    }

    /** The weeks (Monday to Sunday) that hold the shown month. */
    public List<List<TutorCalendar.Day>> getWeeks() {
        if (weeks == null) {
            weeks = calendar.myMonth(getShown());
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
