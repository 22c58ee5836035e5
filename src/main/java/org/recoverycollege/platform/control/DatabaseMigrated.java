package org.recoverycollege.platform.control;

/**
 * Fired once at start-up, after Flyway has brought the schema up to date, so that work needing the
 * tables (such as loading the demo college) runs only then.
 */
public record DatabaseMigrated(DatabaseKind kind, int migrationsApplied) {
}
