package org.recoverycollege.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sliding window of the sign-in throttle (issue 10, finding 2). */
class SignInThrottleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2027, 1, 7, 10, 0, 0, 0, ZoneOffset.UTC);

    private static List<OffsetDateTime> minutesAgo(int... minutes) {
        return java.util.Arrays.stream(minutes).mapToObj(m -> NOW.minusMinutes(m)).toList();
    }

    @Test
    void fewerFailuresThanTheLimitDoNotWait() {
        assertThat(SignInThrottle.waitFor(minutesAgo(0, 1, 2, 3), 5, NOW)).isEmpty();
    }

    @Test
    void theLimitWaitsUntilTheOldestCountedFailureLeavesTheWindow() {
        assertThat(SignInThrottle.waitFor(minutesAgo(0, 1, 2, 3, 4), 5, NOW)).contains(Duration.ofMinutes(11));
        assertThat(SignInThrottle.waitFor(minutesAgo(0, 0, 0, 0, 0), 5, NOW)).contains(Duration.ofMinutes(15));
    }

    @Test
    void theWaitEndsByItself() {
        assertThat(SignInThrottle.waitFor(minutesAgo(1, 2, 3, 4, 15), 5, NOW)).isEmpty();
        assertThat(SignInThrottle.waitFor(minutesAgo(14, 14, 14, 14, 14), 5, NOW)).contains(Duration.ofMinutes(1));
    }

    @Test
    void minutesAreRoundedUpAndNeverZero() {
        assertThat(SignInThrottle.minutes(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(SignInThrottle.minutes(Duration.ofSeconds(61))).isEqualTo(2);
        assertThat(SignInThrottle.minutes(Duration.ofMinutes(15))).isEqualTo(15);
    }
}
