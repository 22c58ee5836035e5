package org.recoverycollege.performance;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.recoverycollege.performance.floor.FloorCategory;
import org.recoverycollege.performance.floor.FloorReadiness;
import org.recoverycollege.performance.floor.FloorSecurity;

/**
 * The project's own benchmark (not a test: it never fails on a time). It starts the packaged WAR, plus a
 * trivial Faces page, on a plain Payara Micro against an embedded PostgreSQL with the demo college, and
 * prints each figure of issue 14 as a ratio taken in one sitting:
 * <ul>
 * <li>anonymous prospectus and course page requests/s, each divided by the trivial page's;</li>
 * <li>enrolment attempts/s through the pages by signed-in demo students on 20 runs, divided by the same
 * transaction (conditional seat UPDATE + INSERT) straight through JDBC with 32 threads;</li>
 * <li>start to ready of the application divided by that of an empty Payara Micro, beside that of the stack's
 * floor (the least application on the same stack, {@link org.recoverycollege.performance.floor});</li>
 * <li>the resident memory after the spike, with {@code -Xmx512m}.</li>
 * </ul>
 * After the spike it checks the database: no run over capacity, at most one live enrolment per student and
 * run, and nobody confirmed on a run after its first waiting-list entry of the spike. Run it with
 * {@code mvn -B -Pperformance verify -DskipTests}; system properties {@code perf.*} change its sizes and
 * {@code -Dperf.jfr=true} records the application with Java Flight Recorder.
 */
public final class PerformanceBenchmark {

