package org.recoverycollege.enrolment.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recoverycollege.evaluation.web.FeedbackFixtureServlet;
import org.recoverycollege.testing.Browser;
import org.recoverycollege.testing.IntegrationServers;
import org.recoverycollege.testing.ReceivedMail;
import org.recoverycollege.testing.WebClient;

/**
 * The enrolment website as new people use it, in headless Chromium against the demo college on
 * PostgreSQL, with the mail the application sends read from the test's SMTP server (GreenMail).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnrolmentWebsiteIT {

    private static final String PASSWORD = "a-good-password-7";
    private static final Pattern PLACES_LEFT = Pattern.compile("(\\d+) places? left");

    @ArquillianResource
    private URL base;

    @Test
    void aNewPersonFindsACourseEnrolsCancelsAndTheNextPersonWaitingGetsThePlace() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String alex = "alex-" + tag + "@example.org";
        try (Browser browser = new Browser(base)) {
            // find a course with the filters: only runs with places, in person
            browser.open("/");
            new Select(browser.field("How it is delivered")).selectByVisibleText("In person");
            browser.field("Only courses with places left").click();
            browser.press("Show courses");
            assertThat(browser.path()).contains("places=yes").contains("mode=IN_PERSON");
            assertThat(browser.text()).doesNotContain("Full: join the waiting list");
            assertThat(browser.accessibilityViolations()).isEmpty();
            WebElement fewest = fewestPlacesOpenForEnrolment(browser);
            int placesLeft = placesLeft(fewest);
            String title = fewest.findElement(By.cssSelector(".card__title a")).getText();
            long runId = runIdOf(fewest);

            WebElement courseLink = fewest.findElement(By.cssSelector(".card__title a"));
            browser.leavePageBy(courseLink::click);
            assertThat(browser.heading()).isEqualTo(title);
            assertThat(browser.text()).contains("Dates and places", "Access");
            assertThat(browser.accessibilityViolations()).isEmpty();
            String coursePath = browser.path();

            // sign up, then enrol from the course page
            browser.open("/sign-up");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.fillIn("Your name", "Alex " + tag).fillIn("E-mail address", alex).fillIn("Choose a password", PASSWORD);
            browser.driver().findElement(By.xpath("//label[normalize-space(.)='Other, or I would rather not say']")).click();
            browser.press("Create my account");
            // not without accepting the privacy notice, which the form links to
            assertThat(browser.heading()).isEqualTo("Create an account");
            assertThat(browser.text()).contains("please read the privacy notice and tick the box to accept it");
            assertThat(browser.driver().findElement(By.partialLinkText("Read our privacy notice")).getAttribute("href"))
                    .endsWith("/privacy");
            browser.fillIn("Choose a password", PASSWORD);
            browser.field("I have read and accept the privacy notice").click();
            browser.press("Create my account");
            assertThat(browser.heading()).isEqualTo("Sign in");
            assertThat(browser.text()).contains("please check your e-mail");
            browser.fillIn("E-mail address", alex).fillIn("Password", PASSWORD).press("Sign in");
            assertThat(browser.heading()).isEqualTo("My courses");
            browser.open(coursePath);
            // by keyboard only: Enter on the link, Enter on the button
            WebElement enrolLink = browser.driver().findElement(By.cssSelector("a[href$='/my/enrol?run=" + runId + "']"));
            browser.leavePageBy(() -> enrolLink.sendKeys(Keys.ENTER));
            assertThat(browser.heading()).isEqualTo("Enrol on a course");
            assertThat(browser.accessibilityViolations()).isEmpty();
            WebElement confirm = browser.driver().findElement(By.cssSelector("input[value='Confirm my place']"));
            browser.leavePageBy(() -> confirm.sendKeys(Keys.ENTER));
            assertThat(browser.heading()).isEqualTo("My courses");
            assertThat(browser.text()).contains("Your place on " + title + " is confirmed", "Place confirmed", title);
            assertThat(browser.accessibilityViolations()).isEmpty();

            // the calendar file of the run
            String icsPath = browser.driver().findElement(By.partialLinkText("Add to my calendar")).getAttribute("href")
                    .replaceFirst("^https?://[^/]+", "");
            WebClient alexClient = new WebClient(base);
            alexClient.signIn(alex, PASSWORD);
            HttpResponse<String> ics = alexClient.get(icsPath);
            assertThat(ics.statusCode()).isEqualTo(200);
            assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
            assertThat(ics.body()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "SUMMARY:" + title);
            assertThat(new WebClient(base).get(icsPath).statusCode()).as("not without signing in").isNotEqualTo(200);

            // the confirmation e-mail carries the calendar
            MimeMessage confirmation = ReceivedMail.to(alex, "Your place on " + title + " is confirmed");
            assertThat(calendarAttachment(confirmation)).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:" + title);

            // others fill the run, then Sam joins the waiting list
            for (int i = 1; i < placesLeft; i++) {
                assertThat(enrolNewPerson("filler" + i + "-" + tag + "@example.org", runId)).contains("is confirmed");
            }
            String sam = "sam-" + tag + "@example.org";
            assertThat(enrolNewPerson(sam, runId)).contains("You are on the waiting list for " + title + ": number 1");
            // the notice reads the signed-in person's own enrolment: Sam's address tells Alex nothing, a mangled id
            // is ignored
            assertThat(alexClient.get(lastEnrolmentAddress).body()).contains("Your places and waiting lists")
                    .doesNotContain("waiting list for " + title);
            HttpResponse<String> mangled = alexClient.get("/my/?enrolled=1%27%20OR%201%3D1");
            assertThat(mangled.statusCode()).isEqualTo(200);
            assertThat(mangled.body()).contains("Your places and waiting lists").doesNotContain("is confirmed");

            // Alex cancels, after confirming
            browser.open("/my/");
            WebElement card = browser.driver().findElements(By.cssSelector("li.card")).stream()
                    .filter(c -> c.getText().contains(title)).findFirst().orElseThrow();
            card.findElement(By.tagName("summary")).click();
            WebElement yesCancel = card.findElement(By.cssSelector("input[value='Yes, cancel']"));
            browser.leavePageBy(yesCancel::click);
            assertThat(browser.heading()).isEqualTo("My courses");
            assertThat(browser.text()).contains("We have cancelled your place on " + title);

            // Sam has the place and is told so
            MimeMessage promoted = ReceivedMail.to(sam, "You have a place on " + title);
            assertThat(ReceivedMail.textOf(promoted)).contains("Your place is confirmed");
            WebClient samClient = new WebClient(base);
            samClient.signIn(sam, PASSWORD);
            assertThat(samClient.get("/my/").body()).contains("Place confirmed").doesNotContain("On the waiting list");
        }
    }

    /**
     * With waiting-list offers switched on, a freed place is held for the first person waiting: Bea turns it down
     * through the link in her e-mail without signing in, and Cal, next, accepts it on "My courses".
     */
    @Test
    void aFreedPlaceIsOfferedToThoseWaitingInTurnWhoAnswerByTheMailsLinkOrOnMyCourses() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String ann = "ann-" + tag + "@example.org";
        String bea = "bea-" + tag + "@example.org";
        String cal = "cal-" + tag + "@example.org";
        offerHours("48");
        try (Browser browser = new Browser(base)) {
            browser.open("/?places=yes");
            WebElement fewest = fewestPlacesOpenForEnrolment(browser);
            int placesLeft = placesLeft(fewest);
            String title = fewest.findElement(By.cssSelector(".card__title a")).getText();
            long runId = runIdOf(fewest);
            assertThat(enrolNewPerson(ann, runId)).contains("is confirmed");
            for (int i = 1; i < placesLeft; i++) {
                assertThat(enrolNewPerson("offer-filler" + i + "-" + tag + "@example.org", runId)).contains("is confirmed");
            }
            assertThat(enrolNewPerson(bea, runId)).contains("number 1");
            assertThat(enrolNewPerson(cal, runId)).contains("number 2");
            assertThat(ReceivedMail.textOf(ReceivedMail.to(bea, "You are on the waiting list for " + title))).contains("keep it for you for 48 hours");

            // Ann gives up her place: it is offered to Bea, and held for her
            browser.signInAs(ann, PASSWORD);
            WebElement card = browser.driver().findElements(By.cssSelector("li.card")).stream()
                    .filter(c -> c.getText().contains(title)).findFirst().orElseThrow();
            card.findElement(By.tagName("summary")).click();
            WebElement yesCancel = card.findElement(By.cssSelector("input[value='Yes, cancel']"));
            browser.leavePageBy(yesCancel::click);
            assertThat(browser.text()).contains("We have cancelled your place on " + title);
            assertThat(enrolNewPerson("dan-" + tag + "@example.org", runId)).as("the held place is nobody else's")
                    .contains("number 3");

            try (Browser office = new Browser(base)) {
                office.signInAs("admin@example.org", "demo-password");
                office.open("/admin/run?id=" + runId);
                assertThat(office.text()).containsPattern("\\d+ / \\d+ \\(of which 1 held for people offered a place\\)")
                        .contains("Place offered: answer by");
                assertThat(office.driver().findElements(By.cssSelector("input[value='Accept for them'], input[value='Turn down for them']")))
                        .as("the office can answer for the person").hasSize(2);
                assertThat(office.accessibilityViolations()).as("a run with an open offer").isEmpty();
            }
            String offer = ReceivedMail.textOf(ReceivedMail.to(bea, "A place on " + title + " is yours if you accept it"));
            Matcher link = Pattern.compile("https?://[^/\\s]+(/offer\\?enrolment=\\d+&token=[A-Za-z0-9_-]+)").matcher(offer);
            assertThat(link.find()).as(offer).isTrue();
            try (Browser beasPhone = new Browser(base)) {
                beasPhone.open(link.group(1));
                assertThat(beasPhone.heading()).isEqualTo("A place offered to you");
                assertThat(beasPhone.text()).contains(title, "We are keeping this place for you until");
                assertThat(beasPhone.accessibilityViolations()).isEmpty();
                beasPhone.driver().findElement(By.tagName("summary")).click();
                beasPhone.press("Yes, turn it down");
                assertThat(beasPhone.text()).contains("You have turned down the place", "This offer has ended");
                assertThat(beasPhone.accessibilityViolations()).isEmpty();
                // the link with its token's first character changed (to one it was not: a token can begin with x)
                String real = link.group(1);
                int token = real.indexOf("token=") + "token=".length();
                beasPhone.open(real.substring(0, token) + (real.charAt(token) == 'x' ? 'y' : 'x') + real.substring(token + 1));
                assertThat(beasPhone.text()).as("a forged link shows nothing of the offer").contains("This link is not valid")
                        .doesNotContain(title);
            }

            // so the place is offered to Cal, who accepts it on "My courses"
            assertThat(ReceivedMail.textOf(ReceivedMail.to(cal, "A place on " + title + " is yours if you accept it"))).contains("/offer?enrolment=");
            try (Browser calsBrowser = new Browser(base)) {
                calsBrowser.signInAs(cal, PASSWORD);
                assertThat(calsBrowser.text()).contains("A place is waiting for you", "A place has come free and is yours if you accept it by");
                assertThat(calsBrowser.accessibilityViolations()).isEmpty();
                calsBrowser.press("Accept the place");
                assertThat(calsBrowser.text()).contains("The place on " + title + " is yours", "Place confirmed")
                        .doesNotContain("Accept the place");
            }
            assertThat(ReceivedMail.to(cal, "Your place on " + title + " is confirmed")).isNotNull();
        } finally {
            offerHours("0");
        }
    }

    /** The administrator sets how many hours a waiting-list offer is held (0: places are given at once). */
    private void offerHours(String hours) {
        try (Browser admin = new Browser(base)) {
            admin.signInAs("admin@example.org", "demo-password");
            admin.open("/admin/settings");
            admin.fillIn("Hours a person first on a waiting list has to accept a freed place (0 = give freed places at once, without asking)", hours);
            admin.press("Save the settings");
            assertThat(admin.text()).doesNotContain("must be");
        }
    }

    @Test
    void myDetailsAreKeptMyDataCanBeDownloadedAndTheAccountClosed() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "robin-" + tag + "@example.org";
        enrolNewPerson(email, null);
        try (Browser browser = new Browser(base)) {
            browser.signInAs(email, PASSWORD);
            browser.open("/my/details");
            assertThat(browser.heading()).isEqualTo("My details");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.driver().findElement(By.xpath("//label[normalize-space(.)='Large print']")).click();
            browser.driver().findElement(By.xpath("//label[normalize-space(.)='By phone']")).click();
            browser.press("Save my details");
            assertThat(browser.text()).contains("Please give a phone number");
            browser.fillIn("Phone number (needed for contact by phone)", "0123 456 789");
            new Select(browser.field("Language for our pages and e-mails")).selectByVisibleText("Polski");
            browser.press("Save my details");
            assertThat(browser.heading()).isEqualTo("Moje dane");
            assertThat(browser.field("Duży druk").isSelected()).isTrue();
            assertThat(browser.accessibilityViolations()).isEmpty();

            WebClient client = new WebClient(base);
            client.signIn(email, PASSWORD);
            HttpResponse<String> data = client.get("/my/data.json");
            assertThat(data.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(data.body()).contains("\"email\":\"" + email + "\"", "LARGE_PRINT", "0123 456 789");

            browser.driver().findElement(By.xpath("//summary[normalize-space(.)='Zamknij moje konto']")).click();
            browser.press("Tak, zamknij konto i usuń moje dane");
            assertThat(browser.heading()).isEqualTo("Znajdź kurs");
            browser.open("/sign-in").fillIn("Adres e-mail", email).fillIn("Hasło", PASSWORD).press("Zaloguj się");
            assertThat(browser.path()).startsWith("/sign-in");
        }
    }

    @Test
    void theRemainingPublicPagesHaveNoAccessibilityViolations() {
        try (Browser browser = new Browser(base)) {
            browser.open("/sign-in");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.follow("Forgotten your password?");
            assertThat(browser.heading()).isEqualTo("Forgotten your password");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.fillIn("E-mail address", "student@example.org").press("Send me a link");
            assertThat(browser.text()).contains("If there is an account with that address");
            browser.open("/?q=zzzz-no-such-course");
            assertThat(browser.text()).contains("No courses match what you chose");
            // a 360 px wide phone: nothing wider than the screen
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 780));
            browser.open("/?places=yes");
            Object pageWidth = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth;");
            Object screenWidth = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return window.innerWidth;");
            assertThat(((Number) pageWidth).intValue()).isLessThanOrEqualTo(((Number) screenWidth).intValue());
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
            browser.open("/courses/no-such-course");
            assertThat(browser.heading()).isEqualTo("Page not found");
            browser.signInAs("student@example.org", "demo-password");
            browser.open("/my/feedback?enrolment=1");
            assertThat(browser.heading()).isEqualTo("Your feedback");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }

    @Test
    void aStudentAsksToBeToldWhenACourseRunsAgainAndAnswersEqualityQuestionsOnlyTotalsOfWhichAdministratorsSee() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "kim-" + tag + "@example.org";
        enrolNewPerson(email, null);
        String coursePath;
        String title;
        try (Browser admin = new Browser(base)) {
            admin.signInAs("admin@example.org", "demo-password");
            admin.follow("Waiting for a run");
            assertThat(admin.heading()).isEqualTo("Waiting for a run");
            assertThat(admin.accessibilityViolations()).isEmpty();
            WebElement waited = admin.driver().findElement(By.cssSelector("table.data tbody tr td a"));
            title = waited.getText();
            coursePath = waited.getAttribute("href").replaceFirst("^https?://[^/]+", "");
            admin.follow("Equality monitoring");
            assertThat(admin.heading()).isEqualTo("Equality monitoring");
            assertThat(admin.text()).contains("any number from 1 to 4 is shown as \"< 5\"", "People counted:",
                    "Ethnic group", "Not answered");
            assertThat(admin.accessibilityViolations()).isEmpty();
            new Select(admin.field("Students counted")).selectByIndex(1);
            admin.press("Show");
            assertThat(admin.path()).contains("term=");
            assertThat(admin.text()).contains("People counted:");
            assertThat(admin.driver().findElements(By.cssSelector("table.data td")))
                    .extracting(WebElement::getText).noneMatch(shown -> shown.matches("[1-4]"));
        }
        try (Browser browser = new Browser(base)) {
            // a visitor asks from the course page, signs in and comes back to say yes with one button
            browser.open(coursePath);
            assertThat(browser.heading()).isEqualTo(title);
            WebElement ask = browser.driver().findElement(By.id("interestLink"));
            assertThat(ask.getText()).isEqualTo("Tell me when this course runs again");
            browser.leavePageBy(ask::click);
            assertThat(browser.path()).startsWith("/sign-in");
            browser.fillIn("E-mail address", email).fillIn("Password", PASSWORD).press("Sign in");
            assertThat(browser.heading()).isEqualTo("Tell me when this course runs again");
            assertThat(browser.text()).contains(title, "take you off this list");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.press("Tell me when it runs again");
            assertThat(browser.text()).contains("You are on the list. We will tell you when this course runs again.");
            browser.open("/my/");
            assertThat(browser.text()).contains("Courses you are waiting to hear about", title);
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.press("Leave the list");
            assertThat(browser.text()).contains("You have left the list for this course.")
                    .doesNotContain("Courses you are waiting to hear about");

            // equality monitoring: optional, unanswered by default, kept when saved
            browser.open("/my/details");
            assertThat(new Select(browser.field("Age band")).getFirstSelectedOption().getText()).isEqualTo("Not answered");
            new Select(browser.field("Age band")).selectByVisibleText("45 to 54");
            new Select(browser.field("Ethnic group")).selectByVisibleText("Roma");
            new Select(browser.field("How would you describe your gender?")).selectByVisibleText("In another way");
            browser.press("Save my answers");
            assertThat(browser.text()).contains("Your equality monitoring answers are saved.");
            assertThat(new Select(browser.field("Ethnic group")).getFirstSelectedOption().getText()).isEqualTo("Roma");
            assertThat(new Select(browser.field("Do you consider yourself to have a disability?"))
                    .getFirstSelectedOption().getText()).isEqualTo("Not answered");
            assertThat(browser.accessibilityViolations()).isEmpty();
            WebClient client = new WebClient(base);
            client.signIn(email, PASSWORD);
            assertThat(client.get("/my/data.json").body()).contains("\"ethnicity\":\"WHITE_ROMA\"",
                    "\"gender\":\"IN_ANOTHER_WAY\"");
        }
    }

    @Test
    void aCompletedCourseGivesACertificateOnlyToItsStudentAndAdministratorsWhoCanIssueItAgain() throws Exception {
        String certificatePath;
        String title;
        try (Browser browser = new Browser(base)) {
            browser.signInAs("student@example.org", "demo-password");
            browser.open("/my/");
            WebElement link = browser.driver().findElement(By.partialLinkText("Download certificate (PDF)"));
            title = link.findElement(By.xpath("ancestor::tr/td[1]")).getText().strip();
            certificatePath = link.getAttribute("href").replaceFirst("^https?://[^/]+", "");
            assertThat(certificatePath).matches("/certificate\\?enrolment=\\d+");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
        WebClient student = new WebClient(base);
        student.signIn("student@example.org", "demo-password");
        HttpResponse<byte[]> pdf = student.download(certificatePath);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String text = pdfText(pdf.body());
        assertThat(text).contains("Certificate of attendance", "Sam Student", title, "Recovery College",
                "attending 4 of its 5 sessions");
        Matcher number = Pattern.compile("Certificate number: (RC-[A-Z0-9-]+)").matcher(text);
        assertThat(number.find()).isTrue();

        // nobody else: another student, a tutor, or someone not signed in
        String other = "casey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        enrolNewPerson(other, null);
        WebClient otherStudent = new WebClient(base);
        otherStudent.signIn(other, PASSWORD);
        assertThat(otherStudent.download(certificatePath).statusCode()).isEqualTo(403);
        WebClient tutor = new WebClient(base);
        tutor.signIn("tutor@example.org", "demo-password");
        assertThat(tutor.download(certificatePath).statusCode()).isEqualTo(403);
        WebClient anonymous = new WebClient(base);
        assertThat(anonymous.location(anonymous.get(certificatePath))).startsWith("/sign-in");
        assertThat(student.download("/certificate?enrolment=999999999").statusCode()).isEqualTo(404);

        // an administrator downloads the same certificate from the student's record and issues it again
        try (Browser browser = new Browser(base)) {
            browser.signInAs("admin@example.org", "demo-password");
            browser.open("/admin/students").fillIn("E-mail address", "student@example.org").press("Search");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(By.linkText("Sam Student")));
            browser.follow("Sam Student");
            WebElement adminLink = browser.driver().findElement(By.cssSelector("a[href$='" + certificatePath + "']"));
            assertThat(adminLink.getText()).contains("Download certificate (PDF)");
            WebElement again = adminLink.findElement(By.xpath("ancestor::td//input[@value='Issue again']"));
            browser.leavePageBy(again::click);
            assertThat(browser.text()).contains("The certificate for " + title + " was issued again with today's date.");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
        WebClient admin = new WebClient(base);
        admin.signIn("admin@example.org", "demo-password");
        HttpResponse<byte[]> reissued = admin.download(certificatePath);
        assertThat(reissued.statusCode()).isEqualTo(200);
        String reissuedText = pdfText(reissued.body());
        assertThat(reissuedText).contains("Certificate number: " + number.group(1), "Sam Student",
                "Issued on " + LocalDate.now().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK)));
        HttpResponse<String> audit = admin.browse("/admin/audit");
        assertThat(audit.body()).contains("Certificate");
    }

    @Test
    void signUpRecordsTheAcceptedPrivacyNoticeAndANewVersionIsAcceptedAtTheNextSignIn() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "priya-" + tag + "@example.org";
        WebClient visitor = new WebClient(base);
        HttpResponse<String> notice = visitor.get("/privacy");
        assertThat(notice.statusCode()).isEqualTo(200);
        assertThat(notice.headers().allValues("Set-Cookie")).as("the public notice opens no session")
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        Matcher inForce = Pattern.compile("Version (\\d+), published on").matcher(notice.body());
        assertThat(inForce.find()).isTrue();
        int version = Integer.parseInt(inForce.group(1));
        HttpResponse<String> refused = visitor.submit(visitor.get("/sign-up"), "signUp", Map.of("signUp:name", "Priya " + tag,
                "signUp:email", email, "signUp:password", PASSWORD, "signUp:relation", "OTHER"), "signUp:submit");
        assertThat(refused.body()).contains("please read the privacy notice and tick the box to accept it");
        assertThat(visitor.signIn(email, PASSWORD).statusCode()).as("no account was made: sign-in fails").isEqualTo(200);
        enrolNewPerson(email, null);
        WebClient person = new WebClient(base);
        person.signIn(email, PASSWORD);
        assertThat(person.get("/my/data.json").body()).containsPattern(
                "\"privacyNoticeAcceptances\":\\[\\{\"noticeVersion\":" + version + ",\"acceptedAt\":\"\\d{4}-");

        try (Browser browser = new Browser(base)) {
            browser.open("/privacy");
            assertThat(browser.heading()).isEqualTo("Privacy notice");
            assertThat(browser.accessibilityViolations()).isEmpty();
            // an administrator publishes a new version
            browser.signInAs("admin@example.org", "demo-password");
            browser.open("/admin/settings").follow("Privacy notice: versions and publishing a new one");
            assertThat(browser.heading()).isEqualTo("Privacy notice");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.field("Text in English").sendKeys("\n\nUpdated " + tag + ".");
            browser.driver().findElement(By.xpath("//summary[normalize-space(.)='Publish as version " + (version + 1) + "']")).click();
            browser.press("Yes, publish it");
            assertThat(browser.text()).contains("Version " + (version + 1) + " of the privacy notice is published.");
        }
        try {
            // at the person's next sign-in they are asked to accept it before going on, then brought back
            try (Browser browser = new Browser(base)) {
                browser.signInAs(email, PASSWORD);
                assertThat(browser.path()).startsWith("/privacy/accept");
                assertThat(browser.heading()).isEqualTo("Our privacy notice has changed");
                assertThat(browser.text()).contains("Version " + (version + 1), "Updated " + tag + ".");
                assertThat(browser.accessibilityViolations()).isEmpty();
                browser.open("/my/details");
                assertThat(browser.path()).startsWith("/privacy/accept");
                browser.press("I have read and accept the privacy notice");
                assertThat(browser.heading()).isEqualTo("My details");
            }
            WebClient again = new WebClient(base);
            again.signIn(email, PASSWORD);
            assertThat(again.get("/my/").statusCode()).as("not asked again").isEqualTo(200);
            assertThat(person.get("/my/data.json").body()).contains("{\"noticeVersion\":" + version + ",",
                    "{\"noticeVersion\":" + (version + 1) + ",");
        } finally {
            acceptForEveryone(version + 1);
        }
    }

    /** Everybody else accepts the version this test published, so later tests sign in as before. */
    private static void acceptForEveryone(int version) throws Exception {
        String nextId = "postgresql".equals(IntegrationServers.database()) ? "nextval('entity_id_seq')" : "NEXT VALUE FOR entity_id_seq";
        try (java.sql.Connection db = IntegrationServers.connectToDatabase();
                java.sql.PreparedStatement insert = db.prepareStatement("INSERT INTO privacy_acceptance"
                        + " (id, version, account_id, notice_version, accepted_at) SELECT " + nextId + ", 0, a.id, ?, CURRENT_TIMESTAMP"
                        + " FROM user_account a WHERE NOT EXISTS (SELECT 1 FROM privacy_acceptance p"
                        + " WHERE p.account_id = a.id AND p.notice_version = ?)")) {
            insert.setInt(1, version);
            insert.setInt(2, version);
            insert.executeUpdate();
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }

    /** Signs a new person up over HTTP and, when a run is given, enrols them; returns the "my courses" page. */
    /** Where the last {@link #enrolNewPerson} was sent after enrolling: {@code /my/?enrolled=<id>}. */
    private String lastEnrolmentAddress;

    private String enrolNewPerson(String email, Long runId) {
        WebClient client = new WebClient(base);
        HttpResponse<String> signUp = client.get("/sign-up");
        HttpResponse<String> signedUp = client.submit(signUp, "signUp", Map.of("signUp:name", "Person " + email,
                "signUp:email", email, "signUp:password", PASSWORD, "signUp:relation", "OTHER", "signUp:privacyAccepted", "true"),
                "signUp:submit");
        assertThat(client.location(signedUp)).startsWith("/sign-in");
        assertThat(client.location(client.signIn(email, PASSWORD))).isEqualTo("/my/");
        if (runId == null) {
            return client.browse("/my/").body();
        }
        HttpResponse<String> enrolPage = client.get("/my/enrol?run=" + runId);
        HttpResponse<String> enrolled = client.submit(enrolPage, "enrol", Map.of(), "enrol:submit");
        assertThat(WebClient.isRedirect(enrolled)).as(enrolled.body()).isTrue();
        lastEnrolmentAddress = client.location(enrolled);
        return client.browse(lastEnrolmentAddress).body();
    }

    /** The card with the fewest places whose course page offers to enrol (its term's window is open). */
    private WebElement fewestPlacesOpenForEnrolment(Browser browser) {
        List<WebElement> cards = browser.driver().findElements(By.cssSelector("li.card"));
        assertThat(cards).isNotEmpty();
        WebClient anonymous = new WebClient(base);
        return cards.stream().sorted(Comparator.comparingInt(EnrolmentWebsiteIT::placesLeft))
                .filter(card -> anonymous.get(card.findElement(By.cssSelector(".card__title a")).getAttribute("href")
                        .replaceFirst("^https?://[^/]+", "")).body().contains("/my/enrol?run=" + runIdOf(card)))
                .findFirst().orElseThrow();
    }

    private static long runIdOf(WebElement card) {
        return Long.parseLong(card.findElement(By.cssSelector(".card__title")).getAttribute("id").substring(4));
    }

    private static int placesLeft(WebElement card) {
        Matcher matcher = PLACES_LEFT.matcher(card.getText());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : Integer.MAX_VALUE;
    }

    private static String calendarAttachment(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith("text/calendar")) {
                return new String(parts.getBodyPart(i).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No calendar attached to \"" + message.getSubject() + "\"");
    }

    /**
     * The end-of-course feedback form, as a student who came to a course that has finished: scores off the
     * scale are refused on the form, which keeps what was typed; feedback is then taken once, and the form
     * is not offered again.
     */
    @Test
    void aStudentGivesFeedbackOnceAndScoresOffTheScaleAreRefused() throws Exception {
        HttpResponse<String> answer = new WebClient(base).get("/test-fixtures/feedback-world");
        assertThat(answer.statusCode()).isEqualTo(200);
        Properties world = new Properties();
        world.load(new StringReader(answer.body()));
        String course = world.getProperty("course");
        String form = "/my/feedback?enrolment=" + world.getProperty("enrolment");

        try (Browser browser = new Browser(base)) {
            browser.signInAs(world.getProperty("email"), FeedbackFixtureServlet.PASSWORD);
            browser.open("/my/");
            // the completed course's row: the one session marked present of two, and the way to give feedback
            assertThat(browser.text()).contains(course).contains("1 of 2 sessions");
            assertThat(browser.driver().findElements(By.cssSelector("a[href$='" + form + "']"))).hasSize(1);
            browser.open(form);
            assertThat(browser.heading()).isEqualTo("Your feedback");
            assertThat(browser.text()).contains("Thank you for taking part in " + course);
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.driver().findElement(By.xpath("//label[normalize-space(.)='Good']")).click();
            browser.fillIn("What helped you most? (optional)", "Meeting people who understood");
            new Select(browser.field("Scale used")).selectByVisibleText("WEMWBS (14 questions, scores 14 to 70)");
            browser.fillIn("Score at the start", "35").fillIn("Score at the end", "99");
            browser.press("Send my feedback");
            assertThat(browser.heading()).isEqualTo("Your feedback");
            assertThat(browser.text()).contains("Please check the scores: they must fit the scale you chose.");
            assertThat(browser.field("What helped you most? (optional)").getAttribute("value"))
                    .isEqualTo("Meeting people who understood");

            browser.fillIn("Score at the end", "41");
            browser.press("Send my feedback");
            assertThat(browser.heading()).isEqualTo("My courses");
            assertThat(browser.text()).contains("Thank you for your feedback.");
            assertThat(browser.driver().findElements(By.cssSelector("a[href$='" + form + "']")))
                    .as("feedback is given once: My courses no longer offers it").isEmpty();

            browser.open(form);
            assertThat(browser.text()).contains("Feedback can be given once, after a course you attended has finished.");
            assertThat(browser.driver().findElements(By.id("feedback"))).isEmpty();
        }
    }
}
