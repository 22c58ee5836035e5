package org.recoverycollege.pairing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.recoverycollege.pairing.control.PairingJobView;
import org.recoverycollege.pairing.control.PairingSolving;
import org.recoverycollege.platform.web.UserMessages;

/** The board's Solve and Stop buttons and the live progress the page polls while a solve runs. */
@Named
@ViewScoped
public class PairingSolveBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PairingSolving solving;

    @Inject
    private PairingBacking boardPage;

    private PairingJobView job;
    private Long jobTermId;
    private boolean wasRunning;

    public void solve() {
        job = solving.start(boardPage.getTermId());
        jobTermId = boardPage.getTermId();
        wasRunning = true;
        UserMessages.info("pairing.solve.started");
    }

    public void stop() {
        solving.stop(boardPage.getTermId());
        refresh();
    }

    /** Reads the job's state again; once a solve has ended, the board shows its proposals. */
    public void refresh() {
        jobTermId = boardPage.getTermId();
        job = jobTermId == null ? null : solving.latest(jobTermId).orElse(null);
        boolean running = job != null && job.isRunning();
        if (wasRunning && !running) {
            boardPage.reload();
        }
        wasRunning = running;
    }

    /** The latest solve of the board's term (read again when the board shows another term). */
    public PairingJobView getJob() {
        if (!java.util.Objects.equals(jobTermId, boardPage.getTermId())) {
            refresh();
        }
        return job;
    }

    public boolean isRunning() {
        PairingJobView current = getJob();
        return current != null && current.isRunning();
    }
}
