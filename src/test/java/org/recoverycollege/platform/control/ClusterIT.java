package org.recoverycollege.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.recoverycollege.testing.IntegrationServers;
import org.recoverycollege.testing.WebClient;

/**
 * Two Payara Micro instances in one Hazelcast cluster on one PostgreSQL, as in production: people sign up
 * and enrol on both, one instance is killed (SIGKILL) halfway through an enrolment spike, then PostgreSQL
 * restarts under light load. Nothing is overbooked, lost or duplicated, every answered enrolment tells
 * the person what they got, sessions carry on on the survivor, each mail goes out once although both
 * instances sweep the outbox, and instance B's pool never holds more than its APP_DB_POOL_MAX connections.
 *
 * <p>PostgreSQL only, on purpose: the test runs its own PostgreSQL so it can restart it, and the instances
 * must share one database server (an H2 file cannot be shared by two processes).
 */
@DisabledIfSystemProperty(named = "recoverycollege.it.db", matches = "h2",
        disabledReason = "runs its own PostgreSQL whatever the execution; once is enough")
class ClusterIT {

    // about 15 s each on an idle 2-core machine; much longer when other builds share the cores
    private static final Duration STARTUP = Duration.ofMinutes(Long.getLong("recoverycollege.it.startup-minutes", 10));
    private static final int POOL_MAX_B = 4;
    private static final int POOL_MIN_B = 3; // above the default 2, so an idle B shows it was read
    private static final int PEOPLE = 24;
    private static final Pattern INFO_MESSAGE = Pattern.compile(
            "class=\"message message--info\"[^>]*>([^<]*)<");
    private static final Pattern ENROLLED = Pattern.compile("[?&]enrolled=(\\d+)");

