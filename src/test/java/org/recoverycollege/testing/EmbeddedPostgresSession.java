package org.recoverycollege.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one real PostgreSQL for the whole integration test run (Failsafe sets
 * {@code recoverycollege.it.postgres=true}) and publishes its address as system properties, which
 * arquillian.xml hands to every Payara Micro it starts. Unit tests (Surefire) start nothing.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {

    public static final String URL_PROPERTY = "test.db.url";
    public static final String PORT_PROPERTY = "test.db.port";

    private EmbeddedPostgres postgres;

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
        System.setProperty(PORT_PROPERTY, String.valueOf(postgres.getPort()));
        System.setProperty(URL_PROPERTY, "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
        }
    }
}
