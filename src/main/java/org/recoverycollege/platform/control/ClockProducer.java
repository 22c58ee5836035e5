package org.recoverycollege.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The college's clock, in the college's time zone; every rule about time reads it instead of now(). It ticks
 * in whole microseconds, the precision both databases store: a time the application keeps in memory then
 * equals the stored one (with nanoseconds, H2 rounds the stored value and comparisons with it, such as the
 * count of people ahead on a waiting list, went wrong).
 */
@ApplicationScoped
public class ClockProducer {

    /** The finest time PostgreSQL and H2 keep in a timestamp. */
    public static final Duration STORED_PRECISION = Duration.ofNanos(1_000);

    @Inject
    @ConfigProperty(name = "app.zone", defaultValue = "Europe/London")
    private String zone;

    @Produces
    @ApplicationScoped
    Clock collegeClock() {
        return Clock.tick(Clock.system(ZoneId.of(zone)), STORED_PRECISION);
    }
}
