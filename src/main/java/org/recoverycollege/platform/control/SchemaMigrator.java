package org.recoverycollege.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before the application serves anything. Flyway is the only source of
 * the schema; it takes a database lock, so several instances starting together migrate once.
 */
@ApplicationScoped
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = CollegeDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Event<DatabaseMigrated> migrated;

    void migrateAtStartup(@Observes Startup startup) {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        DatabaseKind kind = databaseKind();
        // Flyway names no target version when nothing was applied: the schema stays at its initial one
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema on " + kind + " at version " + version
                + " (" + result.migrationsExecuted + " migrations applied)");
        migrated.fire(new DatabaseMigrated(kind, result.migrationsExecuted));
    }

    private DatabaseKind databaseKind() {
        try (Connection connection = dataSource.getConnection()) {
            return DatabaseKind.fromProductName(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's product name", e);
        }
    }
}
