package org.recoverycollege.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recoverycollege.testing.IntegrationServers;
import org.recoverycollege.testing.ReceivedMail;
import org.recoverycollege.testing.WebClient;

/**
 * The security hardening of issue 10, as an outside check sees it over HTTP: headers, no advertised
 * versions, login CSRF, sign-in throttling, timing and sign-up that do not tell who has an account, and
 * a password reset that ends the account's other sessions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final String PASSWORD = "demo-password";

    @ArquillianResource
    private URL base;

    // ------------------------------------------------------------------ finding 6 and 12: headers

    @Test
    void everyPageCarriesTheSecurityHeadersAndAStrictScriptPolicy() {
        WebClient visitor = new WebClient(base);
        for (String path : new String[] {"/", "/sign-in", "/sign-up", "/no-such-page"}) {
            HttpResponse<String> page = visitor.get(path);
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            // served over plain http here: no HSTS, which only https may send
            assertThat(page.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
            List<String> policies = page.headers().allValues("Content-Security-Policy");
            assertThat(policies).as(path).hasSize(1);
            assertThat(policies.get(0)).as(path).contains("frame-ancestors 'none'", "object-src 'none'")
                    .containsPattern("script-src 'self' 'nonce-[^']+'").doesNotContain("unsafe-inline' 'nonce", "unsafe-eval");
            assertThat(scriptSrc(policies.get(0))).as(path).doesNotContain("unsafe-inline");
        }
        // every script on the page carries the page's nonce; no inline event handler is left
        HttpResponse<String> home = visitor.get("/");
        String nonce = nonceOf(home);
        Matcher scripts = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(home.body());
        while (scripts.find()) {
            assertThat(scripts.group()).contains("nonce=\"" + nonce + "\"");
        }
        assertThat(home.body()).doesNotContainPattern("\\son(click|change|submit|load)=\"");
    }

    @Test
    void signedInPagesAreNotStoredAndTheSessionCookieIsSameSite() {
        WebClient admin = new WebClient(base);
        HttpResponse<String> signedIn = admin.signIn("admin@example.org", PASSWORD);
        List<String> cookies = signedIn.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
        HttpResponse<String> dashboard = admin.get("/admin/");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(new WebClient(base).get("/").headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
    }

    @Test
    void neitherTheServerNorPrimeFacesSaysWhichVersionRuns() {
        WebClient visitor = new WebClient(base);
        HttpResponse<String> home = visitor.get("/");
        assertThat(home.headers().firstValue("Server")).isEmpty();
        assertThat(home.headers().firstValue("X-Powered-By")).isEmpty();
        assertThat(visitor.get("/no-such-page").headers().firstValue("Server")).isEmpty();
        assertThat(home.body()).contains("jakarta.faces.resource").doesNotContainPattern("[?&;]v=\\d");
        HttpResponse<String> admin = signedInAs("admin@example.org").get("/admin/");
        assertThat(admin.body()).contains("primefaces").doesNotContainPattern("[?&;](amp;)?v=\\d");
    }

    @Test
    void anonymousPagesOpenNoSessionWithTheScriptPolicyOn() {
        WebClient visitor = new WebClient(base);
        Matcher course = Pattern.compile("href=\"[^\"]*(/courses/[a-z0-9-]+)\"").matcher(visitor.get("/").body());
        assertThat(course.find()).as("a course on the prospectus").isTrue();
        for (String path : new String[] {"/", course.group(1), "/sign-in", "/sign-up", "/forgot-password", "/privacy"}) {
            HttpResponse<String> page = new WebClient(base).get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as(path)
                    .noneSatisfy(c -> assertThat(c).startsWith("JSESSIONID"));
            assertThat(WebClient.cspNonce(page)).as(path).isPresent();
        }
    }

    @Test
    void aFormPostedWithoutItsPagesNonceGetsTheExpiredPageNotAnError() {
        // PrimeFaces checks the nonce when it answers with a page (here: the wrong password's message)
        WebClient visitor = new WebClient(base);
        String nobody = "nobody-" + System.nanoTime() + "@example.org";
        for (String nonce : new String[] {"", "not-a-nonce", "%%%"}) {
            HttpResponse<String> posted = visitor.submit(visitor.get("/sign-in"), "signIn", Map.of("signIn:email",
                    nobody, "signIn:password", "not-the-password", WebClient.CSP_NONCE_PARAMETER, nonce),
                    "signIn:submit");
            assertThat(posted.statusCode()).as("nonce '%s'", nonce).isEqualTo(302);
            assertThat(visitor.location(posted)).isEqualTo("/errors/expired");
        }
        HttpResponse<String> expired = visitor.get("/errors/expired");
        assertThat(expired.statusCode()).isEqualTo(200);
        assertThat(expired.body()).contains("expired");
        // with the page's own nonce, as a browser posts it, the same mistake is a message on the page
        HttpResponse<String> own = visitor.signIn(nobody, "not-the-password");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("do not match an account");
    }

    // ------------------------------------------------------------------ finding 9: login CSRF

    @Test
    void anotherSiteCannotPostTheSignInSignUpOrPasswordForms() throws Exception {
        String email = "csrf-" + System.nanoTime() + "@example.org";
        WebClient visitor = new WebClient(base);
        for (String form : new String[] {"/sign-in", "/sign-up", "/forgot-password"}) {
            HttpResponse<String> foreign = visitor.post(form, Map.of("signUp:email", email, "signUp:name", "Eve",
                    "signUp:password", "eve-password-2024", "signUp:relation", "OTHER",
                    "signUp:privacyAccepted", "true", "signUp:submit", "x"),
                    Map.of("Origin", "https://evil.example"));
            assertThat(foreign.statusCode()).as(form).isEqualTo(403);
            HttpResponse<String> noOrigin = visitor.post(form, Map.of("signIn:email", "admin@example.org"), Map.of());
            assertThat(noOrigin.statusCode()).as(form).isEqualTo(403);
        }
        // a real sign-up from the site's own page passes (the client sends its Origin, as browsers do)
        HttpResponse<String> own = visitor.submit(visitor.get("/sign-up"), "signUp", Map.of("signUp:name", "Own Site",
                "signUp:email", email, "signUp:password", "own-site-password-77", "signUp:relation", "OTHER",
                "signUp:privacyAccepted", "true"), "signUp:submit");
        assertThat(visitor.location(own)).startsWith("/sign-in");
        assertThat(accountCount(email)).isEqualTo(1);
    }

    @Test
    void theLanguageChangesOnlyByAPostFromThisSite() throws Exception {
        WebClient student = signedInAs("student@example.org");
        assertThat(student.get("/language?lang=pl&return=/my/").statusCode()).isEqualTo(405);
        assertThat(languageOf("student@example.org")).isEqualTo("en");
        HttpResponse<String> foreign = student.post("/language", Map.of("lang", "pl", "return", "/my/"),
                Map.of("Origin", "https://evil.example"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(languageOf("student@example.org")).isEqualTo("en");

        HttpResponse<String> own = student.post("/language", Map.of("lang", "pl", "return", "/my/"),
                Map.of("Origin", student.origin()));
        try {
            assertThat(student.location(own)).isEqualTo("/my/");
            assertThat(languageOf("student@example.org")).isEqualTo("pl");
            assertThat(student.get("/my/").body()).contains("lang=\"pl\"");
        } finally {
            student.post("/language", Map.of("lang", "en", "return", "/"), Map.of("Origin", student.origin()));
        }
        assertThat(languageOf("student@example.org")).isEqualTo("en");
        // anonymous visitors switch without a session
        WebClient visitor = new WebClient(base);
        HttpResponse<String> anonymous = visitor.post("/language", Map.of("lang", "pl", "return", "/"),
                Map.of("Origin", visitor.origin()));
        assertThat(anonymous.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("rc-lang=pl"))
                .noneSatisfy(c -> assertThat(c).startsWith("JSESSIONID"));
    }

    // ------------------------------------------------------------------ finding 2: throttling

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsUntilTheWindowHasPassed() throws Exception {
        String email = newAccount("throttled");
        WebClient guesser = new WebClient(base);
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> wrong = guesser.signIn(email, "wrong-guess-" + attempt);
            assertThat(wrong.statusCode()).isEqualTo(200);
            assertThat(wrong.body()).contains("do not match an account");
        }
        WebClient owner = new WebClient(base);
        HttpResponse<String> refused = owner.signIn(email, "right-password-2024");
        assertThat(WebClient.isRedirect(refused)).isFalse();
        assertThat(refused.body()).contains("Too many attempts to sign in").containsPattern("try again in 1[45] minute");
        assertThat(owner.get("/my/").statusCode()).isEqualTo(302);

        // while throttled no password is hashed: a refusal costs far less than one wrong password did
        long throttled = median(LongStream.range(0, 3).map(i -> timed(() -> guesser.signIn(email, "still-wrong"))));
        String other = newAccount("unthrottled");
        long hashed = median(LongStream.range(0, 3).map(i -> timed(() -> new WebClient(base).signIn(other, "wrong-once"))));
        assertThat(throttled).as("throttled %d ms, hashed %d ms", throttled, hashed).isLessThan(hashed / 2);

        // the window passes (the failures are moved 16 minutes into the past): the owner signs in
        try (Connection db = database(); PreparedStatement age = db.prepareStatement(
                "UPDATE sign_in_failure SET failed_at = failed_at - INTERVAL '16' MINUTE WHERE email = ?")) {
            age.setString(1, email);
            assertThat(age.executeUpdate()).isGreaterThanOrEqualTo(5);
        }
        HttpResponse<String> later = owner.signIn(email, "right-password-2024");
        assertThat(owner.location(later)).isEqualTo("/my/");
        assertThat(owner.get("/my/").statusCode()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ finding 3: who has an account

    @Test
    void anUnknownAddressTakesAboutAsLongAsAWrongPassword() {
        String known = newAccount("timing");
        long wrongPassword = median(LongStream.range(0, 3).map(i -> timed(() -> new WebClient(base).signIn(known, "wrong-" + i))));
        long unknownAddress = median(LongStream.range(0, 3).map(i -> timed(() ->
                new WebClient(base).signIn("nobody-" + System.nanoTime() + "@example.org", "wrong-" + i))));
        assertThat(unknownAddress).as("unknown %d ms, known %d ms", unknownAddress, wrongPassword)
                .isGreaterThan(wrongPassword / 2);
    }

    @Test
    void signingUpWithAnExistingAddressRepliesAsForANewOneAndMailsTheOwner() throws Exception {
        String existing = newAccount("existing");
        WebClient stranger = new WebClient(base);
        HttpResponse<String> again = stranger.submit(stranger.get("/sign-up"), "signUp", Map.of("signUp:name", "Someone Else",
                "signUp:email", existing, "signUp:password", "another-password-99", "signUp:relation", "OTHER",
                "signUp:privacyAccepted", "true"), "signUp:submit");
        String fresh = "fresh-" + System.nanoTime() + "@example.org";
        WebClient newcomer = new WebClient(base);
        HttpResponse<String> created = newcomer.submit(newcomer.get("/sign-up"), "signUp", Map.of("signUp:name", "Fresh Face",
                "signUp:email", fresh, "signUp:password", "fresh-password-99", "signUp:relation", "OTHER",
                "signUp:privacyAccepted", "true"), "signUp:submit");

        assertThat(again.statusCode()).isEqualTo(created.statusCode()).isEqualTo(302);
        assertThat(stranger.location(again).replaceAll("notice=[^&]*", "notice")).isEqualTo(newcomer.location(created).replaceAll("notice=[^&]*", "notice")).startsWith("/sign-in");
        String replyToStranger = stranger.get(stranger.location(again)).body();
        String replyToNewcomer = newcomer.get(newcomer.location(created)).body();
        assertThat(replyToStranger).contains("please check your e-mail").doesNotContain("already an account");
        assertThat(replyToNewcomer).contains("please check your e-mail");

        assertThat(ReceivedMail.textOf(ReceivedMail.to(existing, "Someone tried to sign up with your e-mail address")))
                .contains("already has an account", "/sign-in", "/forgot-password");
        assertThat(ReceivedMail.textOf(ReceivedMail.to(fresh, "Welcome to the Recovery College"))).contains("/sign-in");
        // the existing account is unchanged: its own password still works, the stranger's does not
        assertThat(WebClient.isRedirect(new WebClient(base).signIn(existing, "another-password-99"))).isFalse();
        WebClient owner = new WebClient(base);
        assertThat(owner.location(owner.signIn(existing, "right-password-2024"))).isEqualTo("/my/");
    }

    // ------------------------------------------------------------------ finding 4: other sessions end

    @Test
    void aPasswordResetSignsOutTheAccountsOtherSessions() throws Exception {
        String email = newAccount("reset");
        WebClient laptop = new WebClient(base);
        WebClient phone = new WebClient(base);
        assertThat(laptop.location(laptop.signIn(email, "right-password-2024"))).isEqualTo("/my/");
        assertThat(phone.location(phone.signIn(email, "right-password-2024"))).isEqualTo("/my/");
        assertThat(phone.get("/my/").statusCode()).isEqualTo(200);

        HttpResponse<String> asked = laptop.submit(laptop.get("/forgot-password"), "forgot",
                Map.of("forgot:email", email), "forgot:submit");
        assertThat(asked.statusCode()).isLessThan(400);
        String link = linkIn(ReceivedMail.textOf(ReceivedMail.to(email, "Choose a new password")));
        HttpResponse<String> resetPage = laptop.get(link);
        HttpResponse<String> reset = laptop.submit(resetPage, "reset", Map.of("reset:password", "brand-new-password-31"),
                "reset:submit");
        assertThat(laptop.location(reset)).startsWith("/sign-in");

        HttpResponse<String> phoneAfter = phone.get("/my/");
        assertThat(WebClient.isRedirect(phoneAfter)).isTrue();
        assertThat(phone.location(phoneAfter)).startsWith("/sign-in");
        assertThat(laptop.get("/my/").statusCode()).isEqualTo(302);
        WebClient again = new WebClient(base);
        assertThat(again.location(again.signIn(email, "brand-new-password-31"))).isEqualTo("/my/");
    }

    // ------------------------------------------------------------------ helpers

    /** A new student account with the password right-password-2024, created from the sign-up page. */
    private String newAccount(String tag) {
        String email = tag + "-" + System.nanoTime() + "@example.org";
        WebClient client = new WebClient(base);
        HttpResponse<String> signedUp = client.submit(client.get("/sign-up"), "signUp", Map.of("signUp:name", "Sam " + tag,
                "signUp:email", email, "signUp:password", "right-password-2024", "signUp:relation", "OTHER",
                "signUp:privacyAccepted", "true"), "signUp:submit");
        assertThat(client.location(signedUp)).startsWith("/sign-in");
        return email;
    }

    private WebClient signedInAs(String email) {
        WebClient client = new WebClient(base);
        assertThat(WebClient.isRedirect(client.signIn(email, PASSWORD))).isTrue();
        return client;
    }

    private static String scriptSrc(String policy) {
        return Arrays.stream(policy.split(";")).map(String::strip).filter(d -> d.startsWith("script-src")).findFirst().orElse("");
    }

    private static String nonceOf(HttpResponse<String> page) {
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(nonce.find()).isTrue();
        return nonce.group(1);
    }

    private static long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private static long median(LongStream values) {
        long[] sorted = values.sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static Connection database() throws Exception {
        return IntegrationServers.connectToDatabase();
    }

    private static long accountCount(String email) throws Exception {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(
                "SELECT COUNT(*) FROM user_account WHERE email = ?")) {
            query.setString(1, email);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String languageOf(String email) throws Exception {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(
                "SELECT preferred_language FROM user_account WHERE email = ?")) {
            query.setString(1, email);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static String linkIn(String text) {
        Matcher link = Pattern.compile("https?://\\S+(/reset-password\\?token=\\S+)").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group(1);
    }

}
