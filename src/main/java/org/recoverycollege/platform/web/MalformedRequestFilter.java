package org.recoverycollege.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers a request whose form body cannot be read (a broken multipart body, say, posted to
 * {@code /sign-in}) with HTTP 400 and the "bad request" page, instead of letting the parse fail inside
 * Faces as an HTTP 500. No page of the college takes file uploads; the check reads the parts only for
 * multipart requests, so ordinary requests pass untouched.
 */
@WebFilter(urlPatterns = "/*")
public class MalformedRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(MalformedRequestFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            try {
                request.getParts();
                request.getParameterMap();
            } catch (IOException | ServletException | RuntimeException e) {
                LOG.log(Level.FINE, "Unreadable multipart request to {0}: {1}",
                        new Object[] {request.getRequestURI(), e.toString()});
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
