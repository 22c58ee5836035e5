package org.recoverycollege.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven as a person would use the site: find fields by their label,
 * buttons by their text. Nothing is downloaded: the binaries are the system's.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Dimension WINDOW = new Dimension(1280, 1000);

    /**
     * Chromium processes a closed Browser left for the next one: starting Chromium costs seconds of CPU, and
     * the browser tests open some forty. A returned one keeps no cookies, storage or open pages.
     */
    private static final Deque<Chromium> IDLE = new ConcurrentLinkedDeque<>();

    private final Chromium chromium;
    private final WebDriver driver;
    private final String baseUrl;
    private boolean closed;

    /** A browser with no cookies or stored data, as a person opening the site for the first time. */
    public Browser(URL base) {
        this.baseUrl = base.toExternalForm().replaceAll("/$", "");
        Chromium idle = IDLE.poll();
        this.chromium = idle != null ? idle : Chromium.start();
        this.driver = chromium.driver();
    }

    /** Stops the Chromium processes kept for reuse; once, when the test run ends. */
    public static void stopIdleBrowsers() {
        for (Chromium idle = IDLE.poll(); idle != null; idle = IDLE.poll()) {
            idle.stop();
        }
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** The input whose label has this text, as a screen reader would find it. */
    public WebElement field(String labelText) {
        WebElement label = driver.findElement(By.xpath("//label[normalize-space(.)=" + xpathLiteral(labelText) + "]"));
        return driver.findElement(By.id(label.getAttribute("for")));
    }

    public Browser fillIn(String labelText, String value) {
        WebElement input = field(labelText);
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /**
     * Presses a button. A button that submits the whole page (no Ajax) is followed to the next page, so
     * what the test reads next is the answer, not the page being left.
     */
    public Browser press(String buttonText) {
        WebElement button = driver.findElement(By.xpath("//button[normalize-space(.)=" + xpathLiteral(buttonText)
                + "] | //input[(@type='submit' or @type='button') and @value=" + xpathLiteral(buttonText) + "]"));
        String onclick = String.valueOf(button.getAttribute("onclick")) + registeredClickHandler(button);
        boolean ajax = "true".equals(button.getAttribute("data-ajax"))
                || onclick.contains(".ab(") || onclick.contains("faces.ajax") || onclick.contains("jsf.ajax");
        if ("submit".equals(button.getAttribute("type")) && !ajax) {
            leavePageBy(button::click);
        } else {
            button.click();
        }
        return this;
    }

    /**
     * With the Content-Security-Policy on, PrimeFaces moves {@code onclick="..."} out of the element into a
     * nonce'd script ({@code PrimeFaces.csp.register('id','onclick',function(event){...});}): that handler.
     */
    private String registeredClickHandler(WebElement button) {
        String id = button.getAttribute("id");
        if (id == null || id.isEmpty()) {
            return "";
        }
        String source = driver.getPageSource();
        int at = source.indexOf("PrimeFaces.csp.register('" + id + "','onclick'");
        if (at < 0) {
            at = source.indexOf("PrimeFaces.csp.register('" + id + "','click'");
        }
        if (at < 0) {
            return "";
        }
        int end = source.indexOf("});", at);
        return source.substring(at, end < 0 ? source.length() : end);
    }

    /** Follows a link and waits for the page it leads to. */
    public Browser follow(String linkText) {
        return leavePageBy(() -> driver.findElement(By.linkText(linkText)).click());
    }

    /** Chooses a language with the page's language switch (a POST form per language) and waits for the page. */
    public Browser chooseLanguage(String code) {
        return leavePageBy(() -> driver.findElement(By.cssSelector(".languages button[lang='" + code + "']")).click());
    }

    /** Runs what leaves the page (a click, a confirmed dialog) and waits until the next page has loaded. */
    public Browser leavePageBy(Runnable action) {
        markCurrentPage();
        action.run();
        waitForNextPage();
        return this;
    }

    /** A page's script globals die with it, so a mark set now is gone once the next page has loaded. */
    private void markCurrentPage() {
        ((JavascriptExecutor) driver).executeScript("window.rcPreviousPage = true;");
    }

    private void waitForNextPage() {
        // while the old page unloads the script may find no document: that is "not yet"
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return window.rcPreviousPage === undefined && document.readyState === 'complete';")));
    }

    public String heading() {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser signInAs(String email, String password) {
        open("/sign-in").fillIn("E-mail address", email).fillIn("Password", password).press("Sign in");
        return this;
    }

    /** The axe rules of WCAG 2.1 A and AA broken by the current page, one line each (empty when none). */
    public String accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        return results.getViolations().stream()
                .map(Browser::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    /**
     * The header's links and buttons whose text does not stand out from its background by at least 4.5:1
     * (WCAG 2.1 AA for normal text), one line each with the colours found; empty when every control is
     * readable. The colours are computed in the page: the control's text colour, over the first
     * non-transparent background of the control or its ancestors (axe cannot always tell).
     */
    public String unreadableHeaderControls() {
        Object found = ((JavascriptExecutor) driver).executeScript(HEADER_CONTRAST_SCRIPT);
        return String.valueOf(found);
    }

    private static final String HEADER_CONTRAST_SCRIPT = """
            const rgba = text => {
              const m = text.match(/rgba?\\(([^)]*)\\)/);
              if (!m) { return [0, 0, 0, 0]; }
              const p = m[1].split(/[ ,\\/]+/).filter(x => x.length).map(Number);
              return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
            };
            const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
            const background = element => {
              const layers = [];
              for (let e = element; e; e = e.parentElement) {
                const colour = rgba(getComputedStyle(e).backgroundColor);
                if (colour[3] > 0) { layers.push(colour); }
                if (colour[3] >= 1) { break; }
              }
              return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1]);
            };
            const luminance = c => {
              const [r, g, b] = c.slice(0, 3).map(v => v / 255)
                  .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const problems = [];
            const controls = document.querySelectorAll(
                'header a, header button, header input[type=submit], header input[type=button]');
            if (controls.length === 0) { return 'no controls in the header'; }
            for (const control of controls) {
              if (control.offsetWidth === 0 && control.offsetHeight === 0) { continue; }
              const back = background(control);
              const fore = over(rgba(getComputedStyle(control).color), back);
              const [light, dark] = [luminance(fore), luminance(back)].sort((a, b) => b - a);
              const ratio = (light + 0.05) / (dark + 0.05);
              if (ratio < 4.5) {
                const name = (control.value || control.textContent || '').trim();
                problems.push('"' + name + '" ' + ratio.toFixed(2) + ':1 (text rgb(' + fore.slice(0, 3).map(Math.round)
                    + ') on rgb(' + back.slice(0, 3).map(Math.round) + '))');
              }
            }
            return problems.join('\\n');
            """;

    public void screenshot(Path file) {
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves the whole page (not only the window) as it renders at this width, as a phone or desktop
     * would show it; the window's own size is restored afterwards.
     */
    public void fullPageScreenshot(int width, Path file) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                "deviceScaleFactor", 1, "mobile", width < 600));
        try {
            Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
            Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width,
                            "height", Math.min(height.intValue(), 8000), "scale", 1)));
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** Gives the Chromium back, forgetting this person (cookies, storage, open pages), or stops it if it broke. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            chromium.forgetEverything(baseUrl);
            IDLE.push(chromium);
        } catch (RuntimeException e) {
            chromium.stop(); // crashed, or left without a window: not fit for the next person
        }
    }

    /** One Chromium with its driver and its own profile directory. */
    private record Chromium(ChromeDriver driver, Path profile) {

        static Chromium start() {
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            Path profile = tempProfile();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=" + WINDOW.width + "," + WINDOW.height,
                    "--user-data-dir=" + profile);
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            // a page that does not load in a minute is a failure to report, not five minutes of waiting
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Chromium(driver, profile);
        }

        private static Path tempProfile() {
            try {
                return Files.createTempDirectory("chromium-profile");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Back to a blank page in one window of the usual size, with no cookies, cache or storage of the site. */
        void forgetEverything(String siteBase) {
            List<String> windows = List.copyOf(driver.getWindowHandles());
            for (String extra : windows.subList(1, windows.size())) {
                driver.switchTo().window(extra).close();
            }
            driver.switchTo().window(windows.get(0));
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            // the anonymous prospectus may be cached for a minute: the next person must ask the server again
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", siteBase, "storageTypes", "all"));
            driver.manage().window().setSize(WINDOW);
        }

        void stop() {
            try {
                driver.quit();
            } finally {
                deleteProfile();
            }
        }

        /** Each browser's profile is tens of megabytes; a suite of browser classes would otherwise fill /tmp. */
        private void deleteProfile() {
            try (Stream<Path> paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not delete the browser profile " + profile, e);
            }
        }
    }
}
