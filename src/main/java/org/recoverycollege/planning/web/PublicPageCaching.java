package org.recoverycollege.planning.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recoverycollege.account.web.Languages;
import org.recoverycollege.platform.web.RedirectNotices;

/**
 * Lets a reverse proxy keep the prospectus ({@code /}) and the course pages ({@code /courses/<slug>}) for a
 * minute, and lets a browser ask again with {@code If-None-Match}: only a visitor's GET that ended without
 * an HTTP session, a signed-in caller or a notice, answered 200 with no cache header of its own, gets
 * {@code Cache-Control: public, max-age=60}, {@code Vary: Accept-Language, Cookie} (the language comes from
 * either) and an {@code ETag} of the page's bytes. Everything else passes untouched: pages of signed-in
 * people are never marked cacheable here.
 *
 * <p>The same anonymous page is also kept in this instance for {@code app.public-pages.cache-seconds}
 * (10 by default) and served again without rendering ({@link PublicPageCache}), with a fresh nonce.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class PublicPageCaching extends HttpFilter {

    static final String CACHE_CONTROL = "public, max-age=60";
    private static final long serialVersionUID = 1L;
    private static final String DONE = PublicPageCaching.class.getName();
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    /** Seconds a rendered anonymous page is served again without rendering; 0 renders every request. */
    @Inject
    @ConfigProperty(name = "app.public-pages.cache-seconds", defaultValue = "10")
    private int cacheSeconds;

    private transient PublicPageCache cache;

    @Override
    public void init() {
        cache = new PublicPageCache(Duration.ofSeconds(cacheSeconds));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || request.getAttribute(DONE) != null || !isPublicPage(request)
                || request.getParameter(RedirectNotices.PARAMETER) != null || isSignedIn(request)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(DONE, Boolean.TRUE);
        String key = cacheKey(request);
        Optional<PublicPageCache.Page> kept = cache.enabled() ? cache.fresh(key, System.nanoTime()) : Optional.empty();
        if (kept.isPresent()) {
            kept.get().headers().forEach(response::setHeader);
            response.setHeader("Age", String.valueOf(kept.get().ageSeconds(System.nanoTime())));
            send(request, response, kept.get().body(), kept.get().headers().get("ETag"));
            return;
        }
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.bytes();
        if (body.length == 0) {
            return; // a redirect or an error page the container writes itself
        }
        String etag = null;
        if (buffered.getStatus() == HttpServletResponse.SC_OK && !response.isCommitted()
                && !response.containsHeader("Cache-Control") && !isSignedIn(request)) {
            etag = "\"" + digest(withoutNonce(body, response)) + "\"";
            response.setHeader("Cache-Control", CACHE_CONTROL);
            response.setHeader("Vary", "Accept-Language, Cookie");
            response.setHeader("ETag", etag);
            if (cache.enabled() && !response.containsHeader("Set-Cookie")) {
                cache.keep(key, body, pageHeaders(response), System.nanoTime());
            }
        }
        send(request, response, body, etag);
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, byte[] body, String etag)
            throws IOException {
        String asked = request.getHeader("If-None-Match");
        if (etag != null && asked != null && (asked.contains(etag) || asked.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (!response.isCommitted()) {
            response.setContentLength(body.length);
        }
        response.getOutputStream().write(body);
    }

    /** The same address in the same languages (interface, and course texts chosen) is the same page. */
    private static String cacheKey(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query) + "|" + Languages.resolve(request).toLanguageTag()
                + "|" + Languages.chosen(request).orElse("");
    }

    /** What a kept copy must say again: its type, language, policy and caching headers. */
    private static Map<String, String> pageHeaders(HttpServletResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of("Content-Type", "Content-Language", PublicPageCache.CONTENT_SECURITY_POLICY,
                "Cache-Control", "Vary", "ETag")) {
            String value = response.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        if (!headers.containsKey("Content-Type") && response.getContentType() != null) {
            headers.put("Content-Type", response.getContentType());
        }
        return headers;
    }

    private static boolean isSignedIn(HttpServletRequest request) {
        return request.getSession(false) != null || request.getUserPrincipal() != null;
    }

    /** The prospectus and the course pages, under the addresses they are served at (and forwarded to). */
    static boolean isPublicPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/") || path.equals("/index") || path.equals("/index.xhtml")
                || path.startsWith("/courses/") || path.equals("/course") || path.equals("/course.xhtml");
    }

    /**
     * The page without its Content-Security-Policy nonce, which is new on every response: a cached copy keeps
     * its own header and body together, so the same page with another nonce is still the same page.
     */
    private static byte[] withoutNonce(byte[] body, HttpServletResponse response) {
        Matcher nonce = NONCE.matcher(String.valueOf(response.getHeader("Content-Security-Policy")));
        if (!nonce.find()) {
            return body;
        }
        return new String(body, StandardCharsets.UTF_8).replace(nonce.group(1), "").getBytes(StandardCharsets.UTF_8);
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the page in memory until it is complete, so its headers can still be set from its bytes. */
    private static final class BufferedResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;

        BufferedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(buffer, charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int length) {
            // set from the complete page
        }

        @Override
        public void setContentLengthLong(long length) {
            // set from the complete page
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        @Override
        public void reset() {
            super.reset();
            buffer.reset();
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }
    }
}
