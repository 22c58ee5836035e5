package org.recoverycollege.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.recoverycollege.testing.Browser;
import org.recoverycollege.testing.IntegrationServers;
import org.recoverycollege.testing.WebClient;

/**
 * The tutor screens in headless Chromium as the demo tutor (Jordan Ellis): accept and decline offers, set
 * availability, take a register, ask for cover, use the calendar feed, with axe on every page; and, over
 * plain HTTP, another tutor who changes ids in requests reaches none of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TutorScreensBrowserIT {

    private static final String TUTOR = "tutor@example.org";
    private static final String PASSWORD = "demo-password";

    @ArquillianResource
    private URL base;

    private Properties world;

    @BeforeEach
    void buildWorld() throws Exception {
        HttpResponse<String> answer = new WebClient(base).get("/test-fixtures/tutor-world");
        assertThat(answer.statusCode()).isEqualTo(200);
        world = new Properties();
        world.load(new java.io.StringReader(answer.body()));
    }

    private String id(String name) {
        return world.getProperty(name);
    }

    /** Clicks what posts the page and waits for the answer to replace it. */
    private static void submit(Browser browser, By target) {
        browser.leavePageBy(() -> browser.driver().findElement(target).click());
    }

    private static void press(Browser browser, String button) {
        submit(browser, By.xpath("//input[@type='submit' and @value='" + button + "'] | //button[normalize-space()='"
                + button + "']"));
    }

    /** Clicks a button that asks "are you sure?" first, says yes, and waits for the answer. */
    private static void pressAndConfirm(Browser browser, By target) {
        browser.leavePageBy(() -> {
            browser.driver().findElement(target).click();
            browser.driver().switchTo().alert().accept();
        });
    }

    private static void assertAccessible(Browser browser) {
        assertThat(browser.accessibilityViolations()).as(browser.path()).isEmpty();
    }

    @Test
    void theDemoTutorAcceptsOneOfferAndDeclinesAnotherWithAReason() {
        try (Browser browser = new Browser(base)) {
            browser.signInAs(TUTOR, PASSWORD);
            assertThat(browser.heading()).isEqualTo("My assignments");
            assertThat(browser.text()).contains("Offers waiting for your answer", "Your confirmed runs",
                    "Pro " + id("suffix"), "British Sign Language interpreter: 1");
            assertAccessible(browser);
            WebDriver driver = browser.driver();

            String offer = "//article[.//h3[@id='offer-" + id("offeredAssignment") + "']]";
            submit(browser, By.xpath(offer + "//input[@value='Accept this run']"));
            assertThat(browser.text()).contains("The run is confirmed");
            assertThat(driver.findElements(By.id("run-" + id("offeredAssignment")))).hasSize(1);

            String second = "//article[.//h3[@id='offer-" + id("secondOfferedAssignment") + "']]";
            driver.findElement(By.xpath(second + "//summary")).click();
            submit(browser, By.xpath(second + "//input[@value='Decline this run']"));
            assertThat(browser.text()).contains("Please tell us why you are declining");
            driver.findElement(By.xpath(second + "//summary")).click();
            driver.findElement(By.xpath(second + "//textarea")).sendKeys("I am away that month");
            submit(browser, By.xpath(second + "//input[@value='Decline this run']"));
            assertThat(browser.text()).contains("You declined the run");
            assertThat(driver.findElements(By.id("offer-" + id("secondOfferedAssignment")))).isEmpty();
        }
    }

    @Test
    void theDemoTutorSetsWeeklyAvailabilityAndDaysAwayWithClearMessages() {
        try (Browser browser = new Browser(base)) {
            browser.signInAs(TUTOR, PASSWORD);
            browser.open("/tutor/availability");
            assertThat(browser.heading()).isEqualTo("My availability");
            assertAccessible(browser);

            new Select(browser.field("Day")).selectByVisibleText("Saturday");
            browser.fillIn("From", "10:00").fillIn("Until", "09:00");
            press(browser, "Add weekly time");
            assertThat(browser.text()).contains("The end time must be after the start time.");
            new Select(browser.field("Day")).selectByVisibleText("Saturday");
            browser.fillIn("From", "10:00").fillIn("Until", "12:00");
            press(browser, "Add weekly time");
            assertThat(browser.text()).contains("Your weekly time was added.", "Saturday", "10:00\u201312:00");
            new Select(browser.field("Day")).selectByVisibleText("Saturday");
            browser.fillIn("From", "11:00").fillIn("Until", "13:00");
            press(browser, "Add weekly time");
            assertThat(browser.text()).contains("overlaps the time you already have that day, 10:00\u201312:00");

            browser.fillIn("First day away", LocalDate.now().minusDays(2).toString());
            press(browser, "Add days away");
            assertThat(browser.text()).contains("Days away cannot start in the past.");
            String away = LocalDate.now().plusYears(2).toString();
            browser.fillIn("First day away", away).fillIn("Reason (optional)", "Long leave " + id("suffix"));
            press(browser, "Add days away");
            assertThat(browser.text()).contains("Your days away were added.", "Long leave " + id("suffix"));
            assertAccessible(browser);

            // leave the demo tutor as we found them
            WebDriver driver = browser.driver();
            pressAndConfirm(browser, By.xpath("//tr[td[contains(., 'Long leave " + id("suffix")
                    + "')]]//input[@value='Remove']"));
            assertThat(browser.text()).contains("Your days away were removed.");
            pressAndConfirm(browser, By.xpath("//tr[td[normalize-space()='Saturday']]//input[@value='Remove']"));
            assertThat(browser.text()).contains("Your weekly time was removed.");
            assertThat(driver.findElements(By.xpath("//tr[td[normalize-space()='Saturday']]"))).isEmpty();
        }
    }

    @Test
    void equalityMonitoringAnswersAppearOnNoTutorPage() {
        try (Browser browser = new Browser(base)) {
            browser.signInAs(TUTOR, PASSWORD);
            // Robin Needs answered: 75 or over, Gypsy or Irish Traveller, disabled, non-binary
            for (String page : new String[] {"/tutor/", "/tutor/registers", "/tutor/registers?session=" + id("sessionYesterday"),
                    "/tutor/registers?session=" + id("sessionTenDaysAgo"), "/tutor/calendar", "/tutor/cover"}) {
                browser.open(page);
                assertThat(browser.text()).as(page).doesNotContain("Equality", "75 or over", "Gypsy", "Traveller",
                        "Non-binary", "Disability");
            }
            browser.open("/tutor/registers?session=" + id("sessionYesterday"));
            assertThat(browser.text()).contains("Robin Needs", "British Sign Language interpreter");
            assertThat(browser.driver().getPageSource()).doesNotContain("AGE_75_OR_OVER", "WHITE_GYPSY_OR_IRISH_TRAVELLER",
                    "NON_BINARY");
        }
    }

    @Test
    void theDemoTutorTakesARegisterAndSeesThePaymentItCreated() {
        try (Browser browser = new Browser(base)) {
            browser.signInAs(TUTOR, PASSWORD);
            browser.open("/tutor/registers");
            assertThat(browser.heading()).isEqualTo("Registers");
            assertAccessible(browser);

            browser.open("/tutor/registers?session=" + id("sessionYesterday"));
            assertThat(browser.text()).contains(id("courseTitle") + ", session 2", "British Sign Language interpreter",
                    "Sits near the door", "Pro " + id("suffix"));
            assertAccessible(browser);
            WebDriver driver = browser.driver();
            driver.findElement(By.xpath("//fieldset[legend[starts-with(normalize-space(), 'Robin Needs')]]"
                    + "//label[normalize-space()='Present']")).click();
            driver.findElement(By.xpath("//fieldset[legend[starts-with(normalize-space(), 'Alex Other')]]"
                    + "//label[normalize-space()='Sent apologies']")).click();
            press(browser, "Save register");
            assertThat(browser.text()).contains("The register is saved.");
            assertThat(driver.findElement(By.xpath("//fieldset[legend[starts-with(normalize-space(), 'Robin Needs')]]"
                    + "//input[@value='PRESENT']")).isSelected()).isTrue();

            browser.open("/tutor/registers?session=" + id("sessionTenDaysAgo"));
            assertThat(browser.text()).contains("can no longer be changed by tutors");
            assertThat(driver.findElements(By.xpath("//input[@value='Save register']"))).isEmpty();

            browser.open("/tutor/involvement");
            assertThat(browser.heading()).isEqualTo("My involvement");
            assertThat(browser.text()).contains("paid co-producer", id("courseTitle"), "Sessional fee", "\u00a375.00");
            assertAccessible(browser);
        }
    }

    @Test
    void theDemoTutorIsWarnedOfAWeekOverThePermittedEarningsLimitAndReadsThePolicy() throws Exception {
        WebClient fixtures = new WebClient(base);
        String previous = fixtures.get("/test-fixtures/tutor-world?permittedEarnings=50.00").body();
        try (Browser browser = new Browser(base)) {
            browser.signInAs(TUTOR, PASSWORD);
            browser.open("/tutor/involvement");
            assertThat(browser.text()).contains("The involvement payment policy", "permitted work: \u00a350.00 a week");
            browser.open("/tutor/registers?session=" + id("sessionYesterday"));
            browser.driver().findElement(By.xpath("//fieldset[legend[starts-with(normalize-space(), 'Robin Needs')]]"
                    + "//label[normalize-space()='Present']")).click();
            press(browser, "Save register");
            assertThat(browser.text()).contains("The register is saved.");

            browser.open("/tutor/involvement");
            LocalDate monday = LocalDate.now().minusDays(1)
                    .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            assertThat(browser.driver().findElement(By.id("earningsWarning")).getText())
                    .contains("In the week starting " + monday + " your payments come to \u00a3",
                            "more than the permitted-earnings limit of \u00a350.00 a week", "benefits adviser");
            assertAccessible(browser);
        } finally {
            fixtures.get("/test-fixtures/tutor-world?permittedEarnings=" + previous);
        }
    }

    @Test
    void theDemoTutorAsksAnEligibleTutorToCoverASessionWhoIsToldByEmail() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.signInAs(TUTOR, PASSWORD);
            browser.open("/tutor/cover");
            assertThat(browser.heading()).isEqualTo("Cover");
            assertThat(browser.text()).contains("Your coming sessions", "Find cover");
            assertAccessible(browser);

            browser.open("/tutor/cover?session=" + id("sessionInTwoWeeks"));
            assertThat(browser.text()).contains("Cover " + id("suffix")).doesNotContain("Untrained " + id("suffix"));
            assertAccessible(browser);
            submit(browser, By.xpath("//input[@aria-label='Ask Cover " + id("suffix") + "']"));
            assertThat(browser.text()).contains("Your request was sent.", "Asked Cover " + id("suffix"));
        }
        assertThat(subjectsOfMailTo("cover-" + id("suffix") + "@example.org"))
                .anyMatch(subject -> subject.startsWith("Can you cover " + id("courseTitle")));
    }

    @Test
    void theCalendarShowsMySessionsAndTheFeedWorksUntilTurnedOff() {
        try (Browser browser = new Browser(base)) {
            browser.signInAs(TUTOR, PASSWORD);
            browser.open("/tutor/calendar?month=" + LocalDate.now().plusDays(14).toString().substring(0, 7));
            assertThat(browser.heading()).isEqualTo("My calendar");
            assertThat(browser.text()).contains(id("courseTitle"));
            assertAccessible(browser);

            press(browser, "Create my calendar address");
            String address = browser.field("Your private calendar address").getAttribute("value");
            HttpResponse<String> feed = new WebClient(base).get(address);
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.body()).contains("BEGIN:VCALENDAR", id("courseTitle"));
            assertAccessible(browser);

            pressAndConfirm(browser, By.xpath("//input[@value='Turn off the feed']"));
            assertThat(browser.text()).contains("Your calendar feed is turned off.");
            assertThat(new WebClient(base).get(address).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void anotherTutorCannotReadOrChangeMyRegisterOrOffersByChangingIds() {
        WebClient intruder = new WebClient(base);
        intruder.signIn(id("intruderEmail"), TutorFixtureServlet.INTRUDER_PASSWORD);

        HttpResponse<String> someoneElses = intruder.get("/tutor/registers?session=" + id("sessionYesterday"));
        assertThat(someoneElses.statusCode()).isEqualTo(200);
        assertThat(someoneElses.body()).contains("We could not find that").doesNotContain("Robin Needs");

        HttpResponse<String> own = intruder.get("/tutor/registers?session=" + id("intruderSession"));
        assertThat(own.body()).contains("Save register");
        HttpResponse<String> tampered = intruder.submit(own, "register",
                Map.of("session", id("sessionYesterday")), "register:save");
        assertThat(tampered.body()).contains("We could not find that");
        assertThat(new WebClient(base).get("/test-fixtures/tutor-world?attendanceOf=" + id("sessionYesterday")).body())
                .isEqualTo("0");

        assertThat(intruder.get("/tutor/").body()).doesNotContain("offer-" + id("offeredAssignment"));
        assertThat(intruder.get("/tutor/cover?session=" + id("sessionInTwoWeeks")).body())
                .doesNotContain("Cover " + id("suffix"));
    }

    private static java.util.List<String> subjectsOfMailTo(String recipient) throws MessagingException {
        GreenMail mail = IntegrationServers.mail();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(giveUp)) {
            Message[] received = mail.getReceivedMessagesForDomain(recipient);
            if (received.length > 0) {
                java.util.List<String> subjects = new java.util.ArrayList<>();
                for (Message message : received) {
                    subjects.add(message.getSubject());
                }
                return subjects;
            }
            mail.waitForIncomingEmail(1000, mail.getReceivedMessages().length + 1);
        }
        return Arrays.asList();
    }

    @Test
    void theDemoTutorChoosesAPreferredCourseAndACoFacilitatorTheyWouldLikeToWorkWith() {
        try (Browser browser = new Browser(base)) {
            browser.signInAs(TUTOR, PASSWORD);
            browser.follow("Preferences");
            assertThat(browser.heading()).isEqualTo("My pairing preferences");
            assertThat(browser.text()).contains("Courses I would rather deliver", "Co-facilitators of the other expertise");
            assertAccessible(browser);

            WebElement course = browser.field(id("courseTitle"));
            assertThat(course.isSelected()).isFalse();
            course.click();
            press(browser, "Save my preferred courses");
            assertThat(browser.text()).contains("Your preferred courses were saved.");
            assertThat(browser.field(id("courseTitle")).isSelected()).isTrue();

            String partner = "My preference for Pro " + id("suffix");
            new Select(browser.field(partner)).selectByVisibleText("I would like to work with them");
            press(browser, "Save my co-facilitator preferences");
            assertThat(browser.text()).contains("Your co-facilitator preferences were saved.");
            assertThat(new Select(browser.field(partner)).getFirstSelectedOption().getText())
                    .isEqualTo("I would like to work with them");
            assertAccessible(browser);

            // leave the demo tutor as we found them
            browser.field(id("courseTitle")).click();
            press(browser, "Save my preferred courses");
            new Select(browser.field(partner)).selectByVisibleText("No preference");
            press(browser, "Save my co-facilitator preferences");
            assertThat(browser.field(id("courseTitle")).isSelected()).isFalse();
            assertThat(new Select(browser.field(partner)).getFirstSelectedOption().getText()).isEqualTo("No preference");
        }
    }
}
