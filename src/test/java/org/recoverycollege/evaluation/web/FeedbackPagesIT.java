package org.recoverycollege.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.recoverycollege.testing.Browser;
import org.recoverycollege.testing.Deployments;
import org.recoverycollege.testing.WebClient;

/**
 * The end-of-course feedback form in headless Chromium, as a student who came to a course that has
 * finished: scores off the scale are refused on the form, which keeps what was typed; feedback is then
 * taken once, and the form is not offered again.
 */
@ExtendWith(ArquillianExtension.class)
class FeedbackPagesIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application().addClass(FeedbackFixtureServlet.class);
    }

    @ArquillianResource
    private URL base;

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

            browser.open(form);
            assertThat(browser.text()).contains("Feedback can be given once, after a course you attended has finished.");
            assertThat(browser.driver().findElements(By.id("feedback"))).isEmpty();
        }
    }
}
