package org.recoverycollege.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recoverycollege.platform.control.DatabaseKind;
import org.recoverycollege.platform.control.DatabaseMigrated;

/**
 * Decides at start-up whether to load the demo college: {@code app.demo-data=auto} (the default) loads
 * it into an empty H2 database only; {@code true} also into an empty PostgreSQL; {@code false} never.
 */
@ApplicationScoped
public class DemoDataStartup {

    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class.getName());

    @Inject
    @ConfigProperty(name = "app.demo-data", defaultValue = "auto")
    private String demoData;

    @Inject
    private DemoCollegeLoader loader;

    void loadWhenWanted(@Observes DatabaseMigrated migrated) {
        if (!wanted(demoData, migrated.kind())) {
            return;
        }
        try {
            long started = System.nanoTime();
            if (loader.loadIntoEmptyDatabase()) {
                LOG.log(java.util.logging.Level.INFO, "Loaded the demo college in {0} ms",
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            if (!loader.isClaimed()) {
                throw e;
            }
            // another instance starting at the same moment claimed the load; its demo college is ours too
            LOG.info("Demo college loaded by another instance");
        }
    }

    static boolean wanted(String setting, DatabaseKind kind) {
        return switch (setting.strip().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> kind == DatabaseKind.H2;
        };
    }
}
