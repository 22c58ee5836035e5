package org.recoverycollege.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client with its own cookies, for tests that check status codes and redirects the browser
 * would hide. It submits Faces forms the way a browser does: hidden fields (view state) plus the ones
 * given, and the Content-Security-Policy nonce that PrimeFaces' script ({@code PrimeFaces.csp.init('...')})
 * adds to every form in a browser.
 */
public final class WebClient {

    private static final Pattern HIDDEN_INPUT = Pattern.compile(
            "<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"[^>]*>");
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    /** The parameter PrimeFaces' script adds to every form it finds, as the browser then posts it. */
    public static final String CSP_NONCE_PARAMETER = "primefaces.nonce";

    private final HttpClient http;
    private final String base;

    public WebClient(URL base) {
        this(base.toExternalForm(), HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build());
    }

    private WebClient(String base, HttpClient http) {
        this.base = base.replaceAll("/$", "");
        this.http = http;
    }

    /** The same person (the same cookies, so the same session) on another instance of the application. */
    public WebClient on(URL otherBase) {
        return new WebClient(otherBase.toExternalForm(), http);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** GET of a file (a PDF, say) as bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET that follows redirects within the site, as a browser would. */
    public HttpResponse<String> browse(String path) {
        HttpResponse<String> response = get(path);
        for (int hops = 0; hops < 5 && isRedirect(response); hops++) {
            response = get(location(response));
        }
        return response;
    }

    /** Posts the form with this id from the page, its hidden fields plus the named fields and button. */
    public HttpResponse<String> submit(HttpResponse<String> page, String formId, Map<String, String> fields,
            String buttonName) {
        String body = page.body();
        int start = body.indexOf("id=\"" + formId + "\"");
        if (start < 0) {
            throw new IllegalStateException("No form " + formId + " on " + page.uri());
        }
        int end = body.indexOf("</form>", start);
        Map<String, String> values = new LinkedHashMap<>();
        Matcher hidden = HIDDEN_INPUT.matcher(body.substring(start, end));
        while (hidden.find()) {
            values.put(hidden.group(1), htmlUnescape(hidden.group(2)));
        }
        cspNonce(page).ifPresent(nonce -> values.put(CSP_NONCE_PARAMETER, nonce));
        values.putAll(fields);
        values.put(buttonName, buttonName);
        String form = values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String action = page.uri().getPath();
        return send(HttpRequest.newBuilder(page.uri().resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin(page.uri())) // as a browser does on every POST
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /** The page's Content-Security-Policy nonce, as PrimeFaces' script on the page reads it. */
    public static Optional<String> cspNonce(HttpResponse<String> page) {
        Matcher init = CSP_NONCE.matcher(page.body());
        return init.find() ? Optional.of(javaScriptUnescape(htmlUnescape(init.group(1)))) : Optional.empty();
    }

    /** A plain form POST with the given headers (none added: no Origin unless given). */
    public HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> headers) {
        String form = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** This site's origin (scheme, host and port), as a browser sends it in the Origin header. */
    public String origin() {
        return origin(URI.create(base + "/"));
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** Signs in through the real sign-in page; returns the response to the form post. */
    public HttpResponse<String> signIn(String email, String password) {
        HttpResponse<String> page = get("/sign-in");
        return submit(page, "signIn", Map.of("signIn:email", email, "signIn:password", password), "signIn:submit");
    }

    public static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() / 100 == 3;
    }

    /** The redirect's target as a path (with its query) inside the site. */
    public String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        if (!location.startsWith("http")) {
            return location;
        }
        URI uri = URI.create(location);
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Undoes PrimeFaces' JavaScript string encoding of the nonce ({@code \\/}, {@code \\x2b}). */
    private static String javaScriptUnescape(String value) {
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 3 < value.length() && value.charAt(i + 1) == 'x') {
                plain.append((char) Integer.parseInt(value.substring(i + 2, i + 4), 16));
                i += 3;
            } else if (c == '\\' && i + 1 < value.length()) {
                plain.append(value.charAt(++i));
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private static String htmlUnescape(String value) {
        return value.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#58;", ":");
    }
}
