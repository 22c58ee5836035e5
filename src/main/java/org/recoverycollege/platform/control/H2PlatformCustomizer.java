package org.recoverycollege.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.platform.database.H2Platform;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Replaces EclipseLink's detected {@link H2Platform} by {@link CollegeH2Platform}, so that the same
 * persistence unit serves PostgreSQL and H2 without naming a platform (the data source, chosen by
 * configuration, decides the database). EclipseLink detects the database after every customizer has run,
 * then connects: the swap happens on the first connection, before the descriptors and queries are
 * initialised with the platform. Registered as {@code eclipselink.session.customizer} in persistence.xml.
 */
public class H2PlatformCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postConnect(SessionEvent event) {
                usePrintableBooleans(event.getSession());
            }
        });
    }

    static void usePrintableBooleans(Session session) {
        if (!(session instanceof DatabaseSession database)) {
            return;
        }
        DatabaseLogin login = database.getLogin();
        if (login.getPlatform().getClass() == H2Platform.class) {
            login.usePlatform(new CollegeH2Platform()); // copies the settings of the detected platform
            database.setLogin(login); // forgets the session's cached platform
        }
    }
}
