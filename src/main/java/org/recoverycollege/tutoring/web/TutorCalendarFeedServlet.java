package org.recoverycollege.tutoring.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.recoverycollege.tutoring.control.TutorCalendar;

/**
 * {@code /calendar/tutor/<token>.ics}: a tutor's sessions for their calendar program, which cannot sign in;
 * the secret token is the key. An unknown or revoked token is simply not found.
 */
@WebServlet("/calendar/tutor/*")
public class TutorCalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String SUFFIX = ".ics";

    @Inject
    private TutorCalendar calendar;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<String> ics = path != null && path.endsWith(SUFFIX)
                ? calendar.feed(path.substring(1, path.length() - SUFFIX.length()))
                : Optional.empty();
        if (ics.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar;charset=UTF-8");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(ics.get().getBytes(StandardCharsets.UTF_8));
    }
}
