package org.recoverycollege.account.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

/**
 * Login CSRF: the sign-in, sign-up and password forms are stateless (no session, so no view-state secret
 * ties them to the visitor) and the language switch changes a signed-in account. A POST to them is
 * accepted only from this site's own pages: its {@code Origin} header (every current browser sends it on
 * a POST), or without one its {@code Referer}, must name this site. Anything else gets 403 and changes
 * nothing. The session cookie is also {@code SameSite=Lax} (web.xml), so another site's POST never
 * carries it.
 */
@WebFilter(urlPatterns = {"/sign-in", "/sign-in.xhtml", "/sign-up", "/sign-up.xhtml", "/forgot-password",
    "/forgot-password.xhtml", "/reset-password", "/reset-password.xhtml", "/language"})
public class SameSiteFormFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String FORBIDDEN_PAGE = "/errors/forbidden.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equalsIgnoreCase(request.getMethod()) && !fromThisSite(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            // shown as a plain GET: a forged form carries a view state, and Faces would take the error page
            // for a post-back of itself (and fail on its missing CSP nonce)
            request.getRequestDispatcher(FORBIDDEN_PAGE).forward(new PlainGet(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromThisSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String source = origin != null ? origin : request.getHeader("Referer");
        if (source == null || source.isBlank() || "null".equals(source)) {
            return false;
        }
        try {
            URI uri = new URI(source.strip());
            String host = request.getHeader("Host");
            return uri.getScheme() != null && uri.getRawAuthority() != null && host != null
                    && uri.getRawAuthority().equalsIgnoreCase(host)
                    && uri.getScheme().toLowerCase(Locale.ROOT).equals(request.getScheme().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    /** The refused request as a GET without parameters, so nothing of the forged form reaches a page. */
    private static final class PlainGet extends HttpServletRequestWrapper {

        PlainGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
