package org.recoverycollege.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.recoverycollege.account.control.CalendarFeeds;
import org.recoverycollege.enrolment.control.EnrolmentService;
import org.recoverycollege.enrolment.control.MyCoursesService;
import org.recoverycollege.enrolment.control.MyEnrolment;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;

/** {@code /my/}: the signed-in student's places and waiting lists, cancelling, and their calendar feed. */
@Named
@RequestScoped
public class MyCoursesBacking {

    @Inject
    private MyCoursesService myCourses;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private CalendarFeeds calendarFeeds;

    @Inject
    private Caller caller;

    @Inject
    private FacesContext faces;

    private List<MyEnrolment> enrolments0;

    private Optional<String> feedUrl;

    public List<MyEnrolment> getEnrolments() {
        if (enrolments0 == null) {
            enrolments0 = myCourses.enrolmentsOf(me());
        }
        return enrolments0;
    }

    public List<MyEnrolment> getUpcoming() {
        return getEnrolments().stream().filter(e -> e.upcoming() && e.status().isLive()).toList();
    }

    public List<MyEnrolment> getPast() {
        return getEnrolments().stream().filter(e -> !(e.upcoming() && e.status().isLive())).toList();
    }

    public void cancel(long enrolmentId, String courseTitle) throws IOException {
        enrolments.cancel(enrolmentId, me());
        UserMessages.infoAfterRedirect("my.cancelled", courseTitle);
        reload();
    }

    public void acceptOffer(long enrolmentId, String courseTitle) throws IOException {
        enrolments.answerOffer(enrolmentId, true, me());
        UserMessages.infoAfterRedirect("my.offer.accepted", courseTitle);
        reload();
    }

    public void declineOffer(long enrolmentId, String courseTitle) throws IOException {
        enrolments.answerOffer(enrolmentId, false, me());
        UserMessages.infoAfterRedirect("my.offer.declined", courseTitle);
        reload();
    }

    /** The private feed address, or null while the student has none. */
    public String getFeedUrl() {
        // the page asks four times while it renders: the account is read once
        if (feedUrl == null) {
            feedUrl = calendarFeeds.tokenOf(me()).map(this::feedUrl);
        }
        return feedUrl.orElse(null);
    }

    public void issueFeed() throws IOException {
        calendarFeeds.issue(me());
        UserMessages.infoAfterRedirect("my.feed.issued");
        reload();
    }

    public void revokeFeed() throws IOException {
        calendarFeeds.revoke(me());
        UserMessages.infoAfterRedirect("my.feed.revoked");
        reload();
    }

    private String feedUrl(String token) {
        ExternalContext external = faces.getExternalContext();
        return external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort() + external.getRequestContextPath() + "/calendar/" + token + ".ics";
    }

    private void reload() throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/my/");
    }

    private String me() {
        return caller.name();
    }
}
