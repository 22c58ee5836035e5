package org.recoverycollege.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.util.Map;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recoverycollege.testing.IntegrationServers;
import org.recoverycollege.testing.Browser;
import org.recoverycollege.testing.WebClient;

/**
 * The foundation as a visitor meets it, on PostgreSQL with the demo college: each demo account signs
 * in and lands in its own area, areas are closed to the wrong roles, errors are friendly pages, and the
 * home page passes axe's WCAG 2.1 AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInAndAccessIT {

    private static final String PASSWORD = "demo-password";
    private static final String[] STACK_TRACE_MARKERS = {"Caused by", "at java.", "at org.", "at jakarta."};

    @ArquillianResource
    private URL base;

    @Test
    void eachDemoAccountSignsInToItsOwnArea() {
        try (Browser browser = new Browser(base)) {
            browser.signInAs("admin@example.org", PASSWORD);
            assertThat(browser.path()).isEqualTo("/admin/");
            assertThat(browser.heading()).isEqualTo("Dashboard");
            assertThat(browser.text()).contains("Published runs");
            browser.press("Sign out");
            assertThat(browser.heading()).isEqualTo("Find a course");

            browser.signInAs("tutor@example.org", PASSWORD);
            assertThat(browser.path()).isEqualTo("/tutor/");
            assertThat(browser.heading()).isEqualTo("My assignments");
            assertThat(browser.text()).contains("Jordan Ellis", "Offered to you");
            browser.press("Sign out");

            browser.signInAs("Student@Example.org", PASSWORD);
            assertThat(browser.path()).isEqualTo("/my/");
            assertThat(browser.heading()).isEqualTo("My courses");
            assertThat(browser.text()).contains("Place confirmed");
        }
    }

    @Test
    void signingInFromAProtectedPageReturnsToIt() {
        try (Browser browser = new Browser(base)) {
            browser.open("/admin/");
            assertThat(browser.heading()).isEqualTo("Sign in");
            browser.fillIn("E-mail address", "admin@example.org").fillIn("Password", PASSWORD).press("Sign in");
            assertThat(browser.heading()).isEqualTo("Dashboard");
            assertThat(browser.path()).isEqualTo("/admin/");
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAPlainMessage() {
        try (Browser browser = new Browser(base)) {
            browser.open("/sign-in").fillIn("E-mail address", "student@example.org")
                    .fillIn("Password", "not-the-password").press("Sign in");
            assertThat(browser.heading()).isEqualTo("Sign in");
            assertThat(browser.text()).contains("do not match an account");
        }
    }

    @Test
    void homePageListsTheOpenTermAndHasNoAccessibilityViolations() {
        try (Browser browser = new Browser(base)) {
            browser.open("/");
            assertThat(browser.heading()).isEqualTo("Find a course");
            assertThat(browser.text()).contains("course runs", "places left");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.open("/sign-in");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.open("/sign-up");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }

    @Test
    void theHomePageSpeaksPolishWhenAsked() {
        try (Browser browser = new Browser(base)) {
            browser.open("/").press("Polski");
            assertThat(browser.heading()).isEqualTo("Znajdź kurs");
            browser.press("English");
            assertThat(browser.heading()).isEqualTo("Find a course");
        }
    }

    @Test
    void anonymousVisitorsAreSentToSignInForEveryProtectedArea() {
        WebClient client = new WebClient(base);
        for (String area : new String[] {"/my/", "/tutor/", "/admin/"}) {
            HttpResponse<String> response = client.get(area);
            assertThat(WebClient.isRedirect(response)).as(area).isTrue();
            assertThat(client.location(response)).as(area).isEqualTo("/sign-in?next=" + area.replace("/", "%2F"));
        }
    }

    @Test
    void aStudentIsForbiddenFromAdministrationAndToldSoKindly() {
        WebClient client = new WebClient(base);
        HttpResponse<String> signedIn = client.signIn("student@example.org", PASSWORD);
        assertThat(client.location(signedIn)).isEqualTo("/my/");

        HttpResponse<String> admin = client.get("/admin/");
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(admin.body()).contains("This page is not available to you").doesNotContain(STACK_TRACE_MARKERS);
        assertThat(client.get("/tutor/").statusCode()).isEqualTo(403);
        assertThat(client.get("/my/").statusCode()).isEqualTo(200);
    }

    @Test
    void rolesAreReadFromTheDatabaseOnEveryRequest() throws Exception {
        WebClient client = new WebClient(base);
        String email = "roles-" + System.nanoTime() + "@example.org";
        HttpResponse<String> signedUp = client.submit(client.get("/sign-up"), "signUp", Map.of(
                "signUp:name", "Rowan Roles", "signUp:email", email,
                "signUp:password", "changing-roles-42", "signUp:relation", "OTHER",
                "signUp:privacyAccepted", "true"), "signUp:submit");
        assertThat(client.location(signedUp)).startsWith("/sign-in");
        assertThat(client.location(client.signIn(email, "changing-roles-42"))).isEqualTo("/my/");
        assertThat(client.get("/my/").statusCode()).isEqualTo(200);
        assertThat(client.get("/tutor/").statusCode()).isEqualTo(403);

        // what another instance (or an administrator) changes in the database applies to this session at once
        try (Connection db = IntegrationServers.connectToDatabase()) {
            db.createStatement().executeUpdate("INSERT INTO user_role (account_id, role_name)"
                    + " SELECT id, 'tutor' FROM user_account WHERE email = '" + email + "'");
            assertThat(client.get("/tutor/").statusCode()).isEqualTo(200);
            db.createStatement().executeUpdate("UPDATE user_account SET active = FALSE WHERE email = '" + email + "'");
        }
        HttpResponse<String> closed = client.get("/my/");
        assertThat(WebClient.isRedirect(closed)).isTrue();
        assertThat(client.location(closed)).startsWith("/sign-in");
    }

    @Test
    void unknownPagesGetAFriendlyNotFoundPage() {
        HttpResponse<String> response = new WebClient(base).get("/no-such-page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").doesNotContain(STACK_TRACE_MARKERS);
    }

    @Test
    void anonymousPagesCreateNoSession() {
        HttpResponse<String> home = new WebClient(base).get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void visitorsProspectusAndCoursePagesMayBeKeptBrieflyButSignedInPagesAreNot() throws Exception {
        WebClient visitor = new WebClient(base);
        HttpResponse<String> home = visitor.get("/");
        assertThat(home.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(home.headers().firstValue("Vary")).hasValueSatisfying(vary -> assertThat(vary).contains("Accept-Language", "Cookie"));
        String etag = home.headers().firstValue("ETag").orElseThrow();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> unchanged = http.send(HttpRequest.newBuilder(base.toURI().resolve("/"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        Matcher course = Pattern.compile("href=\"(/courses/[a-z0-9-]+)\"").matcher(home.body());
        assertThat(course.find()).isTrue();
        HttpResponse<String> coursePage = visitor.get(course.group(1));
        assertThat(coursePage.statusCode()).isEqualTo(200);
        assertThat(coursePage.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(coursePage.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));

        WebClient student = new WebClient(base);
        student.signIn("student@example.org", PASSWORD);
        HttpResponse<String> signedInHome = student.get("/");
        assertThat(signedInHome.statusCode()).isEqualTo(200);
        assertThat(signedInHome.headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
        assertThat(signedInHome.headers().firstValue("ETag")).isEmpty();
        assertThat(student.get(course.group(1)).headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
    }

    @Test
    void readinessReportsTheDatabase() {
        HttpResponse<String> health = new WebClient(base).get("/health/ready");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"", "UP")
                .contains(IntegrationServers.database().equals("h2") ? "H2" : "PostgreSQL");
    }
}
