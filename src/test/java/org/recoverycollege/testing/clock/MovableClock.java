package org.recoverycollege.testing.clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The application's clock for a test that moves time (added to its deployment only): it tells the real
 * time until the test sets it, then the time the test chose, in the college's zone. Replaces the
 * production {@code ClockProducer} as an enabled alternative, so every service reads the moved time.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class MovableClock {

    private static final ZoneId COLLEGE = ZoneId.of("Europe/London");
    private volatile Instant fixed;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Moving(this, COLLEGE);
    }

    /** From now on the application's time is this wall-clock time in the college's zone. */
    public void set(LocalDateTime collegeTime) {
        fixed = collegeTime.atZone(COLLEGE).toInstant();
    }

    /** Back to the real time. */
    public void reset() {
        fixed = null;
    }

    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }

    /** A clock reading the movable time; serializable fields are not needed in one JVM. */
    static final class Moving extends Clock {

        private final MovableClock source;
        private final ZoneId zone;

        Moving(MovableClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Moving(source, other);
        }

        @Override
        public Instant instant() {
            return source.instant();
        }
    }
}
