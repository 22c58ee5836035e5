package org.recoverycollege.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.recoverycollege.testing.WebClient;

/**
 * The WAR on a plain {@code java -jar payara-micro.jar --deploy ROOT.war}: with no database settings
 * it uses H2 in a file, loads the demo college, serves the prospectus, and keeps what people entered
 * across a restart.
 */
@DisabledIfSystemProperty(named = "recoverycollege.it.db", matches = "h2",
        disabledReason = "starts its own Payara Micro on an H2 file already; once is enough")
class EmbeddedDatabaseRunIT {

    // as ClusterIT: about 15 s on an idle machine, minutes when other builds share the cores
    private static final Duration STARTUP = Duration.ofMinutes(Long.getLong("recoverycollege.it.startup-minutes", 10));
    private static final Pattern RUN_COUNT = Pattern.compile("(\\d+) course runs");

    private Process payara;

    @Test
    void startsOnEmbeddedH2WithTheDemoCollegeAndKeepsDataAcrossRestarts() throws Exception {
        Path home = Files.createTempDirectory("rc-home");
        int port = freePort();
        URL base = new URL("http://localhost:" + port + "/");

        start(home, port);
        WebClient visitor = new WebClient(base);
        HttpResponse<String> prospectus = visitor.get("/");
        assertThat(prospectus.statusCode()).isEqualTo(200);
        assertThat(prospectus.body()).contains("Find a course", "Northgate Adult Education Centre");
        int runsBefore = runCount(prospectus.body());
        assertThat(runsBefore).isGreaterThan(20);

        HttpResponse<String> signUpPage = visitor.get("/sign-up");
        HttpResponse<String> signedUp = visitor.submit(signUpPage, "signUp", Map.of(
                "signUp:name", "Robin Restart",
                "signUp:email", "robin.restart@example.org",
                "signUp:password", "kept-across-2-starts",
                "signUp:relation", "CARER_FAMILY_FRIEND",
                "signUp:privacyAccepted", "true"), "signUp:submit");
        assertThat(visitor.location(signedUp)).startsWith("/sign-in");
        assertThat(visitor.location(visitor.signIn("robin.restart@example.org", "kept-across-2-starts"))).isEqualTo("/my/");
        assertThat(Files.exists(home.resolve(".recovery-college/college.mv.db"))).isTrue();
        stop();

        start(home, port);
        WebClient returning = new WebClient(base);
        HttpResponse<String> signedIn = returning.signIn("robin.restart@example.org", "kept-across-2-starts");
        assertThat(returning.location(signedIn)).isEqualTo("/my/");
        assertThat(runCount(returning.get("/").body())).as("the demo college is loaded once").isEqualTo(runsBefore);
    }

    private void start(Path home, int port) throws IOException, InterruptedException {
        File war = new File(System.getProperty("recoverycollege.it.war", "target/ROOT.war"));
        String payaraJar = fish.payara.micro.PayaraMicro.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        Path log = Files.createTempFile("payara-h2", ".log");
        payara = new ProcessBuilder(List.of(javaBinary(), "-Xmx768m", "-Duser.home=" + home, "-jar", payaraJar,
                "--deploy", war.getAbsolutePath(), "--port", String.valueOf(port), "--nocluster", "--disablephonehome"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        WebClient probe = new WebClient(new URL("http://localhost:" + port + "/"));
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            assertThat(payara.isAlive()).as("Payara Micro stopped; see " + log).isTrue();
            try {
                if (probe.get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("Payara Micro did not become ready within " + STARTUP + "; see " + log);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (payara != null && payara.isAlive()) {
            payara.destroy();
            if (!payara.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                payara.destroyForcibly().waitFor();
            }
        }
    }

    private static int runCount(String body) {
        Matcher matcher = RUN_COUNT.matcher(body);
        assertThat(matcher.find()).as("the prospectus says how many runs it lists").isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
