package org.recoverycollege.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prepares, once for the whole integration test run, the database and a real SMTP server (GreenMail), and
 * publishes them as system properties that arquillian.xml hands to every Payara Micro it starts as
 * {@code -Dapp.db.*} and {@code -Dapp.mail.port}. Failsafe chooses the database with
 * {@code recoverycollege.it.db}: {@code postgresql} starts a real PostgreSQL; {@code h2} gives the
 * application's default, an embedded H2 database in a file (a fresh one under {@code target/} per run,
 * opened by the H2 that Payara Micro bundles), with the URL options of the run command. Unit tests start
 * nothing. At the end it stops the Chromium processes the browser tests left for reuse.
 */
public class IntegrationServers implements LauncherSessionListener {

    public static final String DATABASE_PROPERTY = "recoverycollege.it.db";
    public static final String CLASS_PROPERTY = "test.db.class";
    public static final String URL_PROPERTY = "test.db.url";
    public static final String USER_PROPERTY = "test.db.user";
    public static final String PASSWORD_PROPERTY = "test.db.password";
    public static final String MAIL_PORT_PROPERTY = "test.mail.port";

    private static GreenMail mail;
    private EmbeddedPostgres postgres;

    /** The SMTP server every deployed application sends to; read received mail from it. */
    public static GreenMail mail() {
        if (mail == null) {
            throw new IllegalStateException("The mail server runs only in integration tests (Failsafe)");
        }
        return mail;
    }

    /** A direct connection to the database this run's applications use, for checking what they stored. */
    public static java.sql.Connection connectToDatabase() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(System.getProperty(URL_PROPERTY),
                System.getProperty(USER_PROPERTY), System.getProperty(PASSWORD_PROPERTY));
    }

    /** The database this run's applications use: {@code postgresql} or {@code h2}. */
    public static String database() {
        return System.getProperty(DATABASE_PROPERTY, "");
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (database().isEmpty() || mail != null) {
            return;
        }
        switch (database()) {
            case "postgresql" -> startPostgres();
            case "h2" -> useFreshH2File();
            default -> throw new IllegalStateException(DATABASE_PROPERTY + " must be postgresql or h2, not "
                    + database());
        }
        int mailPort = freePort();
        mail = new GreenMail(new ServerSetup(mailPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        System.setProperty(MAIL_PORT_PROPERTY, String.valueOf(mailPort));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Browser.stopIdleBrowsers();
        if (mail != null) {
            mail.stop();
            mail = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
        }
    }

    private void startPostgres() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
        publishDatabase("org.postgresql.ds.PGSimpleDataSource",
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "postgres");
    }

    /**
     * A new H2 file under target/ (the directory Failsafe names in recoverycollege.it.h2-dir), with the
     * same URL options as the default data source in glassfish-resources.xml. AUTO_SERVER lets a second
     * Payara Micro open the file while the previous test class's one is still shutting down.
     */
    private static void useFreshH2File() {
        Path directory = Path.of(System.getProperty("recoverycollege.it.h2-dir", "target/it-h2")).toAbsolutePath();
        try {
            Files.createDirectories(directory);
            Path file = Files.createTempDirectory(directory, "run-").resolve("college");
            publishDatabase("org.h2.jdbcx.JdbcDataSource", "jdbc:h2:" + file
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE",
                    "college", "college");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the H2 database file", e);
        }
    }

    private static void publishDatabase(String dataSourceClass, String url, String user, String password) {
        System.setProperty(CLASS_PROPERTY, dataSourceClass);
        System.setProperty(URL_PROPERTY, url);
        System.setProperty(USER_PROPERTY, user);
        System.setProperty(PASSWORD_PROPERTY, password);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
