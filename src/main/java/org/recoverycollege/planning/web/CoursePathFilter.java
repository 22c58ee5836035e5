package org.recoverycollege.planning.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the readable address {@code /courses/<slug>} with the course page view {@code /course}, passing the slug as the
 * {@code slug} parameter (the view keeps its other parameters, such as {@code read=easy}).
 */
@WebFilter("/courses/*")
public class CoursePathFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "/courses/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String slug = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
        if (slug.matches("[a-z0-9-]{1,80}")) {
            request.getRequestDispatcher("/course?slug=" + slug)
                    .forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
