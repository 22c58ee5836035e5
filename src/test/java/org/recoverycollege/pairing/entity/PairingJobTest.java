package org.recoverycollege.pairing.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PairingJobTest {

    private static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aRunningJobWhoseServerStoppedBeatingCountsAsAbandoned() {
        PairingJob job = new PairingJob(7, "admin@example.org", START);
        assertThat(job.isAbandoned(START.plusSeconds(20))).isFalse();
        job.beat(START.plusSeconds(20));
        assertThat(job.isAbandoned(START.plusSeconds(45))).isFalse();
        assertThat(job.isAbandoned(START.plusSeconds(51))).isTrue();
    }

    @Test
    void endingFreezesTheElapsedTimeAndOnlyTheFirstEndCounts() {
        PairingJob job = new PairingJob(7, "admin@example.org", START);
        job.recordBestScore("0hard/-2medium/-40soft", START.plusSeconds(1));
        job.end(PairingJobStatus.STOPPED, START.plusSeconds(3));
        job.end(PairingJobStatus.FAILED, START.plusSeconds(9));
        assertThat(job.getStatus()).isEqualTo(PairingJobStatus.STOPPED);
        assertThat(job.elapsed(START.plusMinutes(5))).isEqualTo(Duration.ofSeconds(3));
        assertThat(job.isAbandoned(START.plusMinutes(5))).isFalse();
        assertThat(job.getBestScore()).isEqualTo("0hard/-2medium/-40soft");
    }

    @Test
    void aJobCannotEndAsRunning() {
        PairingJob job = new PairingJob(7, "admin@example.org", START);
        assertThatThrownBy(() -> job.end(PairingJobStatus.RUNNING, START)).isInstanceOf(IllegalArgumentException.class);
    }
}
