package org.recoverycollege.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recoverycollege.testing.IntegrationServers;
import org.recoverycollege.testing.WebClient;

/**
 * What an outside check fuzzed, as the project's own test: over-long, malformed, script-like and empty
 * values on the forms of every area (public, student, tutor, administration) give a message on the page
 * and never a 5xx, and nothing is stored (checked in the database). Also: an expired or forged view
 * state gives the "page has expired" page, weak passwords are refused with advice, reset links to one
 * address are limited, and a draft run reads as not found.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    private static final String PASSWORD = "demo-password";
    private static final String ADMIN = "admin@example.org";
    private static final String STUDENT = "student@example.org";
    private static final String TUTOR = "tutor@example.org";
    private static final String SCRIPT = "<script>alert(document.domain)</script>";
    private static final String SORRY = "Sorry, something went wrong";

    @ArquillianResource
    private URL base;

    @Test
    void publicFormsRefuseBadValuesWithAMessageAndStoreNothing() throws SQLException {
        WebClient client = new WebClient(base);
        String tag = UUID.randomUUID().toString().substring(0, 8);

        String longNameEmail = "long-" + tag + "@example.org";
        HttpResponse<String> longName = post(client, client.get("/sign-up"), "signUp", Map.of("signUp:name",
                "N".repeat(10_000), "signUp:email", longNameEmail, "signUp:password", "river-lantern-81-mosaic",
                "signUp:relation", "OTHER", "signUp:privacyAccepted", "true"), "signUp:submit");
        assertRefused(longName, "Please use at most 120 characters.");
        assertThat(count("SELECT COUNT(*) FROM user_account WHERE email = ?", longNameEmail)).isZero();

        String scriptEmail = SCRIPT + "@example.org";
        HttpResponse<String> scriptAddress = post(client, client.get("/sign-up"), "signUp", Map.of("signUp:name",
                "Sam " + tag, "signUp:email", scriptEmail, "signUp:password", "river-lantern-81-mosaic",
                "signUp:relation", "OTHER", "signUp:privacyAccepted", "true"), "signUp:submit");
        assertRefused(scriptAddress, "Please enter an e-mail address like name@example.org.");
        assertThat(scriptAddress.body()).doesNotContain(SCRIPT);
        assertThat(count("SELECT COUNT(*) FROM user_account WHERE email LIKE ?", "%script%")).isZero();

        HttpResponse<String> empty = post(client, client.get("/sign-up"), "signUp", Map.of("signUp:name", "",
                "signUp:email", "", "signUp:password", ""), "signUp:submit");
        assertRefused(empty, "Please enter your name.");

        HttpResponse<String> forgot = post(client, client.get("/forgot-password"), "forgot",
                Map.of("forgot:email", "x".repeat(10_000) + "@example.org"), "forgot:submit");
        assertRefused(forgot, "Please use at most 254 characters.");

        HttpResponse<String> signIn = post(client, client.get("/sign-in"), "signIn",
                Map.of("signIn:email", SCRIPT.repeat(500), "signIn:password", "x".repeat(10_000)), "signIn:submit");
        assertThat(signIn.statusCode()).isLessThan(500);
        assertThat(signIn.body()).doesNotContain(SORRY).doesNotContain(SCRIPT);
    }

    @Test
    void aBrokenMultipartPostAndAnAnonymousMetricsRequestAreNoServerErrors() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> multipart = http.send(HttpRequest.newBuilder(URI.create(site("/sign-in")))
                .header("Content-Type", "multipart/form-data; boundary=----broken")
                .POST(HttpRequest.BodyPublishers.ofString("------broken\r\nContent-Disposition: form-data; name=\"signIn:email\"\r\n\r\nnot closed"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(multipart.statusCode()).isBetween(400, 499);
        assertThat(multipart.body()).doesNotContain(SORRY);

        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(site("/metrics"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(403);
        assertThat(metrics.body()).doesNotContain(SORRY);
    }

    @Test
    void theStudentsDetailsRefuseBadValuesAndKeepWhatWasStored() throws SQLException {
        WebClient client = signedIn(STUDENT);
        String phoneBefore = text("SELECT s.phone FROM student s JOIN user_account a ON a.id = s.account_id WHERE a.email = ?",
                STUDENT);

        HttpResponse<String> tooLong = post(client, client.get("/my/details"), "details", Map.of(
                "details:phone", "0".repeat(40), "details:otherNeeds", SCRIPT + "n".repeat(1_000),
                "details:language", ""), "details:save");
        assertRefused(tooLong, "Please use at most 32 characters.");
        assertThat(tooLong.body()).contains("Please use at most 1000 characters.",
                "Please choose one of the languages offered.").doesNotContain(SCRIPT);
        assertThat(text("SELECT s.phone FROM student s JOIN user_account a ON a.id = s.account_id WHERE a.email = ?",
                STUDENT)).isEqualTo(phoneBefore);
        assertThat(count("SELECT COUNT(*) FROM student WHERE LENGTH(other_needs) > 1000 OR other_needs LIKE ?",
                "%<script>%")).isZero();
    }

    @Test
    void aDraftRunReadsAsNotFoundOnTheEnrolPage() throws SQLException {
        long draft = number("SELECT MIN(id) FROM course_run WHERE status = 'DRAFT'");
        String title = text("SELECT c.title FROM course c JOIN course_run r ON r.course_id = c.id WHERE r.id = ?", draft);
        // a run the prospectus shows: published, its course active, its term's prospectus out and the term not over
        long published = number("SELECT MIN(r.id) FROM course_run r JOIN term t ON t.id = r.term_id"
                + " JOIN course c ON c.id = r.course_id WHERE r.status = 'PUBLISHED' AND c.status = 'ACTIVE'"
                + " AND t.prospectus_on <= CURRENT_DATE AND t.ends_on >= CURRENT_DATE");
        WebClient client = signedIn(STUDENT);

        HttpResponse<String> page = client.get("/my/enrol?run=" + draft);

        assertThat(page.statusCode()).isLessThan(500);
        assertThat(page.body()).contains("We could not find that course date.").doesNotContain(title)
                .doesNotContain("id=\"enrol\"");
        assertThat(client.get("/my/enrol?run=" + published).body()).doesNotContain("We could not find that course date.");
    }

    @Test
    void anOfferLinkWithPartsMissingForgedOrHostileShowsNothingButThatItIsNotValid() throws SQLException {
        long someEnrolment = number("SELECT MIN(id) FROM enrolment");
        WebClient anonymous = new WebClient(base);
        String forged = URLEncoder.encode(SCRIPT, StandardCharsets.UTF_8);
        for (String path : List.of("/offer", "/offer?enrolment=", "/offer?enrolment=abc&token=x",
                "/offer?enrolment=99999999999999999999999&token=x", "/offer?enrolment=-1&token=" + forged,
                "/offer?enrolment=" + someEnrolment + "&token=" + forged,
                "/offer?enrolment=" + someEnrolment + "&token=" + "A".repeat(5000))) {
            HttpResponse<String> page = anonymous.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("This link is not valid").doesNotContain(SCRIPT, SORRY)
                    .doesNotContain("id=\"answer\"");
        }
    }

    @Test
    void theTutorsFormsRefuseOverLongReasons() throws SQLException {
        WebClient client = signedIn(TUTOR);

        HttpResponse<String> away = post(client, client.get("/tutor/availability"), "newException", Map.of(
                "newException:from", "2030-01-07", "newException:to", "2030-01-08",
                "newException:reason", SCRIPT + "r".repeat(200)), "newException:add");
        assertRefused(away, "Please use at most 200 characters.");
        assertThat(count("SELECT COUNT(*) FROM availability_exception WHERE from_date = DATE '2030-01-07'")).isZero();

        HttpResponse<String> home = client.get("/tutor/");
        Matcher reason = Pattern.compile("name=\"(offers:[^\"]*reason)\"").matcher(home.body());
        if (reason.find()) {
            String decline = reason.group(1).replace("reason", "decline");
            HttpResponse<String> declined = post(client, home, "offers",
                    Map.of(reason.group(1), SCRIPT + "d".repeat(500)), decline);
            assertRefused(declined, "Please use at most 500 characters.");
            assertThat(count("SELECT COUNT(*) FROM assignment WHERE decline_reason LIKE ?", "%<script>%")).isZero();
        }
    }

    @Test
    void theAdministrationsFormsRefuseBadValuesAndStoreNothing() throws SQLException {
        WebClient client = signedIn(ADMIN);
        String tag = "Fuzz " + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> venue = post(client, client.get("/admin/venues"), "venueForm", Map.of(
                "venueForm:name", tag, "venueForm:address", "a".repeat(501), "venueForm:postcode", "P".repeat(17),
                "venueForm:directions", SCRIPT + "d".repeat(1_000)), "venueForm:save");
        assertRefused(venue, "Please use at most 500 characters.");
        assertThat(venue.body()).contains("Please use at most 16 characters.", "Please use at most 1000 characters.")
                .doesNotContain(SCRIPT);
        assertThat(count("SELECT COUNT(*) FROM venue WHERE name = ?", tag)).isZero();
        assertRefused(post(client, client.get("/admin/venues"), "venueForm", Map.of("venueForm:name", "V".repeat(121)),
                "venueForm:save"), "Please use at most 120 characters.");

        HttpResponse<String> venues = client.get("/admin/venues");
        HttpResponse<String> editing = post(client, venues, "venueList", Map.of(), firstButton(venues, "venueList"));
        for (String capacity : new String[] {"0", "-5"}) {
            HttpResponse<String> room = post(client, editing, "roomForm",
                    Map.of("roomForm:roomName", tag, "roomForm:roomCapacity", capacity), "roomForm:addRoom");
            assertRefused(room, "Please enter a number of at least 1.");
        }
        assertRefused(post(client, editing, "roomForm", Map.of("roomForm:roomName", "R".repeat(121),
                "roomForm:roomCapacity", "10"), "roomForm:addRoom"), "Please use at most 120 characters.");
        assertRefused(post(client, editing, "roomForm", Map.of("roomForm:roomName", tag,
                "roomForm:roomCapacity", "many"), "roomForm:addRoom"), "Please enter a whole number.");
        assertThat(count("SELECT COUNT(*) FROM room WHERE name = ? OR LENGTH(name) > 120", tag)).isZero();

        HttpResponse<String> term = post(client, client.get("/admin/terms"), "termForm", Map.of(
                "termForm:name", "T".repeat(81), "termForm:startsOn", "2031-01-06", "termForm:endsOn", "2031-03-28",
                "termForm:prospectusOn", "2030-11-01", "termForm:enrolmentOpens", "2030-11-01",
                "termForm:enrolmentCloses", "2031-01-10"), "termForm:save");
        assertRefused(term, "Please use at most 80 characters.");
        assertThat(count("SELECT COUNT(*) FROM term WHERE starts_on = DATE '2031-01-06'")).isZero();

        assertRefused(post(client, client.get("/admin/courses"), "categoryForm", Map.of(
                "categoryForm:categoryName", "C".repeat(121), "categoryForm:categoryDescription", "d".repeat(1_001)),
                "categoryForm:addCategory"), "Please use at most 120 characters.");
        assertThat(count("SELECT COUNT(*) FROM category WHERE LENGTH(description) > 1000")).isZero();

        long run = number("SELECT MIN(id) FROM course_run WHERE status = 'PUBLISHED'");
        int capacityBefore = (int) number("SELECT capacity FROM course_run WHERE id = " + run);
        HttpResponse<String> runPage = client.get("/admin/run?id=" + run);
        for (String capacity : new String[] {"0", "-1"}) {
            assertRefused(post(client, runPage, "runForm", Map.of("runForm:capacity", capacity), "runForm:changeCapacity"),
                    "Please enter a number of at least 1.");
        }
        assertThat(number("SELECT capacity FROM course_run WHERE id = " + run)).isEqualTo(capacityBefore);
        HttpResponse<String> sessionOpen = post(client, runPage, "sessions", Map.of(), firstButton(runPage, "sessions"));
        HttpResponse<String> link = post(client, sessionOpen, "sessionForm",
                Map.of("sessionForm:joiningLink", "https://example.org/" + "l".repeat(500)), "sessionForm:saveSession");
        assertRefused(link, "Please use at most 500 characters.");
        assertThat(count("SELECT COUNT(*) FROM course_session WHERE LENGTH(joining_link) > 500")).isZero();

        HttpResponse<String> behalf = post(client, client.get("/admin/run?id=" + run), "enrolOnBehalf",
                Map.of("enrolOnBehalf:email", SCRIPT + "@example.org"), "enrolOnBehalf:enrol");
        assertRefused(behalf, "Please enter an e-mail address like name@example.org.");

        long student = number("SELECT MIN(id) FROM student");
        assertRefused(post(client, client.get("/admin/student?id=" + student), "needs",
                Map.of("needs:otherNeeds", "n".repeat(1_001)), "needs:saveNeeds"), "Please use at most 1000 characters.");

        HttpResponse<String> newRun = post(client, client.get("/admin/runs"), "newRun", Map.of(
                "newRun:capacity", "0", "newRun:onlineLink", "https://example.org/" + "o".repeat(500)), "newRun:create");
        assertThat(newRun.statusCode()).isLessThan(500);
        assertThat(newRun.body()).doesNotContain(SORRY).contains("field__error");

        HttpResponse<String> tutor = post(client, client.get("/admin/tutors"), "tutorForm", Map.of(
                "tutorForm:fullName", tag, "tutorForm:email", SCRIPT + "@example.org", "tutorForm:phone", "9".repeat(33),
                "tutorForm:max", "-1"), "tutorForm:save");
        assertThat(tutor.statusCode()).isLessThan(500);
        assertThat(tutor.body()).doesNotContain(SORRY).doesNotContain(SCRIPT);
        assertThat(count("SELECT COUNT(*) FROM tutor WHERE full_name = ?", tag)).isZero();
    }

    @Test
    void savingAPairingChangeWithoutATermIsAMessage() {
        WebClient client = signedIn(ADMIN);
        HttpResponse<String> board = client.get("/admin/pairing");
        Matcher change = Pattern.compile("<input[^>]*type=\"submit\"[^>]*name=\"(board:[^\"]+)\"[^>]*value=\"Change pair\"")
                .matcher(board.body());
        if (!change.find()) {
            return; // no run on the board in this data: nothing to open
        }
        HttpResponse<String> open = post(client, board, "board", Map.of(), change.group(1));
        HttpResponse<String> saved = post(client, open, "board", Map.of("board:term", ""), "board:savePair");
        assertThat(saved.statusCode()).isLessThan(500);
        assertThat(saved.body()).doesNotContain(SORRY);
    }

    @Test
    void aFormPostedWithAnUnknownViewStateGetsTheExpiredPage() throws SQLException {
        WebClient client = signedIn(STUDENT);
        HttpResponse<String> details = client.get("/my/details");
        Map<String, String> fields = new LinkedHashMap<>(formFields(details, "details"));
        fields.put("jakarta.faces.ViewState", "-1234567890:9876543210");

        HttpResponse<String> posted = client.submit(details, "details", fields, "details:save");

        assertThat(posted.statusCode()).isLessThan(500);
        HttpResponse<String> shown = WebClient.isRedirect(posted) ? client.browse(client.location(posted)) : posted;
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("This page has expired").doesNotContain(SORRY);

        WebClient admin = signedIn(ADMIN);
        HttpResponse<String> venues = admin.get("/admin/venues");
        HttpResponse<String> forged = admin.submit(venues, "venueForm",
                Map.of("venueForm:name", "Forged", "jakarta.faces.ViewState", "stale"), "venueForm:save");
        assertThat(forged.statusCode()).isLessThan(500);
        HttpResponse<String> forgedShown = WebClient.isRedirect(forged) ? admin.browse(admin.location(forged)) : forged;
        assertThat(forgedShown.body()).contains("This page has expired").doesNotContain(SORRY);
        assertThat(count("SELECT COUNT(*) FROM venue WHERE name = 'Forged'")).isZero();
    }

    @Test
    void weakPasswordsAreRefusedWithAdviceOnSignUp() throws SQLException {
        WebClient client = new WebClient(base);
        for (String weak : new String[] {"Password1!", "Welcome1234"}) {
            String email = "weak-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            HttpResponse<String> refused = post(client, client.get("/sign-up"), "signUp", Map.of("signUp:name", "Wes Weak",
                    "signUp:email", email, "signUp:password", weak, "signUp:relation", "OTHER",
                    "signUp:privacyAccepted", "true"), "signUp:submit");
            assertRefused(refused, "That password would be easy to guess.");
            assertThat(refused.body()).contains("This is similar to a commonly used password.");
            assertThat(count("SELECT COUNT(*) FROM user_account WHERE email = ?", email)).isZero();
        }
    }

    @Test
    void resetLinksToOneAddressAreLimitedWhileTheReplyStaysTheSame() throws SQLException {
        WebClient client = new WebClient(base);
        String email = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> signedUp = post(client, client.get("/sign-up"), "signUp", Map.of("signUp:name", "Rae Reset",
                "signUp:email", email, "signUp:password", "river-lantern-81-mosaic", "signUp:relation", "OTHER",
                "signUp:privacyAccepted", "true"), "signUp:submit");
        assertThat(client.location(signedUp)).startsWith("/sign-in");

        WebClient anonymous = new WebClient(base);
        String firstReply = null;
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> reply = post(anonymous, anonymous.get("/forgot-password"), "forgot",
                    Map.of("forgot:email", email), "forgot:submit");
            assertThat(reply.statusCode()).isEqualTo(200);
            String message = between(reply.body(), "<main", "</main>").replaceAll("value=\"[^\"]*\"", "");
            firstReply = firstReply == null ? message : firstReply;
            assertThat(message).isEqualTo(firstReply).contains("If there is an account with that address");
        }
        assertThat(count("SELECT COUNT(*) FROM password_reset p JOIN user_account a ON a.id = p.account_id"
                + " WHERE a.email = ?", email)).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", email)).isLessThanOrEqualTo(4);
    }

    // ------------------------------------------------------------------ helpers

    private WebClient signedIn(String email) {
        WebClient client = new WebClient(base);
        HttpResponse<String> response = client.signIn(email, PASSWORD);
        assertThat(WebClient.isRedirect(response)).as("signed in as " + email).isTrue();
        return client;
    }

    /** Posts a form as a browser would: every field it shows with its current value, plus the given ones. */
    private static HttpResponse<String> post(WebClient client, HttpResponse<String> page, String formId,
            Map<String, String> fields, String button) {
        Map<String, String> values = new LinkedHashMap<>(formFields(page, formId));
        values.putAll(fields);
        return client.submit(page, formId, values, button);
    }

    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>");
    private static final Pattern SELECT = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);

    private static Map<String, String> formFields(HttpResponse<String> page, String formId) {
        String form = between(page.body(), "id=\"" + formId + "\"", "</form>");
        Map<String, String> values = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String attributes = input.group(1);
            String type = attribute(attributes, "type");
            String name = attribute(attributes, "name");
            if (name == null || "submit".equals(type) || "button".equals(type)
                    || (("checkbox".equals(type) || "radio".equals(type)) && !attributes.contains("checked"))) {
                continue;
            }
            String value = attribute(attributes, "value");
            values.put(name, value == null ? "" : unescape(value));
        }
        Matcher textarea = TEXTAREA.matcher(form);
        while (textarea.find()) {
            values.put(textarea.group(1), unescape(textarea.group(2)));
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            Matcher selected = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected").matcher(select.group(2));
            Matcher first = Pattern.compile("<option[^>]*value=\"([^\"]*)\"").matcher(select.group(2));
            if (selected.find()) {
                values.put(select.group(1), unescape(selected.group(1)));
            } else if (first.find()) {
                values.put(select.group(1), unescape(first.group(1)));
            }
        }
        return values;
    }

    private static String firstButton(HttpResponse<String> page, String formId) {
        Matcher button = Pattern.compile("<input[^>]*type=\"submit\"[^>]*name=\"([^\"]+)\"")
                .matcher(between(page.body(), "id=\"" + formId + "\"", "</form>"));
        assertThat(button.find()).as("a button in " + formId).isTrue();
        return button.group(1);
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("'" + from + "' on the page").isNotNegative();
        int end = text.indexOf(to, start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static String unescape(String value) {
        return value.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#58;", ":").replace("&amp;", "&");
    }

    /** The form came back with the message and without a server error. */
    private static void assertRefused(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as("status").isLessThan(500);
        assertThat(response.body()).doesNotContain(SORRY).contains(message).contains("field__error");
    }

    private String site(String path) {
        return base.toExternalForm().replaceAll("/$", "") + path;
    }

    private static Connection db() throws SQLException {
        return IntegrationServers.connectToDatabase();
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        return number(sql, parameters);
    }

    private static long number(String sql, Object... parameters) throws SQLException {
        try (Connection db = db(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    private static String text(String sql, Object... parameters) throws SQLException {
        try (Connection db = db(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
