package org.recoverycollege.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts, once for the whole integration test run, a real PostgreSQL and a real SMTP server (GreenMail),
 * and publishes their ports as system properties that arquillian.xml hands to every Payara Micro it
 * starts. Failsafe switches this on ({@code recoverycollege.it.postgres=true}); unit tests start nothing.
 */
public class IntegrationServers implements LauncherSessionListener {

    public static final String URL_PROPERTY = "test.db.url";
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

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("recoverycollege.it.postgres") || postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
        System.setProperty(URL_PROPERTY, "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        int mailPort = freePort();
        mail = new GreenMail(new ServerSetup(mailPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        System.setProperty(MAIL_PORT_PROPERTY, String.valueOf(mailPort));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
