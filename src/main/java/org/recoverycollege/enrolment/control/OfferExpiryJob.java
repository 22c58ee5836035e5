package org.recoverycollege.enrolment.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recoverycollege.platform.control.DatabaseMigrated;

/**
 * Ends waiting-list offers whose time is up, every {@code app.lifecycle.sweep-minutes} minutes (as the runs'
 * own sweep; 0 turns it off) on every instance: {@link EnrolmentService#expireOffer} takes turns on the run's
 * row, so each offer ends once and its place is offered to the next person once.
 */
@ApplicationScoped
public class OfferExpiryJob {

    private static final Logger LOG = Logger.getLogger(OfferExpiryJob.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private PlaceOffers offers;

    @Inject
    @ConfigProperty(name = "app.lifecycle.sweep-minutes", defaultValue = "5")
    private int everyMinutes;

    private ScheduledFuture<?> schedule;

    void start(@Observes DatabaseMigrated migrated) {
        if (everyMinutes > 0) {
            schedule = scheduler.scheduleWithFixedDelay(this::sweep, 1, everyMinutes, TimeUnit.MINUTES);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void sweep() {
        try {
            offers.expireDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Waiting-list offer sweep failed; the next sweep retries", e);
        }
    }
}