    private static Path work;
    private static int pgPort;
    private static EmbeddedPostgres postgres;
    private static final Instance A = new Instance("a");
    private static final Instance B = new Instance("b");
    private static final String PREFIX = "cl" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    @BeforeAll
    static void startCluster() throws Exception {
        work = Files.createTempDirectory("rc-cluster");
        pgPort = freePort();
        startPostgres();
        String cluster = "rc-" + PREFIX;
        A.prepare();
        B.prepare();
        String members = "tcpip:127.0.0.1:" + A.hzPort + ",127.0.0.1:" + B.hzPort;
        // A loads the demo college into the empty database; B joins once A is ready
        A.start(cluster, members, true, Map.of());
        B.start(cluster, members, false, Map.of("APP_DB_POOL_MAX", String.valueOf(POOL_MAX_B), "APP_DB_POOL_MIN", String.valueOf(POOL_MIN_B)));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        A.stop();
        B.stop();
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void losesNothingWhenAnInstanceDiesAndTheDatabaseRestarts() throws Exception {
        // sign-up on alternate instances; the sign-up notice signed by one instance is read on the other
        List<Person> everyone = new ArrayList<>();
        for (int i = 0; i < PEOPLE + 4; i++) {
            Instance home = i % 2 == 0 ? A : B;
            Person person = new Person(PREFIX + "-" + i + "@example.org", "Person " + PREFIX + " " + i, home);
            person.signUp(home == A ? B : A);
            everyone.add(person);
        }
        long runId = openRun(everyone.get(0).client, PEOPLE - 6);
        String courseTitle = courseTitle(runId);
        long confirmedBefore = confirmedCount(runId);
        int capacity = capacity(runId) - (int) confirmedBefore; // the places left for these people
        int people = PEOPLE;
        List<Person> spike = everyone.subList(0, people);
        List<Person> late = everyone.subList(people, everyone.size());

        // an idle B keeps its APP_DB_POOL_MIN connections open (the fewest seen over a few samples)
        int idleConnectionsOfB = Integer.MAX_VALUE;
        for (int sample = 0; sample < 10; sample++) {
            idleConnectionsOfB = Math.min(idleConnectionsOfB, connectionsOf("rc-b"));
            Thread.sleep(200);
        }
        assertThat(idleConnectionsOfB).as("connections an idle instance B keeps open").isBetween(POOL_MIN_B, POOL_MAX_B);

        PoolWatch poolWatch = new PoolWatch();
        poolWatch.start();

        // wave 1: both instances alive, both sweeping the outbox
        int half = people / 2;
        enrolAll(spike.subList(0, half), runId, null);
        // each of wave 1's mails went out exactly once, though both instances swept the outbox. Asked before
        // the kill: a mail an instance had claimed when it died waits out the claim's lease (5 minutes)
        assertMailsOnce(spike.subList(0, half), courseTitle, liveEnrolments(runId));
        // wave 2: instance A is killed once a quarter of the wave has been answered
        AtomicInteger answered = new AtomicInteger();
        enrolAll(spike.subList(half, people), runId, () -> {
            if (answered.incrementAndGet() == (people - half) / 4) {
                A.kill();
            }
        });
        assertThat(A.process.isAlive()).as("instance A was killed halfway").isFalse();
        poolWatch.stop();

        Map<String, List<Enrolment>> stored = liveEnrolments(runId);
        assertThat(stored.values().stream().filter(list -> list.size() > 1)).as("no duplicated place").isEmpty();
        for (Person person : spike) {
            assertThat(stored.get(person.email)).as("a live enrolment for " + person.email).hasSize(1);
            Enrolment enrolment = stored.get(person.email).get(0);
            if (person.enrolmentId != null) {
                assertThat(enrolment.id).as("the answered enrolment is the stored one").isEqualTo(person.enrolmentId);
                assertThat(person.message).as("the outcome told to " + person.email).isNotNull();
                assertThat(person.message).contains(courseTitle)
                        .contains(enrolment.confirmed ? "is confirmed" : "waiting list");
            }
        }
        assertThat(everyone.stream().filter(p -> p.enrolmentId != null).count())
                .as("most enrolments were answered").isGreaterThanOrEqualTo(people - 4);
        long confirmed = stored.values().stream().flatMap(List::stream).filter(e -> e.confirmed).count();
        assertThat(confirmed).as("confirmed places").isEqualTo(Math.min(capacity, people));
        assertThat(confirmedCount(runId)).as("the run's own count").isEqualTo(confirmedBefore + confirmed);

        // sessions made on A carry on on B without signing in again
        for (Person person : spike) {
            if (person.home == A) {
                HttpResponse<String> my = person.client.on(B.base).get("/my/");
                assertThat(my.statusCode()).as("session of " + person.email + " on the survivor").isEqualTo(200);
                assertThat(my.body()).as("their own courses").contains("<title>My courses").contains(courseTitle);
            }
        }

        // the pool of B never went over APP_DB_POOL_MAX under the spike
        assertThat(poolWatch.max.get()).as("connections of instance B").isBetween(POOL_MIN_B, POOL_MAX_B);

        // PostgreSQL restarts under light load: nothing lost or duplicated, no restart of the application
        ExecutorService load = Executors.newSingleThreadExecutor();
        Future<?> enrolling = load.submit(() -> {
            for (Person person : late) {
                person.enrolWithRetries(B, runId, Duration.ofSeconds(90));
            }
        });
        Thread.sleep(300);
        postgres.close();
        Thread.sleep(3000);
        startPostgres();
        enrolling.get(3, TimeUnit.MINUTES);
        load.shutdown();
        Map<String, List<Enrolment>> afterRestart = liveEnrolments(runId);
        for (Person person : late) {
            assertThat(afterRestart.get(person.email)).as("one live enrolment for " + person.email).hasSize(1);
            assertThat(person.message).as("outcome told to " + person.email).isNotNull().contains(courseTitle);
        }
        assertThat(B.client().get("/health/ready").statusCode()).isEqualTo(200);
    }

    private static void enrolAll(List<Person> people, long runId, Runnable afterEachAnswer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        for (Person person : people) {
            done.add(pool.submit(() -> {
                person.enrolWithRetries(person.home, runId, Duration.ofSeconds(90));
                if (afterEachAnswer != null) {
                    afterEachAnswer.run();
                }
            }));
        }
        for (Future<?> future : done) {
            future.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }

    private static void assertMailsOnce(List<Person> people, String courseTitle, Map<String, List<Enrolment>> stored)
            throws Exception {
        GreenMail mail = IntegrationServers.mail();
        Map<String, String> expected = new HashMap<>();
        for (Person person : people) {
            boolean confirmed = stored.get(person.email).get(0).confirmed;
            expected.put(person.email, confirmed ? "Your place on " + courseTitle + " is confirmed"
                    : "You are on the waiting list for " + courseTitle);
        }
        Instant deadline = Instant.now().plusSeconds(60);
        Map<String, Integer> counts = Map.of();
        while (Instant.now().isBefore(deadline)) {
            counts = mailCounts(mail, expected);
            if (counts.size() == expected.size()) {
                break;
            }
            Thread.sleep(1000);
        }
        Thread.sleep(6000); // one more sweep of each instance: a second copy would arrive now
        counts = mailCounts(mail, expected);
        for (String email : expected.keySet()) {
            assertThat(counts.getOrDefault(email, 0)).as("mails \"" + expected.get(email) + "\" to " + email).isEqualTo(1);
        }
    }

    private static Map<String, Integer> mailCounts(GreenMail mail, Map<String, String> expected) throws MessagingException {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getAllRecipients() == null) {
                continue;
            }
            for (var recipient : message.getAllRecipients()) {
                String email = ((InternetAddress) recipient).getAddress();
                if (expected.containsKey(email) && expected.get(email).equals(message.getSubject())) {
                    counts.merge(email, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** A signed-in person with their own cookies; their home instance is where they started. */
    private static final class Person {
        final String email;
        final String name;
        final Instance home;
        WebClient client;
        volatile Long enrolmentId;
        volatile String message;

        Person(String email, String name, Instance home) {
            this.email = email;
            this.name = name;
            this.home = home;
        }

        void signUp(Instance other) {
            client = new WebClient(home.base);
            HttpResponse<String> page = client.get("/sign-up");
            HttpResponse<String> signedUp = client.submit(page, "signUp", Map.of(
                    "signUp:name", name,
                    "signUp:email", email,
                    "signUp:password", "cluster-test-password-1",
                    "signUp:relation", "CARER_FAMILY_FRIEND",
                    "signUp:privacyAccepted", "true"), "signUp:submit");
            assertThat(signedUp.statusCode()).as("sign-up of " + email).isEqualTo(302);
            String location = client.location(signedUp);
            assertThat(location).startsWith("/sign-in").contains("notice=");
            // the notice, signed on one instance, is shown by the other: the key is shared through the database
            HttpResponse<String> checkMail = client.on(other.base).get(location);
            assertThat(infoMessage(checkMail)).as("sign-up notice shown on the other instance")
                    .contains("please check your e-mail");
            String forged = location.replace("notice=", "notice=A");
            assertThat(infoMessage(client.get(forged))).as("a notice whose signature does not match").isNull();
            assertThat(client.location(client.signIn(email, "cluster-test-password-1")))
                    .as("sign-in of " + email).isEqualTo("/my/");
        }

        /** Enrols on the given instance, moving to the other one if it is gone; true once answered. */
        void enrolWithRetries(Instance first, long runId, Duration patience) {
            Instant deadline = Instant.now().plus(patience);
            Instance target = first;
            while (Instant.now().isBefore(deadline)) {
                if (!target.process.isAlive()) {
                    target = target == A ? B : A;
                }
                try {
                    WebClient on = client.on(target.base);
                    if (enrolmentId == null) {
                        HttpResponse<String> page = on.get("/my/enrol?run=" + runId);
                        if (WebClient.isRedirect(page)) {
                            assertThat(on.location(page)).as("session of " + email + " kept").doesNotContain("sign-in");
                        }
                        if (page.statusCode() != 200 || !page.body().contains("id=\"enrol\"")) {
                            if (alreadyEnrolled(on, runId)) {
                                return;
                            }
                            Thread.sleep(500);
                            continue;
                        }
                        HttpResponse<String> posted = on.submit(page, "enrol", Map.of(), "enrol:submit");
                        if (posted.statusCode() != 302) {
                            if (alreadyEnrolled(on, runId)) {
                                return;
                            }
                            Thread.sleep(500);
                            continue;
                        }
                        String location = on.location(posted);
                        Matcher enrolled = ENROLLED.matcher(location);
                        assertThat(enrolled.find()).as("redirect after enrolling: " + location).isTrue();
                        enrolmentId = Long.valueOf(enrolled.group(1));
                        HttpResponse<String> my = on.get(location);
                        message = infoMessage(my);
                        if (my.statusCode() != 200) {
                            Thread.sleep(500);
                            continue;
                        }
                    } else {
                        HttpResponse<String> my = on.get("/my/?enrolled=" + enrolmentId);
                        if (my.statusCode() != 200) {
                            Thread.sleep(500);
                            continue;
                        }
                        message = infoMessage(my);
                    }
                    return;
                } catch (UncheckedIOException instanceGone) {
                    // the instance died under the request: carry on on the other one with the same session
                    target = target == A ? B : A;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        /** When a request's answer was lost with its instance, the place may already be there. */
        private boolean alreadyEnrolled(WebClient on, long runId) {
            try {
                Map<String, List<Enrolment>> stored = liveEnrolments(runId);
                return stored.containsKey(email);
            } catch (SQLException e) {
                return false;
            }
        }
    }

    private static String infoMessage(HttpResponse<String> page) {
        Matcher matcher = INFO_MESSAGE.matcher(page.body());
        return matcher.find() ? matcher.group(1).replace("&#39;", "'").replace("&amp;", "&").strip() : null;
    }

    /** One Payara Micro process of the cluster. */
    private static final class Instance {
        final String name;
        int httpPort;
        int hzPort;
        URL base;
        Process process;
        Path log;

        Instance(String name) {
            this.name = name;
        }

        void prepare() throws IOException {
            httpPort = freePort();
            hzPort = freePort();
            base = new URL("http://localhost:" + httpPort + "/");
        }

        WebClient client() {
            return new WebClient(base);
        }

        void start(String cluster, String members, boolean demoData, Map<String, String> environment)
                throws Exception {
            File war = new File(System.getProperty("recoverycollege.it.war", "target/ROOT.war"));
            String payaraJar = fish.payara.micro.PayaraMicro.class.getProtectionDomain().getCodeSource()
                    .getLocation().getPath();
            Path home = Files.createDirectories(work.resolve("home-" + name));
            log = work.resolve("payara-" + name + ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of(javaBinary(), "-Xmx512m", "-Duser.home=" + home,
                    "-Dapp.db.class=org.postgresql.ds.PGSimpleDataSource",
                    "-Dapp.db.url=jdbc:postgresql://localhost:" + pgPort + "/postgres?ApplicationName=rc-" + name,
                    "-Dapp.db.user=postgres", "-Dapp.db.password=postgres",
                    "-Dapp.demo-data=" + demoData,
                    "-Dapp.mail.host=127.0.0.1",
                    "-Dapp.mail.port=" + System.getProperty(IntegrationServers.MAIL_PORT_PROPERTY, "3025"),
                    // both instances sweep the outbox every second: more chances to send a mail twice, were it possible
                    "-Dapp.mail.sweep-seconds=1",
                    "-jar", payaraJar,
                    "--deploy", war.getAbsolutePath(),
                    "--port", String.valueOf(httpPort),
                    "--clusterName", cluster,
                    "--clustermode", members,
                    "--startport", String.valueOf(hzPort),
                    "--interfaces", "127.0.0.1",
                    "--nohostaware",
                    "--disablephonehome",
                    "--prebootcommandfile", new File("server-config/pre-boot-commands.asadmin").getAbsolutePath(),
                    "--postbootcommandfile", new File("server-config/post-boot-commands.asadmin").getAbsolutePath(),
                    "--postdeploycommandfile", new File("server-config/post-deploy-commands.asadmin").getAbsolutePath()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            process = builder.start();
            Process started = process;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly)); // also if the test JVM is stopped
            WebClient probe = client();
            Instant deadline = Instant.now().plus(STARTUP);
            while (Instant.now().isBefore(deadline)) {
                assertThat(process.isAlive()).as("Payara Micro " + name + " stopped; see " + log).isTrue();
                try {
                    if (probe.get("/health/ready").statusCode() == 200) {
                        return;
                    }
                } catch (RuntimeException notYet) {
                    // not listening yet
                }
                Thread.sleep(1000);
            }
            throw new AssertionError("Payara Micro " + name + " did not become ready; see " + log);
        }

        /** SIGKILL: no shutdown hook, no goodbye to the cluster. */
        void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }
    }

    /** Samples how many connections instance B holds open in PostgreSQL. */
    private static final class PoolWatch {
        final AtomicInteger max = new AtomicInteger();
        final AtomicBoolean running = new AtomicBoolean(true);
        Thread thread;

        void start() {
            thread = new Thread(() -> {
                try (Connection db = database(); Statement statement = db.createStatement()) {
                    while (running.get()) {
                        try (ResultSet rows = statement.executeQuery(
                                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'rc-b'")) {
                            rows.next();
                            max.accumulateAndGet(rows.getInt(1), Math::max);
                        }
                        Thread.sleep(50);
                    }
                } catch (SQLException | InterruptedException e) {
                    // the watch ends with the test's load
                }
            }, "pool-watch");
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(5000);
        }
    }

    private record Enrolment(long id, boolean confirmed) {
    }

    private static Map<String, List<Enrolment>> liveEnrolments(long runId) throws SQLException {
        Map<String, List<Enrolment>> found = new ConcurrentHashMap<>();
        try (Connection db = database(); var query = db.prepareStatement(
                "SELECT e.id, e.status, a.email FROM enrolment e JOIN student s ON s.id = e.student_id "
                        + "JOIN user_account a ON a.id = s.account_id "
                        + "WHERE e.run_id = ? AND e.status IN ('CONFIRMED', 'WAITLISTED') AND a.email LIKE ?")) {
            query.setLong(1, runId);
            query.setString(2, PREFIX + "-%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.computeIfAbsent(rows.getString(3), k -> new ArrayList<>())
                            .add(new Enrolment(rows.getLong(1), "CONFIRMED".equals(rows.getString(2))));
                }
            }
        }
        return found;
    }

    /** A published run with places left and no waiting list, whose enrolment page offers a place. */
    private static long openRun(WebClient signedIn, int maxCapacity) throws SQLException {
        try (Connection db = database(); Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT r.id FROM course_run r "
                        + "JOIN term t ON t.id = r.term_id JOIN course c ON c.id = r.course_id "
                        + "WHERE r.status = 'PUBLISHED' AND c.prerequisite_id IS NULL "
                        + "AND CURRENT_DATE BETWEEN t.enrolment_opens AND t.enrolment_closes "
                        + "AND r.capacity - r.confirmed_count BETWEEN 2 AND " + maxCapacity
                        + " AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.run_id = r.id AND e.status = 'WAITLISTED')"
                        + " ORDER BY r.capacity - r.confirmed_count DESC, r.id")) {
            while (rows.next()) {
                long runId = rows.getLong(1);
                if (signedIn.get("/my/enrol?run=" + runId).body().contains("id=\"enrol\"")) {
                    return runId;
                }
            }
        }
        throw new AssertionError("The demo college has no open run");
    }

    private static int connectionsOf(String applicationName) throws SQLException {
        return Integer.parseInt(single("SELECT count(*) FROM pg_stat_activity WHERE application_name = '"
                + applicationName + "'"));
    }

    private static String courseTitle(long runId) throws SQLException {
        return single("SELECT c.title FROM course c JOIN course_run r ON r.course_id = c.id WHERE r.id = " + runId);
    }

    private static int capacity(long runId) throws SQLException {
        return Integer.parseInt(single("SELECT capacity FROM course_run WHERE id = " + runId));
    }

    private static long confirmedCount(long runId) throws SQLException {
        return Long.parseLong(single("SELECT confirmed_count FROM course_run WHERE id = " + runId));
    }

    private static String single(String sql) throws SQLException {
        try (Connection db = database(); Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/postgres", "postgres", "postgres");
    }

    private static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setPort(pgPort)
                .setDataDirectory(work.resolve("pgdata"))
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", "off")
                .start();
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
