package org.recoverycollege.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recoverycollege.testing.Browser;
import org.recoverycollege.testing.IntegrationServers;
import org.recoverycollege.testing.WebClient;

/**
 * The administration as the demo administrator uses it in Chromium: plan a term, add and activate a
 * course, schedule a run with its sessions, publish it and find it in the public prospectus; the
 * dashboard and an export; and axe's WCAG 2.1 AA rules on every administration page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationPagesIT {

    private static final String ADMIN = "admin@example.org";
    private static final String PASSWORD = "demo-password";

    @ArquillianResource
    private URL base;

    @Test
    void theHeaderControlsStandOutFromTheHeaderInEveryArea() {
        // axe cannot always compute the colours behind a control; the page's own computed colours can
        for (String[] person : List.of(new String[] {"student@example.org", "/my/"},
                new String[] {"tutor@example.org", "/tutor/"}, new String[] {ADMIN, "/admin/"})) {
            try (Browser browser = new Browser(base)) {
                browser.signInAs(person[0], PASSWORD);
                browser.open(person[1]);
                assertThat(browser.driver().findElements(By.cssSelector("header input[value='Sign out']")))
                        .as("the Sign out button on %s", person[1]).isNotEmpty();
                assertThat(browser.unreadableHeaderControls()).as("header controls on %s", person[1]).isEmpty();
            }
        }
    }

    @Test
    void anAdministratorPlansACourseRunAndFindsItInTheProspectus() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String termName = "Browser term " + suffix;
        String title = "Browser course " + suffix;
        LocalDate firstDay = LocalDate.now().plusWeeks(2);
        try (Browser browser = new Browser(base)) {
            browser.signInAs(ADMIN, PASSWORD);

            browser.open("/admin/terms").fillIn("Name", termName);
            setDate(browser, "First day", firstDay);
            setDate(browser, "Last day", firstDay.plusWeeks(12));
            setDate(browser, "Prospectus published on", LocalDate.now().minusDays(1));
            setDate(browser, "Enrolment opens on", LocalDate.now().minusDays(1));
            setDate(browser, "Enrolment closes on", firstDay.plusWeeks(1));
            browser.press("Save the term");
            waitForText(browser, "The term \u201c" + termName + "\u201d was saved.");

            browser.open("/admin/courses").fillIn("Title", title).fillIn("Summary", "A course the browser test adds.")
                    .fillIn("Number of sessions", "4");
            new Select(browser.field("Category")).selectByIndex(1);
            browser.press("Save the course");
            waitForText(browser, "was added as a draft");
            browser.driver().findElement(By.xpath("//input[@aria-label='Activate " + title + "']")).click();
            waitForText(browser, "The course is active.");

            browser.open("/admin/runs");
            new Select(browser.field("Course")).selectByVisibleText(title + " (4)");
            new Select(browser.driver().findElement(By.id("newRun:runTerm"))).selectByVisibleText(termName);
            // choosing the venue refreshes the list of its rooms (Ajax): wait for it as a person would
            org.openqa.selenium.WebElement rooms = browser.driver().findElement(By.id("newRun:room"));
            new Select(browser.driver().findElement(By.id("newRun:venue"))).selectByIndex(1);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(rooms));
            browser.fillIn("Places", "10");
            setValue(browser, "Date of the first session", firstDay.toString());
            setValue(browser, "Starts at", "18:00");
            setValue(browser, "Ends at", "20:00");
            browser.press("Schedule the run");
            assertThat(browser.heading()).isEqualTo(title);
            assertThat(browser.path()).startsWith("/admin/run?id=");
            assertThat(browser.text()).contains("was scheduled as a draft", firstDay.toString(),
                    firstDay.plusWeeks(3).toString());
            assertThat(browser.driver().findElements(By.cssSelector("#sessions table tbody tr"))).hasSize(4);

            browser.press("Publish in the prospectus");
            waitForText(browser, "The run is published in the prospectus.");
            assertThat(browser.driver().findElement(By.id("runStatus")).getText()).isEqualTo("Published");

            browser.driver().findElement(By.xpath("//input[@aria-label='Change 2']")).click();
            setValue(browser, "Starts at", "18:30");
            setValue(browser, "Ends at", "20:30");
            browser.press("Save the session");
            waitForText(browser, "The session was changed");
            assertThat(browser.text()).contains("18:30");

            browser.open("/");
            assertThat(browser.text()).contains(title);
        }
    }

    @Test
    void theDashboardShowsATermsFiguresAndOpensTheRowsBehindThem() {
        try (Browser browser = new Browser(base)) {
            browser.signInAs(ADMIN, PASSWORD);
            assertThat(browser.heading()).isEqualTo("Dashboard");
            assertThat(browser.text()).contains("A term in figures", "Fill rate", "Sessions with both present",
                    "Courses co-designed", "All categories");
            assertThat(browser.driver().findElements(By.cssSelector("canvas"))).isNotEmpty();
            browser.driver().findElement(By.cssSelector(".figures-table tfoot th a")).click();
            assertThat(browser.heading()).isEqualTo("The runs behind the figures");
            assertThat(browser.driver().findElements(By.cssSelector("table.data tbody tr"))).isNotEmpty();
        }
    }

    @Test
    void anAdministratorDownloadsTheRunListOfATermAsCsv() throws IOException {
        WebClient client = new WebClient(base);
        client.signIn(ADMIN, PASSWORD);
        HttpResponse<String> page = client.get("/admin/exports");
        Matcher term = Pattern.compile("<option value=\"(\\d+)\">([^<]+)</option>").matcher(page.body());
        assertThat(term.find()).isTrue();

        HttpResponse<String> csv = client.get("/admin/export?kind=runs&format=csv&term=" + term.group(1));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).isMapped("Course")).isTrue();
        assertThat(rows).allSatisfy(row -> assertThat(Integer.parseInt(row.get("Confirmed")))
                .isLessThanOrEqualTo(Integer.parseInt(row.get("Places"))));

        assertThat(new WebClient(base).get("/admin/export?kind=runs&format=csv&term=" + term.group(1)).statusCode())
                .as("anonymous").isEqualTo(302);
    }

    @Test
    void theOfficeRecordsAWalkInWithoutEmailEnrolsThemAndFindsTheConfirmationOnTheListToPhone() {
        String name = "Walk-in " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(base)) {
            browser.signInAs(ADMIN, PASSWORD);
            browser.open("/admin/students").follow("New person (phone or walk-in)");
            assertThat(browser.heading()).isEqualTo("New person (phone or walk-in)");
            assertThat(browser.accessibilityViolations()).as("the new person form").isEmpty();

            browser.press("Save the person");
            assertThat(browser.text()).contains("Please enter the person's name.",
                    "Please choose how the person relates to services.");
            assertThat(browser.accessibilityViolations()).as("the form with its messages").isEmpty();

            browser.fillIn("Full name", name);
            browser.driver().findElement(By.xpath("//label[normalize-space(.)='Other, or I would rather not say']")).click();
            browser.press("Save the person");
            assertThat(browser.text()).contains("Please give a phone number or a postal address");

            browser.fillIn("Full name", name).fillIn("Phone number", "0161 496 0123");
            browser.press("Save the person");
            assertThat(browser.heading()).isEqualTo(name);
            assertThat(browser.path()).startsWith("/admin/student?id=");
            assertThat(browser.text()).contains("The person was saved.", "No e-mail address", "0161 496 0123",
                    "Add an e-mail address");
            assertThat(browser.accessibilityViolations()).as("the record of a person without e-mail").isEmpty();

            new Select(browser.field("Course date")).selectByIndex(1);
            browser.press("Enrol");
            assertThat(browser.text()).containsAnyOf("The place is confirmed.", "on the waiting list");
            assertThat(browser.driver().findElements(By.cssSelector("table.data tbody tr"))).hasSize(1);

            browser.open("/admin/to-phone");
            assertThat(browser.text()).contains(name, "0161 496 0123");
        }
    }

    @Test
    void staffReferSomeoneOnThePublicPageAndTheOfficeMakesTheAccountOnlyWithConsent() {
        String name = "Referred " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(base)) {
            browser.open("/");
            browser.follow("Work for the trust? Refer someone to the college");
            assertThat(browser.heading()).isEqualTo("Refer someone to the college");
            assertThat(browser.driver().manage().getCookieNamed("JSESSIONID")).as("no session for the form").isNull();
            assertThat(browser.accessibilityViolations()).as("the referral form").isEmpty();

            browser.press("Send the referral");
            assertThat(browser.text()).contains("Please enter the name of the person you are referring.",
                    "Please enter your name.", "Please enter your team.");
            assertThat(browser.accessibilityViolations()).as("the referral form with its messages").isEmpty();

            browser.fillIn("Their full name", name).fillIn("Their e-mail address", "jo@nowhere")
                    .fillIn("Your name", "Alex Morgan").fillIn("Team", "Community team")
                    .fillIn("Your work e-mail address", "alex.morgan@trust.example.org");
            browser.press("Send the referral");
            assertThat(browser.text()).contains("Please enter the person's e-mail address in full");

            browser.fillIn("Their e-mail address", "").fillIn("Their phone number", "0161 496 0555")
                    .fillIn("What might they like?", "Courses about sleep");
            browser.press("Send the referral");
            assertThat(browser.text()).contains("The referral has been sent to the college office")
                    .doesNotContain(name, "0161 496 0555");
        }
        try (Browser browser = new Browser(base)) {
            browser.signInAs(ADMIN, PASSWORD);
            browser.open("/admin/").follow("Referrals");
            assertThat(browser.accessibilityViolations()).as("the referrals").isEmpty();
            browser.follow(name);
            assertThat(browser.text()).contains("0161 496 0555", "Courses about sleep", "Community team");
            assertThat(browser.accessibilityViolations()).as("one referral").isEmpty();

            browser.press("Make the account");
            assertThat(browser.text()).contains("record the person's consent first");

            browser.press("Mark as contacted");
            assertThat(browser.driver().findElement(By.id("referralStatus")).getText()).isEqualTo("Contacted");
            browser.driver().findElement(By.xpath("//label[normalize-space(.)='By phone']")).click();
            browser.press("Record consent");
            assertThat(browser.text()).contains("The consent is recorded.");
            assertThat(browser.driver().findElement(By.id("referralStatus")).getText()).isEqualTo("Consent recorded");

            browser.press("Make the account");
            assertThat(browser.heading()).isEqualTo(name);
            assertThat(browser.text()).contains("The account is made.", "No e-mail address", "0161 496 0555");
        }
    }

    /** Pages reached by links are checked by the page sweep (PageSweepIT); these open behind buttons. */
    @Test
    void administrationPagesOpenedByButtonsHaveNoAccessibilityViolations() {
        try (Browser browser = new Browser(base)) {
            browser.signInAs(ADMIN, PASSWORD);
            browser.open("/admin/runs");
            browser.driver().findElement(By.cssSelector("#runTableForm a[href*='/admin/run?id=']")).click();
            browser.heading();
            assertThat(browser.accessibilityViolations()).as("a run").isEmpty();
            browser.open("/admin/students");
            browser.driver().findElement(By.cssSelector("#studentTableForm a[href*='/admin/student?id=']")).click();
            browser.heading();
            assertThat(browser.text()).contains("written to the audit log");
            assertThat(browser.accessibilityViolations()).as("a student").isEmpty();
            browser.open("/admin/venues");
            browser.driver().findElement(By.cssSelector("#venueList input[type=submit]")).click();
            browser.heading();
            assertThat(browser.accessibilityViolations()).as("a venue with its rooms").isEmpty();
            browser.open("/admin/tutors");
            browser.driver().findElement(By.cssSelector("#tutorList input[type=submit]")).click();
            browser.heading();
            assertThat(browser.accessibilityViolations()).as("a tutor with training").isEmpty();
            browser.open("/admin/").driver().findElement(By.cssSelector(".figures-table tfoot th a")).click();
            browser.heading();
            assertThat(browser.accessibilityViolations()).as("figures").isEmpty();
        }
    }

    @Test
    void anAdministratorRecordsATutorsReadinessCheckWithClearMessagesAndRemovesIt() {
        try (Browser browser = new Browser(base)) {
            browser.signInAs(ADMIN, PASSWORD);
            browser.open("/admin/tutors");
            browser.leavePageBy(() -> browser.driver()
                    .findElement(By.xpath("//input[@aria-label='Edit Emma Lawson']")).click());
            assertThat(browser.text()).contains("Readiness", "DBS check", "Expires soon", "Induction", "Does not expire",
                    "First aid training", "Not recorded");
            assertThat(browser.accessibilityViolations()).as("a tutor's readiness").isEmpty();

            new Select(browser.field("Check")).selectByVisibleText("First aid training");
            setDate(browser, "Completed on", LocalDate.now().minusMonths(2));
            setDate(browser, "Expires on (optional)", LocalDate.now().minusMonths(3));
            browser.press("Save the check");
            assertThat(browser.text()).contains("The expiry date must come after the completion date.");

            new Select(browser.field("Check")).selectByVisibleText("First aid training");
            setDate(browser, "Completed on", LocalDate.now().minusMonths(2));
            setDate(browser, "Expires on (optional)", LocalDate.now().plusYears(3).minusMonths(2));
            browser.press("Save the check");
            assertThat(browser.text()).contains("The check \u201cFirst aid training\u201d was saved.");
            assertThat(browser.driver().findElement(By.xpath("//tr[th[normalize-space()='First aid training']]"))
                    .getText()).contains(LocalDate.now().minusMonths(2).toString(), "Valid");
            assertThat(browser.accessibilityViolations()).as("a tutor's readiness, saved").isEmpty();

            browser.leavePageBy(() -> {
                browser.driver().findElement(By.xpath("//input[@aria-label='Delete First aid training']")).click();
                browser.driver().switchTo().alert().accept();
            });
            assertThat(browser.text()).contains("The check \u201cFirst aid training\u201d was removed.");
            assertThat(browser.driver().findElement(By.xpath("//tr[th[normalize-space()='First aid training']]"))
                    .getText()).contains("Not recorded");
        }
    }

    @Test
    void anAdministratorCorrectsARegisterAfterTheTutorsWindowAndTheChangeIsListedWithTheirName() throws Exception {
        long session = pastSessionWithStudentsOfARunningRun();
        try (Browser browser = new Browser(base)) {
            browser.signInAs(ADMIN, PASSWORD);
            browser.open("/admin/register?session=" + session);
            assertThat(browser.heading()).isEqualTo("Correct the register");
            assertThat(browser.text()).doesNotContain("has not taken place yet");
            assertThat(browser.accessibilityViolations()).as("a register to correct").isEmpty();

            WebElement row = browser.driver().findElements(By.cssSelector("fieldset.register-row")).get(0);
            String person = row.findElement(By.tagName("legend")).getText();
            boolean wasPresent = row.findElements(By.cssSelector("input[type=radio][value=PRESENT]:checked")).size() == 1;
            String newMark = wasPresent ? "Absent" : "Present";
            row.findElement(By.xpath(".//label[normalize-space(.)='" + newMark + "']")).click();
            browser.leavePageBy(() -> {
                browser.driver().findElement(By.cssSelector("input[value='Save the corrections']")).click();
                browser.driver().switchTo().alert().accept();
            });

            assertThat(browser.text()).contains("The register was corrected");
            String changes = browser.driver().findElement(By.id("changes")).getText();
            assertThat(changes).contains(person, newMark, ADMIN);
            WebElement again = browser.driver().findElements(By.cssSelector("fieldset.register-row")).stream()
                    .filter(r -> r.findElement(By.tagName("legend")).getText().equals(person)).findFirst().orElseThrow();
            assertThat(again.findElements(By.cssSelector("input[type=radio][value=" + (wasPresent ? "ABSENT" : "PRESENT")
                    + "]:checked"))).as("the corrected mark is kept").hasSize(1);
            assertThat(browser.accessibilityViolations()).as("a corrected register").isEmpty();
        }
    }

    /** A session over a week ago (past the tutors' edit window) of a run still running, with confirmed students. */
    private static long pastSessionWithStudentsOfARunningRun() throws SQLException {
        try (Connection connection = IntegrationServers.connectToDatabase();
                PreparedStatement query = connection.prepareStatement("SELECT s.id FROM course_session s"
                        + " JOIN course_run r ON r.id = s.run_id WHERE r.status = 'RUNNING' AND NOT s.cancelled"
                        + " AND s.session_date < ? AND EXISTS (SELECT 1 FROM enrolment e WHERE e.run_id = r.id"
                        + " AND e.status = 'CONFIRMED') ORDER BY s.session_date DESC, s.id")) {
            query.setObject(1, LocalDate.now().minusDays(8));
            try (ResultSet found = query.executeQuery()) {
                assertThat(found.next()).as("the demo college has such a session").isTrue();
                return found.getLong(1);
            }
        }
    }

    /** Waits for the page that follows a click to say this (the old page's body goes stale meanwhile). */
    private static void waitForText(Browser browser, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    private static void setDate(Browser browser, String label, LocalDate date) {
        setValue(browser, label, date.toString());
    }

    /** Date and time inputs take keystrokes in the browser's locale format; set the ISO value directly. */
    private static void setValue(Browser browser, String label, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.field(label), value);
    }
}
