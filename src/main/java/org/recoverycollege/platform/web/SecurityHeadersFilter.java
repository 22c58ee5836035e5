package org.recoverycollege.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Security headers on every response. The Content-Security-Policy of Faces pages comes from PrimeFaces'
 * CSP mode ({@code primefaces.CSP} and {@code primefaces.CSP_POLICY} in web.xml), which gives every
 * page a fresh nonce, puts it on the page's scripts and moves inline event handlers into them, so the
 * policy forbids every other inline script. A response that no Faces page wrote (a servlet's redirect
 * or error) gets {@link #FALLBACK_POLICY}. Signed-in pages are never stored by the browser or a proxy
 * ({@code Cache-Control: no-store}); HSTS is sent only when the request came over https (directly or,
 * with the scheme mapping in server-config, through the load balancer).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";
    static final String FALLBACK_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (request.isSecure() || "https".equalsIgnoreCase(request.getScheme())) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (signedIn(request) && !request.getRequestURI().contains(RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, new FallbackPolicy(response));
    }

    private static boolean signedIn(HttpServletRequest request) {
        return request.getUserPrincipal() != null || request.getRequestedSessionId() != null && request.getSession(false) != null;
    }

    /** Adds the fallback policy to an HTML (or empty) response that has none when its first byte is written. */
    private static final class FallbackPolicy extends HttpServletResponseWrapper {

        FallbackPolicy(HttpServletResponse response) {
            super(response);
        }

        private void ensurePolicy() {
            String type = getContentType();
            if (!isCommitted() && !containsHeader(CSP) && (type == null || type.startsWith("text/html"))) {
                setHeader(CSP, FALLBACK_POLICY);
            }
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            ensurePolicy();
            return super.getWriter();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            ensurePolicy();
            return super.getOutputStream();
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            ensurePolicy();
            super.sendRedirect(location);
        }

        @Override
        public void flushBuffer() throws IOException {
            ensurePolicy();
            super.flushBuffer();
        }
    }
}