    private static final Pattern HIDDEN_INPUT = Pattern.compile(
            "<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"[^>]*>");
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern REFUSAL = Pattern.compile("class=\"message message--error\"[^>]*>\\s*([^<]+)");
    private static final Pattern COURSE_LINK = Pattern.compile("href=\"/courses/([a-z0-9-]+)\"");
    private static final String TRIVIAL_PAGE = "perf-trivial.xhtml";
    /** OmniFaces serves every view without its extension (and redirects the .xhtml address). */
    private static final String TRIVIAL_PATH = "/perf-trivial";
    private static final String RESULTS_START = "<!-- results:start -->";
    private static final String RESULTS_END = "<!-- results:end -->";
    /** What an attempt that left a place or a waiting-list entry (and "My courses" showing it) is counted as. */
    private static final String TAKEN = "taken (place or waiting list)";
    /** The unit of CPU times in /proc/PID/stat: USER_HZ, 100 on Linux on x86. */
    private static final int CLOCK_TICKS_PER_SECOND = 100;

    private final int users = Integer.getInteger("perf.users", 16);
    private final Duration warmUp = Duration.ofSeconds(Integer.getInteger("perf.warmup", 10));
    private final Duration duration = Duration.ofSeconds(Integer.getInteger("perf.duration", 20));
    private final int students = Integer.getInteger("perf.students", 200);
    private final int attemptsPerStudent = Integer.getInteger("perf.attempts", 5);
    private final int runCount = Integer.getInteger("perf.runs", 20);
    private final int warmUpAttempts = Integer.getInteger("perf.warmup-attempts", 2);
    private final int jdbcThreads = Integer.getInteger("perf.jdbc.threads", 32);
    private final String heap = System.getProperty("perf.heap", "512m");
    private final boolean jfr = Boolean.getBoolean("perf.jfr");
    private final int startRounds = Integer.getInteger("perf.start-rounds", 3);
    private final Path work = Path.of(System.getProperty("perf.work", "target/performance")).toAbsolutePath();
    private final Path baseWar = Path.of(System.getProperty("perf.war", "target/ROOT.war")).toAbsolutePath();
    private final Path report = Path.of(System.getProperty("perf.report", "docs/performance.md")).toAbsolutePath();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(8))
            .build();
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new PerformanceBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        Path war = warWithTrivialPage();
        note("Started at " + OffsetDateTime.now(ZoneOffset.UTC).withNano(0) + "; load average " + loadAverage());
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "300")
                .start()) {
            DataSource database = postgres.getPostgresDatabase();
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";

            // start-up: an empty Payara Micro, then the application (which migrates and loads the demo college)
            Samples empties = new Samples();
            empties.add(readyAndStop(Payara.start(work, "empty", List.of(), heap, false), false));
            // the production configuration (Dockerfile, run command) and a real SMTP server taking the mail
            GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            List<String> appOptions = List.of("--deploy", war.toString(),
                    "--prebootcommandfile", serverConfig("pre-boot-commands.asadmin"),
                    "--postbootcommandfile", serverConfig("post-boot-commands.asadmin"),
                    "--postdeploycommandfile", serverConfig("post-deploy-commands.asadmin"));
            String[] appJvmOptions = applicationOptions(url, smtp);
            Payara firstStart = Payara.start(work, "app-first", appOptions, heap, false, appJvmOptions);
            double appReady = firstStart.awaitReady(TRIVIAL_PATH, "/health/ready");
            // people use an instance restarted on a current schema and its data, as production instances usually are,
            // not the one that has just migrated the database and loaded the demo college
            firstStart.stop();
            Payara app = Payara.start(work, "app", appOptions, heap, jfr, appJvmOptions);
            app.awaitReady(TRIVIAL_PATH, "/health/ready");

            String base = app.base();
            Visitor anonymous = new Visitor(base);
            HttpResponse<String> prospectus = anonymous.get("/");
            Matcher link = COURSE_LINK.matcher(prospectus.body());
            if (prospectus.statusCode() != 200 || !link.find()) {
                throw new IllegalStateException("The prospectus shows no course: HTTP " + prospectus.statusCode());
            }
            String coursePath = "/courses/" + link.group(1);
            describeAnonymous(base, "/", prospectus);
            describeAnonymous(base, coursePath, new Visitor(base).get(coursePath));

            // the JIT compiles each page's code while it is first driven: all three are warmed before any is
            // measured, so that the yardstick (measured first) is not the one measured on a cold JVM
            for (String path : List.of(TRIVIAL_PATH, "/", coursePath)) {
                drive(base + path, warmUp);
            }
            Load trivial = load(base + TRIVIAL_PATH, app);
            Load prospectusLoad = load(base + "/", app);
            Load course = load(base + coursePath, app);
            row("anonymous prospectus `/` req/s ÷ trivial page", "≥ 0.5", prospectusLoad.perSecond() / trivial.perSecond(),
                    prospectusLoad + " ÷ " + trivial);
            row("course page `" + coursePath + "` req/s ÷ trivial page", "≥ 0.5", course.perSecond() / trivial.perSecond(),
                    course + " ÷ " + trivial);

            // the enrolment spike through the pages
            List<Long> openRuns = openRuns(database);
            List<Long> runs = openRuns.subList(0, Math.min(runCount, openRuns.size()));
            Spike spike = enrolmentSpike(base, app, runs, openRuns.subList(runs.size(), openRuns.size()), database);
            long rss = app.residentKilobytes();
            boolean outOfMemory = app.logContains("OutOfMemoryError");
            app.stop();
            List<String> problems = check(database, runs, spike.startedAt(), spike.taken());

            // the Docker image's way: the application deployed into a configuration directory and a class-data
            // archive made while the image is built (against a throwaway H2 database), then started from both
            PreparedInstance image = PreparedInstance.prepare(work, "image", heap, appOptions,
                    "-Dapp.db.url=jdbc:h2:" + work.resolve("image-build-db/college") + ";MODE=PostgreSQL");
            List<String> imageOptions = appOptions.subList(2, appOptions.size());
            String freshDatabase = "image_first_start";
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + freshDatabase);
            }
            String[] freshJvmOptions = applicationOptions(url.replace("/postgres", "/" + freshDatabase), smtp);
            double imageFirstReady = readyAndStop(image.start("image-first", imageOptions, freshJvmOptions), true);
            requireMigrated(postgres.getDatabase("postgres", freshDatabase));
            // the same treatment for an empty server, so that the reader can weigh the ratios
            PreparedInstance emptyImage = PreparedInstance.prepare(work, "empty-image", heap, List.of());
            // and for the stack's floor: the least application on the same stack, started the same way
            List<String> floorOptions = new ArrayList<>(appOptions);
            floorOptions.set(1, floorWar().toString());
            PreparedInstance floor = PreparedInstance.prepare(work, "floor-image", heap, floorOptions,
                    "-Dapp.db.url=jdbc:h2:" + work.resolve("floor-build-db/college") + ";MODE=PostgreSQL");

            // the start an instance usually makes (the schema is current, the college has its data), in rounds
            // that alternate the six kinds of start: one start on these shared machines can take a third longer
            // than the next, so each figure is the median of its rounds
            Samples restarts = new Samples();
            Samples imageRestarts = new Samples();
            Samples emptyImages = new Samples();
            Samples floorRestarts = new Samples();
            Samples floorWarRestarts = new Samples();
            for (int round = 1; round <= startRounds; round++) {
                empties.add(readyAndStop(Payara.start(work, "empty-" + round, List.of(), heap, false), false));
                restarts.add(readyAndStop(Payara.start(work, "restart-" + round, appOptions, heap, false, appJvmOptions), true));
                imageRestarts.add(readyAndStop(image.start("image-restart-" + round, imageOptions, freshJvmOptions), true));
                emptyImages.add(readyAndStop(emptyImage.start("empty-image-" + round, List.of()), false));
                floorRestarts.add(readyAndStop(floor.start("floor-restart-" + round, imageOptions, freshJvmOptions), true));
                floorWarRestarts.add(readyAndStop(
                        Payara.start(work, "floor-war-restart-" + round, floorOptions, heap, false, appJvmOptions), true));
            }
            smtp.stop();
            double empty = empties.median();
            row("first start to ready (migrates an empty database, loads the demo college) ÷ an empty Payara Micro",
                    "≤ 2.5", appReady / empty, String.format(Locale.ROOT, "%.1f s ÷ %s", appReady, empties));
            row("restart to ready (schema current, data loaded) ÷ an empty Payara Micro", "≤ 2.5",
                    restarts.median() / empty, restarts + " ÷ " + empties);
            row("first start to ready as the Docker image starts (class-data archive) ÷ an empty Payara Micro", "≤ 2.5",
                    imageFirstReady / empty, String.format(Locale.ROOT, "%.1f s ÷ %s", imageFirstReady, empties));
            row("restart to ready as the Docker image starts (class-data archive) ÷ an empty Payara Micro", "≤ 2.5",
                    imageRestarts.median() / empty, imageRestarts + " ÷ " + empties);
            note(String.format(Locale.ROOT, "An empty Payara Micro given the same configuration directory and class-data"
                    + " archive is ready in %s; the application's restart that way is %.1f times it",
                    emptyImages, imageRestarts.median() / emptyImages.median()));
            note(String.format(Locale.ROOT, "The stack's floor (one Faces page with PrimeFaces and OmniFaces, one JPA"
                    + " entity, Soteria's database identity store, a readiness check on the same data source, a"
                    + " distributable session; none of the college's classes or libraries) restarts as the image"
                    + " starts in %s, %.2f times an empty Payara Micro, so the goal of 2.5 leaves %.2f for what an"
                    + " application adds to it; the college's restart that way adds %.1f s, %.2f. From the WAR the"
                    + " floor restarts in %s, %.2f times, leaving %.2f; the college adds %.1f s, %.2f",
                    floorRestarts, floorRestarts.median() / empty, 2.5 - floorRestarts.median() / empty,
                    imageRestarts.median() - floorRestarts.median(),
                    (imageRestarts.median() - floorRestarts.median()) / empty,
                    floorWarRestarts, floorWarRestarts.median() / empty, 2.5 - floorWarRestarts.median() / empty,
                    restarts.median() - floorWarRestarts.median(),
                    (restarts.median() - floorWarRestarts.median()) / empty));

            double jdbc = jdbcLimit(database);
            // a spike where requests failed measured the failures, not enrolment: no ratio is given for it
            row("enrolment attempts/s through the pages ÷ the same transaction through JDBC", "≥ 0.25",
                    spike.errors() == 0 ? spike.perSecond() / jdbc : Double.NaN, String.format(Locale.ROOT, "%.1f attempts/s (%s) ÷ %.0f tps (%d threads)",
                            spike.perSecond(), spike.outcomes(), jdbc, jdbcThreads));
            explainEnrolment(spike, jdbc, trivial);
            rows.add(new String[] {"resident memory after the spike, -Xmx" + heap, "spike passes with -Xmx512m",
                    String.format(Locale.ROOT, "%d MB", rss / 1024),
                    outOfMemory ? "OutOfMemoryError in the log" : "no OutOfMemoryError; " + spike.errors() + " failed requests"});
            note("Database after the spike: " + (problems.isEmpty()
                    ? "no run over capacity, at most one live enrolment per student and run, no confirmation after the"
                            + " first waiting-list entry of the spike on any run, nobody waiting beside a free place"
                    : String.join("; ", problems)));
            if (jfr) {
                note("Flight recording: " + work.resolve("app.jfr"));
            }
            note("Finished at " + OffsetDateTime.now(ZoneOffset.UTC).withNano(0) + "; load average " + loadAverage());
        }
        String table = table();
        System.out.println(table);
        writeReport(table);
        if (!Boolean.getBoolean("perf.keep-going")) {
            http.executor().ifPresent(executor -> ((ExecutorService) executor).shutdownNow());
        }
    }

    /** The application's settings for this sitting: PostgreSQL at {@code url}, the demo college, mail to GreenMail. */
    private static String[] applicationOptions(String url, GreenMail smtp) {
        return new String[] {"-Dapp.db.class=org.postgresql.ds.PGSimpleDataSource", "-Dapp.db.url=" + url,
            "-Dapp.db.user=postgres", "-Dapp.db.password=postgres", "-Dapp.demo-data=true",
            "-Dapp.mail.host=127.0.0.1", "-Dapp.mail.port=" + smtp.getSmtp().getPort()};
    }

    private static String serverConfig(String file) {
        return Path.of("server-config", file).toAbsolutePath().toString();
    }

    // ------------------------------------------------------------------ the WAR with the trivial page

    private Path warWithTrivialPage() throws IOException {
        if (!Files.exists(baseWar)) {
            throw new IllegalStateException("No " + baseWar + ": package the application first");
        }
        Path war = work.resolve("ROOT.war");
        Files.copy(baseWar, war, StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem zip = FileSystems.newFileSystem(war)) {
            copyResource("/performance/" + TRIVIAL_PAGE, zip.getPath("/" + TRIVIAL_PAGE));
            copyClass(TrivialPageBean.class, zip);
        }
        return war;
    }

    /**
     * The stack's floor as a WAR named like the application's (so the same post-deploy commands size its pool):
     * the trivial page, the classes of {@link org.recoverycollege.performance.floor}, and of the application's WAR
     * only its data source, its Payara descriptor and the libraries any such application needs (PrimeFaces,
     * OmniFaces, the PostgreSQL driver).
     */
    private Path floorWar() throws IOException {
        Path war = work.resolve("floor").resolve("ROOT.war");
        Files.createDirectories(war.getParent());
        Files.deleteIfExists(war);
        try (FileSystem application = FileSystems.newFileSystem(baseWar);
                FileSystem floor = FileSystems.newFileSystem(war, Map.of("create", "true"))) {
            Files.createDirectories(floor.getPath("/WEB-INF/lib"));
            Files.createDirectories(floor.getPath("/WEB-INF/classes/META-INF"));
            for (String descriptor : List.of("glassfish-resources.xml", "glassfish-web.xml")) {
                Files.copy(application.getPath("/WEB-INF", descriptor), floor.getPath("/WEB-INF", descriptor));
            }
            try (var libraries = Files.list(application.getPath("/WEB-INF/lib"))) {
                for (Path library : libraries.filter(PerformanceBenchmark::floorLibrary).toList()) {
                    Files.copy(library, floor.getPath("/WEB-INF/lib", library.getFileName().toString()));
                }
            }
            copyResource("/performance/" + TRIVIAL_PAGE, floor.getPath("/" + TRIVIAL_PAGE));
            copyResource("/performance/floor/web.xml", floor.getPath("/WEB-INF/web.xml"));
            copyResource("/performance/floor/persistence.xml", floor.getPath("/WEB-INF/classes/META-INF/persistence.xml"));
            for (Class<?> type : List.of(TrivialPageBean.class, FloorCategory.class, FloorSecurity.class,
                    FloorReadiness.class)) {
                copyClass(type, floor);
            }
        }
        return war;
    }

    private static boolean floorLibrary(Path library) {
        String name = library.getFileName().toString();
        return name.startsWith("primefaces-") || name.startsWith("omnifaces-") || name.startsWith("postgresql-");
    }

    private static void copyClass(Class<?> type, FileSystem war) throws IOException {
        String file = "/" + type.getName().replace('.', '/') + ".class";
        Path target = war.getPath("/WEB-INF/classes" + file);
        Files.createDirectories(target.getParent());
        copyResource(file, target);
    }

    private static void copyResource(String resource, Path target) throws IOException {
        try (InputStream content = PerformanceBenchmark.class.getResourceAsStream(resource)) {
            if (content == null) {
                throw new IllegalStateException("No resource " + resource);
            }
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // ------------------------------------------------------------------ anonymous pages

    private void describeAnonymous(String base, String path, HttpResponse<String> response) {
        Optional<String> cookie = response.headers().firstValue("Set-Cookie");
        note("`" + path + "` for a visitor: HTTP " + response.statusCode() + ", "
                + response.body().length() / 1024 + " KB, " + (cookie.isPresent() ? "sets a cookie (" + cookie.get().split("=")[0] + ")" : "no session")
                + ", Cache-Control: " + response.headers().firstValue("Cache-Control").orElse("none")
                + ", ETag: " + response.headers().firstValue("ETag").orElse("none"));
        // asked again at once: the instance's short-lived copy answers, with a nonce of its own
        HttpResponse<String> again = new Visitor(base).get(path);
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        String policyAgain = again.headers().firstValue("Content-Security-Policy").orElse("");
        note("`" + path + "` asked again: HTTP " + again.statusCode() + ", same ETag: "
                + response.headers().firstValue("ETag").equals(again.headers().firstValue("ETag"))
                + ", a new nonce: " + (!policy.isEmpty() && !policy.equals(policyAgain))
                + ", served from the instance's copy (Age header): " + again.headers().firstValue("Age").isPresent());
    }

    private Load load(String url, Payara app) throws InterruptedException {
        String loadBefore = loadAverage();
        double cpuBefore = app.cpuMillis();
        Load result = drive(url, duration);
        return result.withLoad(loadBefore, (app.cpuMillis() - cpuBefore) / result.requests());
    }

    private Load drive(String url, Duration length) throws InterruptedException {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < users; i++) {
            Thread user = new Thread(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().timeout(Duration.ofSeconds(30)).build();
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200) {
                            ok.incrementAndGet();
                            mine.add(System.nanoTime() - t0);
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                latencies.addAll(mine);
            });
            threads.add(user);
            user.start();
        }
        for (Thread user : threads) {
            user.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double p99 = sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] / 1e6;
        return new Load(ok.get() / seconds, ok.get() + failed.get(), p99, failed.get(), "", Double.NaN);
    }

    private record Load(double perSecond, int requests, double p99Millis, int failed, String loadAverage,
            double applicationCpuMillis) {
        Load withLoad(String load, double cpuMillisPerRequest) {
            return new Load(perSecond, requests, p99Millis, failed, load, cpuMillisPerRequest);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f req/s (p99 %.0f ms%s; %.1f CPU-ms a request in the application;"
                    + " load %s)", perSecond, p99Millis, failed == 0 ? "" : ", " + failed + " failed",
                    applicationCpuMillis, loadAverage);
        }
    }

    // ------------------------------------------------------------------ the enrolment spike

    /**
     * Where an attempt's time goes, and the most attempts/s this machine could give: all its processors for the
     * application alone, at the CPU time an attempt took, and at three signed-in trivial pages' (an attempt is three
     * signed-in pages, and no page can cost less than the trivial one).
     */
    private void explainEnrolment(Spike spike, double jdbc, Load trivial) {
        int processors = Runtime.getRuntime().availableProcessors();
        CpuTimes cpu = spike.cpuPerAttempt();
        double atAttemptCost = processors * 1000 / cpu.application();
        double atTrivialCost = processors * 1000 / (3 * spike.signedInTrivialCpuMillis());
        note(String.format(Locale.ROOT, "CPU time per enrolment attempt: %.1f ms in the application, %.1f ms in PostgreSQL's"
                + " running processes (its connections) and %.1f ms in those that ended meanwhile, %.1f ms in this load"
                + " generator. The trivial page costs the application %.1f CPU-ms for a visitor and"
                + " %.1f CPU-ms for a signed-in person. With all %d processors for the application alone: at its cost per"
                + " attempt at most %.0f attempts/s (ratio %.3f); were each of an attempt's three pages as cheap as the"
                + " signed-in trivial page, at most %.0f attempts/s (ratio %.3f)", cpu.application(), cpu.database(),
                cpu.databaseEnded(), cpu.harness(), trivial.applicationCpuMillis(), spike.signedInTrivialCpuMillis(), processors,
                atAttemptCost, atAttemptCost / jdbc, atTrivialCost, atTrivialCost / jdbc));
    }

    /** Published runs of terms whose enrolment window is open today, in id order: the spike's, then the warm-up's. */
    private List<Long> openRuns(DataSource database) throws SQLException {
        List<Long> runs = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT r.id FROM course_run r"
                        + " JOIN term t ON t.id = r.term_id WHERE r.status = 'PUBLISHED'"
                        + " AND t.enrolment_opens <= CURRENT_DATE AND t.enrolment_closes >= CURRENT_DATE"
                        + " ORDER BY r.id")) {
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    runs.add(result.getLong(1));
                }
            }
        }
        if (runs.size() < runCount) {
            note("Only " + runs.size() + " runs open for enrolment in the demo college");
        }
        return runs;
    }

    private Spike enrolmentSpike(String base, Payara app, List<Long> runs, List<Long> warmUpRuns, DataSource database)
            throws Exception {
        List<String> emails = new ArrayList<>();
        emails.add("student@example.org");
        for (int i = 1; emails.size() < students; i++) {
            emails.add(String.format("student%03d@example.org", i));
        }
        // everyone signs in (not measured), then opens "My courses" once as a warm-up
        List<Visitor> visitors = new ArrayList<>();
        ExecutorService signIns = Executors.newFixedThreadPool(16);
        List<java.util.concurrent.Future<Visitor>> signedIn = new ArrayList<>();
        for (String email : emails) {
            signedIn.add(signIns.submit(() -> {
                Visitor visitor = new Visitor(base);
                visitor.signIn(email, "demo-password");
                visitor.get("/my/");
                return visitor;
            }));
        }
        for (var future : signedIn) {
            visitors.add(future.get());
        }
        signIns.shutdown();
        // the JIT compiles the enrolment pages' code while they first run: a warm-up round on the other open runs
        // comes first, so that the spike measures the application rather than its compilation
        if (warmUpRuns.isEmpty()) {
            note("No open run is left over for a warm-up round: the spike runs on a cold JVM");
        } else {
            String loadBeforeWarmUp = loadAverage();
            Round warmUp = round(visitors, warmUpRuns, warmUpAttempts);
            note(String.format(Locale.ROOT, "Warm-up before the spike: %d attempts on %d other runs at %.1f attempts/s"
                    + " (%s; load before %s)", visitors.size() * warmUpAttempts, warmUpRuns.size(),
                    visitors.size() * warmUpAttempts / warmUp.seconds(), warmUp.outcomes(), loadBeforeWarmUp));
        }
        Instant startedAt;
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet now = statement.executeQuery("SELECT CURRENT_TIMESTAMP")) {
            now.next();
            startedAt = now.getTimestamp(1).toInstant();
        }
        double signedInTrivial = signedInTrivialPage(visitors, app);
        String loadBefore = loadAverage();
        long tableScansBefore = tableScans(database);
        CpuTimes cpuBefore = CpuTimes.now(app, database);
        Round spike = round(visitors, runs, attemptsPerStudent);
        CpuTimes cpu = CpuTimes.now(app, database).minus(cpuBefore);
        int attempts = visitors.size() * attemptsPerStudent;
        note(String.format(Locale.ROOT, "Enrolment spike: %d attempts by %d signed-in students on %d runs in %.1f s (load before %s);"
                + " %.1f table scans per attempt (PostgreSQL's count of index and sequential scans of the application's"
                + " tables; a nested-loop join counts one index scan per row it joins). Outcomes: %s",
                attempts, visitors.size(), runs.size(), spike.seconds(), loadBefore,
                (tableScans(database) - tableScansBefore) / (double) attempts, spike.details()));
        return new Spike(attempts / spike.seconds(), spike.outcomes(), spike.errors(), spike.taken(), startedAt,
                cpu.per(attempts), signedInTrivial);
    }

    /**
     * The application's CPU time for one request of the trivial page by a signed-in person (their session read and
     * written, their account re-read): the least any page of an attempt can cost.
     */
    private static double signedInTrivialPage(List<Visitor> visitors, Payara app) throws InterruptedException {
        int perVisitor = 10;
        double before = app.cpuMillis();
        List<Thread> threads = new ArrayList<>();
        for (Visitor visitor : visitors) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < perVisitor; i++) {
                    visitor.get(TRIVIAL_PATH);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return (app.cpuMillis() - before) / (visitors.size() * perVisitor);
    }

    /**
     * CPU time used so far, in milliseconds: by the application; by PostgreSQL's running processes (the postmaster, its
     * background processes and one per open connection, such as the application's pool); by PostgreSQL's processes that
     * have ended (closed connections, autovacuum workers); and by this harness.
     */
    private record CpuTimes(double application, double database, double databaseEnded, double harness) {
        static CpuTimes now(Payara app, DataSource database) throws SQLException {
            ProcessHandle postmaster = postmaster(database);
            return new CpuTimes(app.cpuMillis(), runningDatabaseCpuMillis(postmaster), endedChildrenCpuMillis(postmaster),
                    cpuMillis(ProcessHandle.current()));
        }

        CpuTimes minus(CpuTimes earlier) {
            return new CpuTimes(application - earlier.application, database - earlier.database,
                    databaseEnded - earlier.databaseEnded, harness - earlier.harness);
        }

        CpuTimes per(int count) {
            return new CpuTimes(application / count, database / count, databaseEnded / count, harness / count);
        }

        /** All the CPU time PostgreSQL has used so far, by running and ended processes. */
        static double databaseCpuMillis(DataSource database) throws SQLException {
            ProcessHandle postmaster = postmaster(database);
            return runningDatabaseCpuMillis(postmaster) + endedChildrenCpuMillis(postmaster);
        }

        /** Found as the parent of this connection's process. */
        private static ProcessHandle postmaster(DataSource database) throws SQLException {
            long backend;
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
                result.next();
                backend = result.getLong(1);
            }
            return ProcessHandle.of(backend).flatMap(ProcessHandle::parent)
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL's processes are not visible here"));
        }

        private static double runningDatabaseCpuMillis(ProcessHandle postmaster) {
            return cpuMillis(postmaster) + postmaster.children().mapToDouble(CpuTimes::cpuMillis).sum();
        }

        /** The CPU time of the connections' processes that have ended (cutime and cstime in /proc/PID/stat). */
        private static double endedChildrenCpuMillis(ProcessHandle process) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 1000.0 / CLOCK_TICKS_PER_SECOND;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static double cpuMillis(ProcessHandle process) {
            return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e6;
        }
    }

    /**
     * The scans PostgreSQL has counted on the application's tables: a figure of the queries an attempt costs that
     * does not depend on how busy the machine is. Each server process reports its counts when its transaction
     * ends, at most once a second, so the count waits for them.
     */
    private static long tableScans(DataSource database) throws SQLException, InterruptedException {
        Thread.sleep(2_000);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COALESCE(SUM(COALESCE(seq_scan, 0) + COALESCE(idx_scan, 0)), 0)"
                        + " FROM pg_stat_user_tables WHERE schemaname = 'public' AND relname NOT LIKE 'flyway%'")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Every visitor at once makes {@code perStudent} enrolment attempts, spread over {@code runs}. */
    private static Round round(List<Visitor> visitors, List<Long> runs, int perStudent) throws InterruptedException {
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < visitors.size(); i++) {
            Visitor visitor = visitors.get(i);
            int first = i;
            Thread user = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int k = 0; k < perStudent; k++) {
                    long run = runs.get((first + k * 4) % runs.size());
                    String outcome;
                    try {
                        outcome = visitor.enrol(run);
                    } catch (RuntimeException e) {
                        outcome = "error";
                    }
                    if (outcome.startsWith("error")) {
                        errors.incrementAndGet();
                    }
                    outcomes.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
                }
            });
            threads.add(user);
            user.start();
        }
        long t0 = System.nanoTime();
        go.countDown();
        for (Thread user : threads) {
            user.join();
        }
        String details = outcomes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue().get() + " " + e.getKey()).collect(Collectors.joining(", "));
        AtomicInteger taken = outcomes.get(TAKEN);
        int takenCount = taken == null ? 0 : taken.get();
        int refused = visitors.size() * perStudent - takenCount - errors.get();
        String summary = takenCount + " " + TAKEN + ", " + refused + " refused by a rule"
                + (errors.get() == 0 ? "" : ", " + errors.get() + " failed");
        return new Round((System.nanoTime() - t0) / 1e9, summary, details, errors.get(), takenCount);
    }

    /** {@code outcomes}: how many were taken, refused or failed; {@code details}: every outcome with its reason. */
    private record Round(double seconds, String outcomes, String details, int errors, int taken) {
    }

    private record Spike(double perSecond, String outcomes, int errors, int taken, Instant startedAt,
            CpuTimes cpuPerAttempt, double signedInTrivialCpuMillis) {
    }

    /** A browser of one signed-in person: its own cookies. */
    private final class Visitor {
        private final String base;
        private final Map<String, String> cookies = new ConcurrentHashMap<>();

        Visitor(String base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        void signIn(String email, String password) {
            HttpResponse<String> page = get("/sign-in");
            HttpResponse<String> response = submit(page, "signIn",
                    Map.of("signIn:email", email, "signIn:password", password), "signIn:submit");
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() != 302 || !location.endsWith("/my/")) {
                throw new IllegalStateException("Sign-in of " + email + " refused: HTTP " + response.statusCode()
                        + " " + location);
            }
        }

        /** Opens the enrolment page, presses its button and follows to "My courses"; says what happened. */
        String enrol(long run) {
            HttpResponse<String> page = get("/my/enrol?run=" + run);
            if (page.statusCode() != 200 || !page.body().contains("id=\"enrol\"")) {
                return "error (enrolment page HTTP " + page.statusCode() + ")";
            }
            HttpResponse<String> posted = submit(page, "enrol", Map.of(), "enrol:submit");
            if (posted.statusCode() == 302) {
                String location = posted.headers().firstValue("Location").orElse("");
                // the application answers a taken place or waiting-list entry with "My courses" naming the enrolment;
                // any other redirect (an error page) is a failure, however cheap
                URI target = URI.create(base).resolve(location);
                if (!target.getRawPath().equals("/my/") || target.getRawQuery() == null
                        || !target.getRawQuery().startsWith("enrolled=")) {
                    return "error (redirected to " + target.getRawPath() + ")";
                }
                HttpResponse<String> myCourses = get(URI.create(base).resolve(location).getRawPath()
                        + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()));
                return myCourses.statusCode() == 200 ? TAKEN : "error (my courses HTTP " + myCourses.statusCode() + ")";
            }
            if (posted.statusCode() != 200) {
                return "error (HTTP " + posted.statusCode() + ")";
            }
            // a rule refused it: the page comes back with the reason, as the person would read it
            Matcher reason = REFUSAL.matcher(posted.body());
            return reason.find() ? "refused: " + reason.group(1).strip() : "error (no reason shown)";
        }

        HttpResponse<String> submit(HttpResponse<String> page, String formId, Map<String, String> fields, String button) {
            String body = page.body();
            int start = body.indexOf("id=\"" + formId + "\"");
            int end = body.indexOf("</form>", start);
            Map<String, String> values = new LinkedHashMap<>();
            Matcher hidden = HIDDEN_INPUT.matcher(body.substring(start, end));
            while (hidden.find()) {
                values.put(hidden.group(1), hidden.group(2).replace("&amp;", "&").replace("&quot;", "\"")
                        .replace("&lt;", "<").replace("&gt;", ">").replace("&#58;", ":"));
            }
            // PrimeFaces' script adds the page's CSP nonce to every form it submits; the view checks it
            Matcher nonce = CSP_NONCE.matcher(body);
            if (nonce.find()) {
                values.put("primefaces.nonce", nonce.group(1));
            }
            values.putAll(fields);
            values.put(button, button);
            String form = values.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(page.uri().resolve(page.uri().getRawPath()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", base) // as every browser sends on a POST; the sign-in form requires it
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            try {
                HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(120)).build(),
                        HttpResponse.BodyHandlers.ofString());
                for (String cookie : response.headers().allValues("Set-Cookie")) {
                    String pair = cookie.split(";", 2)[0];
                    int equals = pair.indexOf('=');
                    if (equals > 0) {
                        cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
                    }
                }
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    // ------------------------------------------------------------------ the database's rules after the spike

    private List<String> check(DataSource database, List<Long> runs, Instant spikeStart, int taken) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            // every attempt counted as taken left exactly one enrolment on the spike's runs, and no other did
            try (PreparedStatement made = connection.prepareStatement("SELECT COUNT(*) FROM enrolment"
                    + " WHERE requested_at >= ? AND run_id = ANY (?)")) {
                made.setTimestamp(1, Timestamp.from(spikeStart));
                made.setArray(2, connection.createArrayOf("bigint", runs.toArray()));
                try (ResultSet result = made.executeQuery()) {
                    result.next();
                    if (result.getInt(1) != taken) {
                        problems.add(result.getInt(1) + " enrolments were made on the spike's runs, but " + taken
                                + " attempts were counted as taken");
                    }
                }
            }
            try (ResultSet over = statement.executeQuery("SELECT r.id FROM course_run r WHERE r.confirmed_count > r.capacity"
                    + " OR (SELECT COUNT(*) FROM enrolment e WHERE e.run_id = r.id AND e.status = 'CONFIRMED') > r.capacity")) {
                while (over.next()) {
                    problems.add("run " + over.getLong(1) + " is over capacity");
                }
            }
            try (ResultSet twice = statement.executeQuery("SELECT run_id, student_id FROM enrolment"
                    + " WHERE status IN ('CONFIRMED', 'WAITLISTED') GROUP BY run_id, student_id HAVING COUNT(*) > 1")) {
                while (twice.next()) {
                    problems.add("student " + twice.getLong(2) + " holds two live enrolments on run " + twice.getLong(1));
                }
            }
            try (PreparedStatement order = connection.prepareStatement("SELECT r.id, r.confirmed_count, r.capacity,"
                    + " (SELECT MAX(e.requested_at) FROM enrolment e WHERE e.run_id = r.id AND e.status = 'CONFIRMED' AND e.requested_at >= ?),"
                    + " (SELECT MIN(e.requested_at) FROM enrolment e WHERE e.run_id = r.id AND e.status = 'WAITLISTED' AND e.requested_at >= ?),"
                    + " (SELECT COUNT(*) FROM enrolment e WHERE e.run_id = r.id AND e.status = 'WAITLISTED')"
                    + " FROM course_run r WHERE r.id = ?")) {
                for (long run : runs) {
                    order.setTimestamp(1, Timestamp.from(spikeStart));
                    order.setTimestamp(2, Timestamp.from(spikeStart));
                    order.setLong(3, run);
                    try (ResultSet result = order.executeQuery()) {
                        result.next();
                        Timestamp lastConfirmed = result.getTimestamp(4);
                        Timestamp firstWaiting = result.getTimestamp(5);
                        if (lastConfirmed != null && firstWaiting != null && lastConfirmed.after(firstWaiting)) {
                            problems.add("run " + run + " confirmed someone after its first waiting-list entry (not FIFO)");
                        }
                        if (result.getLong(6) > 0 && result.getInt(2) < result.getInt(3)) {
                            problems.add("run " + run + " has people waiting beside a free place");
                        }
                    }
                }
            }
        }
        return problems;
    }

    // ------------------------------------------------------------------ the database's limit

    /** The enrolment transaction alone, through JDBC: conditional seat UPDATE (with the waiting-list fallback) + INSERT. */
    private double jdbcLimit(DataSource database) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS perf CASCADE");
            statement.execute("CREATE SCHEMA perf");
            statement.execute("CREATE TABLE perf.course_run (id BIGINT PRIMARY KEY, capacity INTEGER NOT NULL,"
                    + " confirmed_count INTEGER NOT NULL DEFAULT 0, CHECK (confirmed_count <= capacity))");
            statement.execute("CREATE TABLE perf.enrolment (id BIGSERIAL PRIMARY KEY, student_id BIGINT NOT NULL,"
                    + " run_id BIGINT NOT NULL REFERENCES perf.course_run (id), status VARCHAR(16) NOT NULL,"
                    + " live_student_id BIGINT, requested_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " UNIQUE (run_id, live_student_id))");
            statement.execute("CREATE INDEX ON perf.enrolment (run_id, status, requested_at)");
            statement.execute("INSERT INTO perf.course_run (id, capacity) SELECT g, 15 FROM generate_series(1, 20) g");
        }
        AtomicLong student = new AtomicLong();
        transactions(database, Duration.ofSeconds(3), student);
        String loadBefore = loadAverage();
        double cpuBefore = CpuTimes.databaseCpuMillis(database);
        long started = System.nanoTime();
        long done = transactions(database, duration, student);
        double tps = done / ((System.nanoTime() - started) / 1e9);
        note(String.format(Locale.ROOT, "JDBC limit: %.0f tps, %d threads, 20 runs of 15 places, %.2f CPU-ms a transaction"
                + " in PostgreSQL (load before %s)", tps, jdbcThreads,
                (CpuTimes.databaseCpuMillis(database) - cpuBefore) / done, loadBefore));
        return tps;
    }

    /** Runs the transaction from {@code jdbcThreads} threads for {@code length}; returns how many committed. */
    private long transactions(DataSource database, Duration length, AtomicLong student) throws Exception {
        AtomicInteger done = new AtomicInteger();
        long end = System.nanoTime() + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(jdbcThreads);
        for (int i = 0; i < jdbcThreads; i++) {
            pool.submit(() -> {
                try (Connection connection = database.getConnection();
                        PreparedStatement take = connection.prepareStatement("UPDATE perf.course_run"
                                + " SET confirmed_count = confirmed_count + 1 WHERE id = ? AND confirmed_count < capacity"
                                + " AND NOT EXISTS (SELECT 1 FROM perf.enrolment e WHERE e.run_id = ? AND e.status = 'WAITLISTED')");
                        PreparedStatement lock = connection.prepareStatement("SELECT id FROM perf.course_run WHERE id = ? FOR UPDATE");
                        PreparedStatement insert = connection.prepareStatement("INSERT INTO perf.enrolment"
                                + " (student_id, run_id, status, live_student_id, requested_at) VALUES (?, ?, ?, ?, now())")) {
                    connection.setAutoCommit(false);
                    java.util.Random random = new java.util.Random();
                    while (System.nanoTime() < end) {
                        long run = 1 + random.nextInt(20);
                        long id = student.incrementAndGet();
                        take.setLong(1, run);
                        take.setLong(2, run);
                        boolean placeTaken = take.executeUpdate() == 1;
                        if (!placeTaken) {
                            lock.setLong(1, run);
                            lock.executeQuery().close();
                            placeTaken = take.executeUpdate() == 1;
                        }
                        insert.setLong(1, id);
                        insert.setLong(2, run);
                        insert.setString(3, placeTaken ? "CONFIRMED" : "WAITLISTED");
                        insert.setLong(4, id);
                        insert.executeUpdate();
                        connection.commit();
                        done.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        return done.get();
    }

    /** Seconds from launch to ready (the application: its pages answer; an empty server: its ready line), then stops it. */
    private static double readyAndStop(Payara payara, boolean application) throws IOException, InterruptedException {
        try {
            return application ? payara.awaitReady(TRIVIAL_PATH, "/health/ready") : payara.awaitReadyLine();
        } finally {
            payara.stop();
        }
    }

    /** Start-up times of one kind, in seconds; printed as their median with every sample. */
    private static final class Samples {
        private final List<Double> seconds = new ArrayList<>();

        void add(double value) {
            seconds.add(value);
        }

        double median() {
            List<Double> sorted = seconds.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f s (median of %s)", median(),
                    seconds.stream().map(value -> String.format(Locale.ROOT, "%.1f", value)).collect(Collectors.joining(", ")));
        }
    }

    private static void requireMigrated(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM course_run")) {
            result.next();
            if (result.getLong(1) == 0) {
                throw new IllegalStateException("The image's first start loaded no demo college into its database");
            }
        }
    }

    // ------------------------------------------------------------------ Payara Micro processes

    private static String payaraJar() {
        return Path.of(URI.create(fish.payara.micro.PayaraMicro.class.getProtectionDomain()
                .getCodeSource().getLocation().toString())).toString();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Payara Micro's documented faster start, as the Dockerfile builds it: a launcher bound to a configuration
     * directory, the application deployed there by a {@code --warmup} start, and a JDK class-data archive of
     * every class that start loaded. Starting from it skips unpacking the WAR and most class loading.
     */
    private record PreparedInstance(Path work, String heap, Path launcher, Path archive) {

        static PreparedInstance prepare(Path work, String name, String heap, List<String> options, String... jvmOptions)
                throws IOException, InterruptedException {
            Path root = work.resolve(name + "-root");
            deleteTree(root);
            Path launcher = root.resolve("launch-micro.jar");
            Path classList = root.resolve("classes.lst");
            Path archive = root.resolve("classes.jsa");
            Path log = work.resolve(name + "-prepare.log");
            run(log, List.of(java(), "-jar", payaraJar(), "--rootdir", root.toString(), "--outputlauncher"));
            List<String> warmUp = new ArrayList<>(List.of(java(), "-Xmx" + heap, "-XX:DumpLoadedClassList=" + classList));
            warmUp.addAll(Arrays.asList(jvmOptions));
            warmUp.addAll(List.of("-jar", launcher.toString(), "--nocluster", "--disablephonehome",
                    "--port", String.valueOf(freePort())));
            warmUp.addAll(options);
            warmUp.add("--warmup");
            run(log, warmUp);
            run(log, List.of(java(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                    "-XX:SharedArchiveFile=" + archive, "-jar", launcher.toString()));
            return new PreparedInstance(work, heap, launcher, archive);
        }

        /** Starts from the directory (which already holds the application) with the archive; -Xshare:on fails if it cannot map. */
        Payara start(String name, List<String> options, String... jvmOptions) throws IOException {
            List<String> jvm = new ArrayList<>(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive));
            jvm.addAll(Arrays.asList(jvmOptions));
            return Payara.launch(work, name, launcher.toString(), null, options, heap, false, jvm);
        }

        private static void run(Path log, List<String> command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("Preparing the instance failed: " + command + "; see " + log);
            }
        }

        private static void deleteTree(Path root) throws IOException {
            if (Files.exists(root)) {
                try (var paths = Files.walk(root)) {
                    for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
    }

    private static final class Payara {
        private final Process process;
        private final Path log;
        private final int port;
        private final long launched = System.nanoTime();

        private Payara(Process process, Path log, int port) {
            this.process = process;
            this.log = log;
            this.port = port;
        }

        static Payara start(Path work, String name, List<String> options, String heap, boolean jfr, String... jvmOptions)
                throws IOException {
            return launch(work, name, payaraJar(), Files.createTempDirectory(work, name + "-root"), options, heap, jfr,
                    Arrays.asList(jvmOptions));
        }

        /** Launches {@code jar} (Payara Micro, or a launcher already bound to its directory when {@code rootDir} is null). */
        static Payara launch(Path work, String name, String jar, Path rootDir, List<String> options, String heap, boolean jfr,
                List<String> jvmOptions) throws IOException {
            int port = freePort();
            Path log = work.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heap));
            if (jfr) {
                command.add("-XX:StartFlightRecording=filename=" + work.resolve(name + ".jfr") + ",settings=profile,dumponexit=true");
            }
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar, "--nocluster", "--disablephonehome", "--port", String.valueOf(port)));
            if (rootDir != null) {
                command.addAll(List.of("--rootDir", rootDir.toString()));
            }
            command.addAll(options);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new Payara(process, log, port);
        }

        String base() {
            return "http://localhost:" + port;
        }

        /** Seconds from launch until Payara Micro says it is ready (after deploying what it was given). */
        double awaitReadyLine() throws InterruptedException, IOException {
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro stopped; see " + log);
                }
                if (logContains(") ready in ")) {
                    return (System.nanoTime() - launched) / 1e9;
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("Payara Micro did not become ready; see " + log);
        }

        /** Seconds from launch until every path answers 200. */
        double awaitReady(String... paths) throws InterruptedException {
            double seconds = 0;
            for (String path : paths) {
                seconds = await(path, true);
            }
            return seconds;
        }

        private double await(String path, boolean needOk) throws InterruptedException {
            HttpClient probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro stopped; see " + log);
                }
                try {
                    HttpResponse<Void> response = probe.send(HttpRequest.newBuilder(URI.create(base() + path))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                    if (!needOk || response.statusCode() == 200) {
                        return (System.nanoTime() - launched) / 1e9;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("Payara Micro did not become ready; see " + log);
        }

        /** CPU time the server's process has used so far, in milliseconds. */
        double cpuMillis() {
            return CpuTimes.cpuMillis(process.toHandle());
        }

        long residentKilobytes() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return -1;
        }

        boolean logContains(String text) throws IOException {
            return Files.readString(log, StandardCharsets.ISO_8859_1).contains(text);
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    // ------------------------------------------------------------------ the report

    private void row(String what, String goal, double ratio, String figures) {
        rows.add(new String[] {what, goal, Double.isNaN(ratio) ? "not measured" : String.format(Locale.ROOT, "%.3f", ratio),
                figures});
        System.out.println("[performance] " + what + ": " + rows.get(rows.size() - 1)[2] + " (" + figures + ")");
    }

    private void note(String text) {
        System.out.println("[performance] " + text);
        notes.add(text);
    }

    private String table() throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("| what | goal | measured | figures |\n| --- | --- | --- | --- |\n");
        for (String[] row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        out.append('\n');
        for (String note : notes) {
            out.append("- ").append(note).append('\n');
        }
        out.append("\nMachine: ").append(Runtime.getRuntime().availableProcessors()).append(" processors (nproc), ")
                .append(cpuModel()).append(", Java ").append(System.getProperty("java.version"))
                .append(". Command: `mvn -B -Pperformance verify -DskipTests`")
                .append(String.format(Locale.ROOT, " (%d virtual users, %d s warm-up, %d s measured per page; heap -Xmx%s).%n",
                        users, warmUp.toSeconds(), duration.toSeconds(), heap));
        return out.toString();
    }

    private void writeReport(String table) throws IOException {
        String results = RESULTS_START + "\n" + table + RESULTS_END;
        String text = Files.exists(report) ? Files.readString(report) : "# Performance\n\n" + RESULTS_START + "\n" + RESULTS_END + "\n";
        int start = text.indexOf(RESULTS_START);
        int end = text.indexOf(RESULTS_END);
        text = start >= 0 && end > start
                ? text.substring(0, start) + results + text.substring(end + RESULTS_END.length())
                : text + "\n" + results + "\n";
        Files.writeString(report, text);
        System.out.println("[performance] Wrote " + report);
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown CPU");
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
