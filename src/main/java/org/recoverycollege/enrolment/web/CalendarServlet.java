package org.recoverycollege.enrolment.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoverycollege.account.control.CalendarFeeds;
import org.recoverycollege.enrolment.control.MyCoursesService;
import org.recoverycollege.planning.control.IcalCalendars;
import org.recoverycollege.planning.entity.CourseRun;

/**
 * Calendar files: {@code /my/calendar/<enrolment id>.ics} downloads one of the signed-in student's runs
 * (behind the {@code /my/*} sign-in), and {@code /calendar/<secret token>.ics} is the private feed of all
 * their confirmed places that a calendar application polls without signing in.
 */
@WebServlet(urlPatterns = {"/my/calendar/*", "/calendar/*"})
public class CalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ENROLMENT = Pattern.compile("/(\\d{1,18})\\.ics");
    private static final Pattern TOKEN = Pattern.compile("/([A-Za-z0-9_-]{20,64})\\.ics");

    @Inject
    private MyCoursesService myCourses;

    @Inject
    private CalendarFeeds feeds;

    @Inject
    private IcalCalendars calendars;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<List<CourseRun>> runs = request.getServletPath().startsWith("/my/")
                ? ownRun(request, path) : feed(path);
        if (runs.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] ics = calendars.calendarOf(runs.get());
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "private, no-store");
        if (request.getServletPath().startsWith("/my/")) {
            response.setHeader("Content-Disposition", "attachment; filename=\"course.ics\"");
        }
        response.setContentLength(ics.length);
        response.getOutputStream().write(ics);
    }

    private Optional<List<CourseRun>> ownRun(HttpServletRequest request, String path) {
        Matcher matcher = ENROLMENT.matcher(path);
        if (!matcher.matches() || request.getUserPrincipal() == null) {
            return Optional.empty();
        }
        return myCourses.ownRun(request.getUserPrincipal().getName(), Long.parseLong(matcher.group(1))).map(List::of);
    }

    private Optional<List<CourseRun>> feed(String path) {
        Matcher matcher = TOKEN.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return feeds.findByToken(matcher.group(1)).map(account -> myCourses.confirmedRunsOf(account.getEmail()));
    }
}
