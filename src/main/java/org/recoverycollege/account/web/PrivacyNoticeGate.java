package org.recoverycollege.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.recoverycollege.account.control.PrivacyNotices;

/**
 * A signed-in person who has not accepted the privacy notice in force (a new version was published since
 * they last did) is sent to {@code /privacy/accept} before any page of their area, and brought back after.
 * The answer is kept in the session under the person's name, so the database is asked once per sign-in: a
 * version published meanwhile is shown at the next sign-in.
 */
@WebFilter(urlPatterns = {"/my/*", "/tutor/*", "/admin/*", "/certificate"})
public class PrivacyNoticeGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String ACCEPTED_BY = PrivacyNoticeGate.class.getName() + ".acceptedBy";

    @Inject
    private PrivacyNotices notices;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String name = request.getRemoteUser();
        if (name == null || accepted(request, name)) {
            chain.doFilter(request, response);
            return;
        }
        String back = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String target = request.getContextPath() + "/privacy/accept";
        if ("GET".equals(request.getMethod())) {
            target += "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
        }
        response.sendRedirect(target);
    }

    private boolean accepted(HttpServletRequest request, String name) {
        HttpSession session = request.getSession(false);
        if (session != null && name.equals(session.getAttribute(ACCEPTED_BY))) {
            return true;
        }
        if (!notices.hasAcceptedCurrent(name)) {
            return false;
        }
        request.getSession().setAttribute(ACCEPTED_BY, name);
        return true;
    }
}
