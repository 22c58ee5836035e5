package org.recoverycollege.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.recoverycollege.testing.Browser;
import org.recoverycollege.testing.UntranslatedTexts;

/**
 * Every page every person reaches, in every language: each person signs in, follows every link of
 * their area's navigation and every same-area link on the pages found, opening the first item of
 * every list and table (a bounded crawl; never signing out, downloading or switching language on the
 * way). Every page must answer without a server error, must not be one of the error pages, must break
 * no axe WCAG 2.1 AA rule, and in Polish must show no text left in English. All failures are collected
 * and reported together, with the page's address. The main page of each area is saved as a
 * screenshot at 1280 and 360 pixels wide in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageSweepIT {

    private static final String PASSWORD = "demo-password";
    private static final int MAX_PAGES_PER_SWEEP = 60;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Addresses that download, switch language or belong to another system: never followed. */
    private static final List<String> NOT_FOLLOWED = List.of("/language", "/admin/export", "/my/data.json",
            "/my/calendar/", "/calendar/", "/sign-out", "/javax.faces.resource", "/jakarta.faces.resource");

    enum Person {
        ANONYMOUS(null, "public", "/", path -> !path.startsWith("/my/") && !path.startsWith("/tutor/")
                && !path.startsWith("/admin/") && !path.startsWith("/errors/")),
        STUDENT("student@example.org", "student", "/my/", path -> path.startsWith("/my/")
                || path.startsWith("/courses/") || path.equals("/")),
        TUTOR("tutor@example.org", "tutor", "/tutor/", path -> path.startsWith("/tutor/")),
        ADMINISTRATOR("admin@example.org", "admin", "/admin/", path -> path.startsWith("/admin/"));

        final String email;
        final String area;
        final String home;
        final Predicate<String> inArea;

        Person(String email, String area, String home, Predicate<String> inArea) {
            this.email = email;
            this.area = area;
            this.home = home;
            this.inArea = inArea;
        }
    }

    @ArquillianResource
    private URL base;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    static Stream<String> languages() {
        // -Drecoverycollege.sweep.languages=en sweeps one language only, e.g. while looking for server errors
        return Stream.of(System.getProperty("recoverycollege.sweep.languages", "en,pl").split(",")).map(String::strip);
    }

    /**
     * Two people sweep at once, each in a browser of their own, as the site is used: the administrator's area
     * (the largest) in one, the others one after another in the second. Every person's problems are reported
     * together.
     */
    @ParameterizedTest(name = "everyone in {0}")
    @MethodSource("languages")
    void everyPageOfEveryAreaWorks(String language) throws Exception {
        ExecutorService twoPeople = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> administrator = twoPeople.submit(() -> sweep(Person.ADMINISTRATOR, language));
            Future<List<String>> others = twoPeople.submit(() -> Stream.of(Person.ANONYMOUS, Person.STUDENT, Person.TUTOR)
                    .flatMap(person -> sweep(person, language).stream()).toList());
            List<String> problems = new ArrayList<>(administrator.get());
            problems.addAll(others.get());
            assertThat(problems).withFailMessage(() -> String.join("\n", problems)).isEmpty();
        } finally {
            twoPeople.shutdownNow();
        }
    }

    /** One person's sweep: what went wrong, one report per person with problems (empty when none). */
    private List<String> sweep(Person person, String language) {
        try (Browser browser = new Browser(base)) {
            if (person.email != null) {
                browser.signInAs(person.email, PASSWORD);
            }
            browser.open(person.home).chooseLanguage(language);
            return crawl(person, language, browser);
        }
    }

    private List<String> crawl(Person person, String language, Browser browser) {
        String siteBase = base.toExternalForm().replaceAll("/$", "");
        Set<String> errorTitles = errorTitles();
        UntranslatedTexts untranslated = "en".equals(language) ? null : new UntranslatedTexts(language);

        Map<String, List<String>> failures = new LinkedHashMap<>();
        Map<String, Integer> untranslatedPerPage = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>();
        toVisit.add(person.home);
        seen.add(shape(person.home));
        int visited = 0;
        try {
            while (!toVisit.isEmpty() && visited < MAX_PAGES_PER_SWEEP) {
                String path = toVisit.poll();
                visited++;
                List<String> problems = new ArrayList<>();

                try {
                    int status = statusOf(siteBase, path, browser);
                    if (status >= 500) {
                        problems.add("HTTP " + status);
                    }
                    browser.open(path);
                    String heading = headingOf(browser);
                    if (errorTitles.contains(heading)) {
                        problems.add("error page \u201c" + heading + "\u201d");
                    }
                    String violations = browser.accessibilityViolations();
                    if (!violations.isEmpty()) {
                        problems.add("axe WCAG 2.1 AA:\n      " + violations.replace("\n", "\n      "));
                    }
                    if (untranslated != null) {
                        Set<String> english = untranslated.in(shownTexts(browser));
                        untranslatedPerPage.put(path, english.size());
                        if (!english.isEmpty()) {
                            problems.add(english.size() + " untranslated text(s):\n      "
                                    + String.join("\n      ", english));
                        }
                    }
                    if (path.equals(person.home) && "en".equals(language)) {
                        saveScreenshots(browser, person.area);
                    }
                    for (String link : linksToFollow(browser, siteBase)) {
                        if (person.inArea.test(pathOnly(link)) && NOT_FOLLOWED.stream().noneMatch(link::startsWith)
                                && seen.add(shape(link))) {
                            toVisit.add(link);
                        }
                    }
                } catch (RuntimeException e) {
                    // a page the browser could not finish (a timeout, a script error) is a failure, not the end
                    problems.add("could not be checked: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                }
                if (!problems.isEmpty()) {
                    failures.put(path, problems);
                    System.out.printf("Page sweep %s in %s: %s%s%n    %s%n", person, language, siteBase, path,
                            String.join("\n    ", problems));
                }
            }
        } finally {
            if (!"en".equals(language)) {
                browser.open("/").chooseLanguage("en"); // the demo account keeps its language: give it back
            }
        }
        System.out.printf("Page sweep %s in %s: %d pages (%d more not visited)%n", person, language, visited,
                toVisit.size());
        untranslatedPerPage.forEach((page, count) -> System.out.printf("  untranslated texts on %s: %d%n", page, count));

        if (failures.isEmpty()) {
            return List.of();
        }
        return List.of("Page sweep " + person + " in " + language + " found problems on " + failures.size() + " of "
                + visited + " pages:\n" + failures.entrySet().stream()
                        .map(e -> "  " + siteBase + e.getKey() + "\n    " + String.join("\n    ", e.getValue()))
                        .collect(Collectors.joining("\n")));
    }

    /** The status the server answers this address with, asked with the browser's cookies (following redirects). */
    private static int statusOf(String siteBase, String path, Browser browser) {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        String target = siteBase + path;
        try {
            for (int hops = 0; hops < 5; hops++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).GET()
                        .header("Accept", "text/html");
                if (!cookies.isEmpty()) {
                    request.header("Cookie", cookies);
                }
                HttpResponse<Void> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 != 3) {
                    return response.statusCode();
                }
                target = URI.create(target).resolve(response.headers().firstValue("Location").orElseThrow()).toString();
            }
            return 310;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String headingOf(Browser browser) {
        Object heading = ((JavascriptExecutor) browser.driver()).executeScript(
                "var h = document.querySelector('h1'); return h ? h.innerText.replace(/\\s+/g, ' ').trim() : '';");
        return String.valueOf(heading);
    }

    /**
     * The links on the page worth following: every link outside the main content (navigation), and in
     * the main content every link except those in the second and later items of a list, table or set of
     * cards. Addresses come back as paths with their query, without fragments.
     */
    @SuppressWarnings("unchecked")
    private static List<String> linksToFollow(Browser browser, String siteBase) {
        List<String> hrefs = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                var main = document.querySelector('main');
                function firstOfItsKind(el) {
                  for (var node = el.parentElement; node && node !== main; node = node.parentElement) {
                    var item = node.matches('li, tr, article, .card, dd');
                    if (!item) continue;
                    // an earlier sibling of the same kind: usually the very previous one, so long lists stay cheap
                    for (var before = node.previousElementSibling; before; before = before.previousElementSibling) {
                      if (before.tagName === node.tagName && before.className === node.className) return false;
                    }
                  }
                  return true;
                }
                return Array.from(document.querySelectorAll('a[href]'))
                    .filter(a => !a.hasAttribute('download'))
                    .filter(a => !main || !main.contains(a) || firstOfItsKind(a))
                    .map(a => a.href);
                """);
        List<String> paths = new ArrayList<>();
        for (String href : hrefs) {
            if (!href.startsWith(siteBase + "/")) {
                continue; // another site, mailto:, the online session's link
            }
            String path = href.substring(siteBase.length()).replaceAll("#.*$", "");
            if (!path.isEmpty()) {
                paths.add(path);
            }
        }
        return paths;
    }

    private static String pathOnly(String link) {
        int query = link.indexOf('?');
        return query < 0 ? link : link.substring(0, query);
    }

    /** Pages that differ only in the numbers of their address (another id, another month) are one shape. */
    private static String shape(String link) {
        return link.replaceAll("[0-9]+", "#");
    }

    /**
     * What a person perceives of the page: each visible element's text and its own text pieces, the
     * labels of buttons and fields, accessible names and the title.
     */
    @SuppressWarnings("unchecked")
    private static List<String> shownTexts(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                var texts = [];
                var pageLanguage = document.documentElement.lang.split('-')[0];
                // text marked as another language (a person's own mail, an untranslated course) is content, not the UI:
                // skip such elements, and the whole text of the elements around them (their own pieces still count)
                function inAnotherLanguage(el) {
                  var marked = el.closest('[lang]');
                  return marked && marked.lang && marked.lang.split('-')[0] !== pageLanguage;
                }
                var aroundAnotherLanguage = new Set();
                document.querySelectorAll('[lang]').forEach(function (part) {
                  if (part !== document.documentElement && inAnotherLanguage(part)) {
                    for (var around = part.parentElement; around; around = around.parentElement) aroundAnotherLanguage.add(around);
                  }
                });
                var title = document.title.split(' | ')[0];
                if (title) texts.push(title);
                function visible(el) {
                  var style = getComputedStyle(el);
                  return style.display !== 'none' && style.visibility !== 'hidden' && el.getClientRects().length > 0;
                }
                document.querySelectorAll('body *').forEach(function (el) {
                  if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)) return;
                  if (!visible(el) && !el.classList.contains('visually-hidden')) return;
                  if (inAnotherLanguage(el)) return;
                  var text = (el.innerText || '').trim();
                  if (text && text.length < 1000 && !aroundAnotherLanguage.has(el)) texts.push(text);
                  el.childNodes.forEach(function (n) {
                    if (n.nodeType === 3 && n.textContent.trim()) texts.push(n.textContent);
                  });
                  ['aria-label', 'title', 'placeholder', 'alt'].forEach(function (a) {
                    if (el.getAttribute(a)) texts.push(el.getAttribute(a));
                  });
                  if (el.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(el.type) && el.value) {
                    texts.push(el.value);
                  }
                });
                return texts;
                """);
    }

    private static void saveScreenshots(Browser browser, String area) {
        String database = System.getProperty("recoverycollege.it.db", "");
        if (database.isBlank() || database.startsWith("${")) {
            database = "postgresql";
        }
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int width : new int[] {1280, 360}) {
            browser.fullPageScreenshot(width, SCREENSHOTS.resolve(area + "-" + width + "-" + database + ".png"));
        }
    }

    /** The headings of the error pages (not found, forbidden, expired, general) in every language. */
    private static Set<String> errorTitles() {
        Set<String> titles = new HashSet<>();
        for (String bundle : List.of("i18n/messages.properties", "i18n/messages_pl.properties")) {
            Properties properties = new Properties();
            try (InputStream in = PageSweepIT.class.getClassLoader().getResourceAsStream(bundle)) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            properties.stringPropertyNames().stream()
                    .filter(key -> key.startsWith("error.") && key.endsWith(".title"))
                    .map(properties::getProperty)
                    .forEach(titles::add);
        }
        return titles;
    }
}
