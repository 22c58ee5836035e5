package org.recoverycollege.pairing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recoverycollege.testing.Browser;

/**
 * The pairing board as the demo administrator uses it on the demo college's open term: solve in the
 * background while watching the progress, read why places stay empty, change a pair by hand, publish, and
 * find the offer on the tutor's own screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PairingBoardIT {

    private static final String PASSWORD = "demo-password";

    @ArquillianResource
    private URL base;

    @Test
    void theAdministratorSolvesChangesAndPublishesAndTheTutorSeesTheOffer() throws Exception {
        List<String> fixture = fixture();
        String course = fixture.get(0);
        String professionalEmail = fixture.get(1);
        try (Browser browser = new Browser(base)) {
            browser.signInAs("admin@example.org", PASSWORD).open("/admin/pairing");
            assertThat(browser.heading()).isEqualTo("Pairing");
            assertThat(browser.accessibilityViolations()).as(browser.text()).isEmpty();

            browser.press("Solve");
            waitFor(browser, "Solving:");
            assertThat(browser.text()).contains("Stop solving");
            waitFor(browser, "The last solve finished after");
            assertThat(browser.text()).contains("Best so far: 0 rules broken");
            assertThat(browser.accessibilityViolations()).isEmpty();

            new Select(browser.field("Course")).selectByVisibleText(course);
            browser.press("Show runs");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(driver -> driver.findElements(By.xpath("//tbody/tr")).size() == 1);
            WebElement row = browser.driver().findElement(By.xpath("//tr[td[contains(., '" + course + "')]]"));
            assertThat(row.getText()).contains("Pat Peer", "Robin Professional", "Proposed");

            new Select(browser.field("Course")).selectByIndex(0);
            browser.press("Show runs");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(driver -> driver.findElements(By.xpath("//tbody/tr")).size() > 1);
            browser.press("Change pair");
            waitFor(browser, "Change the pair of");
            assertThat(browser.accessibilityViolations()).isEmpty();
            Select professional = new Select(browser.field("Professional trainer"));
            String current = professional.getFirstSelectedOption().getText();
            WebElement other = professional.getOptions().stream()
                    .filter(o -> !o.getText().equals(current) && !o.getText().startsWith("Nobody"))
                    .findFirst().orElse(professional.getOptions().get(0));
            String chosen = other.getText().split(" - ")[0];
            professional.selectByVisibleText(other.getText());
            browser.press("Save pair");
            waitFor(browser, "has been changed");
            assertThat(browser.text()).contains(chosen.startsWith("Nobody") ? "Nobody yet" : chosen);

            browser.press("Publish");
            waitFor(browser, "Publish the proposed pairs?");
            browser.press("Yes, publish");
            waitFor(browser, "assignments to their tutors");
            assertThat(browser.text()).contains("Offered to you");
            browser.press("Sign out");

            browser.signInAs(professionalEmail, PASSWORD);
            assertThat(browser.path()).isEqualTo("/tutor/");
            assertThat(browser.text()).contains(course, "Offered to you");
        }
    }

    private static void waitFor(Browser browser, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(driver -> driver.findElement(By.tagName("body")).getText().contains(text));
    }

    private List<String> fixture() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + "/test-fixtures/pairing")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return List.of(response.body().split("\n"));
    }
}
