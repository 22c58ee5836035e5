package org.recoverycollege.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.eclipse.persistence.platform.database.H2Platform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

class H2PlatformCustomizerTest {

    @Test
    void onH2BooleanLiteralsArePrintedAsBooleansAndTheDetectedSettingsAreKept() throws Exception {
        H2Platform detected = new H2Platform();
        detected.setUsesBatchWriting(true);
        DatabaseSession session = new Project(new DatabaseLogin(detected)).createDatabaseSession();
        assertThat(printed(session)).isEqualTo("1 0"); // what EclipseLink's own H2 platform prints

        H2PlatformCustomizer.usePrintableBooleans(session);

        assertThat(session.getPlatform()).isInstanceOf(CollegeH2Platform.class);
        assertThat(session.getPlatform().usesBatchWriting()).isTrue();
        assertThat(printed(session)).isEqualTo("TRUE FALSE");
    }

    @Test
    void postgreSqlKeepsItsOwnPlatform() {
        DatabaseSession session = new Project(new DatabaseLogin(new PostgreSQLPlatform())).createDatabaseSession();
        H2PlatformCustomizer.usePrintableBooleans(session);
        assertThat(session.getPlatform().getClass()).isEqualTo(PostgreSQLPlatform.class);
    }

    private static String printed(DatabaseSession session) throws Exception {
        StringWriter out = new StringWriter();
        session.getPlatform().appendParameter(null, out, Boolean.TRUE);
        out.write(' ');
        session.getPlatform().appendParameter(null, out, Boolean.FALSE);
        return out.toString();
    }
}
