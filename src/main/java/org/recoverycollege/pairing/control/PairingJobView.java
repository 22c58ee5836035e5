package org.recoverycollege.pairing.control;

import java.io.Serializable;
import org.recoverycollege.pairing.entity.PairingJobStatus;

/**
 * A solve as the board shows it. The score is split into its three levels: hard rules broken, places
 * left empty, and the cost of preferences not met.
 */
public record PairingJobView(long jobId, PairingJobStatus status, long elapsedSeconds, String startedBy,
        boolean stopRequested, Integer brokenRules, Integer emptyPlaces, Integer preferenceCost) implements Serializable {

    public boolean isRunning() {
        return status == PairingJobStatus.RUNNING;
    }

    public boolean isScored() {
        return brokenRules != null;
    }
}
