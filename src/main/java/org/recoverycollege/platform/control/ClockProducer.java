package org.recoverycollege.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The college's clock, in the college's time zone; every rule about time reads it instead of now(). */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "app.zone", defaultValue = "Europe/London")
    private String zone;

    @Produces
    @ApplicationScoped
    Clock collegeClock() {
        return Clock.system(ZoneId.of(zone));
    }
}
