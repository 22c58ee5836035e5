package org.recoverycollege.account.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Login CSRF: the sign-in, sign-up and password forms (and the public staff referral form) are stateless (no session, so no view-state secret
 * ties them to the visitor) and the language switch changes a signed-in account. A POST to them is
 * accepted only from this site's own pages: its {@code Origin} header (every current browser sends it on
 * a POST), or without one its {@code Referer}, must name this site. Anything else gets 403 and changes
 * nothing. The session cookie is also {@code SameSite=Lax} (web.xml), so another site's POST never
 * carries it.
 */
@WebFilter(urlPatterns = {"/sign-in", "/sign-in.xhtml", "/sign-up", "/sign-up.xhtml", "/forgot-password",
    "/forgot-password.xhtml", "/reset-password", "/reset-password.xhtml", "/language",
    "/refer", "/refer.xhtml"})
public class SameSiteFormFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equalsIgnoreCase(request.getMethod()) && !fromThisSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
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
}
