package org.recoverycollege.pairing.control;

import ai.timefold.solver.core.api.solver.Solver;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recoverycollege.pairing.domain.PairingSolution;
import org.recoverycollege.pairing.entity.PairingJobStatus;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Setting;

/**
 * Solves a term's pairing in the background on a managed thread, so no request waits for it. The job's
 * state lives in the database: its progress (best score so far, heartbeat) is written as it improves, a
 * stop asked on any instance reaches the running solver within a second, and the best pairing found is
 * stored as proposals when the solve finishes or is stopped.
 */
@ApplicationScoped
public class PairingSolving {

    private static final Logger LOG = Logger.getLogger(PairingSolving.class.getName());
    private static final long PROGRESS_EVERY_MILLIS = 500;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PairingJobs jobs;

    @Inject
    private PairingProblems problems;

    @Inject
    private PairingEngine engine;

    @Inject
    private PairingAssignments assignments;

    @Inject
    private Caller caller;

    @Inject
    private CollegeSettings settings;

    /** Solvers running on this instance, by job id, so a stop asked here takes effect at once. */
    private final Map<Long, Solver<PairingSolution>> running = new ConcurrentHashMap<>();

    /** Starts solving the term; refused while another solve of it runs anywhere. */
    public PairingJobView start(long termId) {
        String actor = caller.requireAdministrator();
        if (em.find(Term.class, termId) == null) {
            throw new PairingException("pairing.term.unknown");
        }
        long jobId = jobs.open(termId, actor);
        int limit = settings.intValue(Setting.PAIRING_TIME_LIMIT_SECONDS);
        executor.submit(() -> solve(jobId, termId, limit, actor));
        return jobs.latestView(termId).orElseThrow();
    }

    public Optional<PairingJobView> latest(long termId) {
        caller.requireAdministrator();
        return jobs.latestView(termId);
    }

    /** Asks the term's running solve to stop; its best pairing so far is kept as proposals. */
    public void stop(long termId) {
        caller.requireAdministrator();
        jobs.requestStop(termId).map(running::get).ifPresent(Solver::terminateEarly);
    }

    private void solve(long jobId, long termId, int limitSeconds, String actor) {
        ScheduledFuture<?> watch = null;
        try {
            PairingProblems.Loaded loaded = problems.load(em.find(Term.class, termId));
            Solver<PairingSolution> solver = engine.solver(limitSeconds);
            running.put(jobId, solver);
            AtomicLong lastReport = new AtomicLong();
            solver.addEventListener(event -> {
                long now = System.currentTimeMillis();
                if (now - lastReport.get() >= PROGRESS_EVERY_MILLIS) {
                    lastReport.set(now);
                    jobs.recordBestScore(jobId, event.getNewBestScore().toString());
                }
            });
            watch = scheduler.scheduleAtFixedRate(() -> {
                if (jobs.beat(jobId)) {
                    solver.terminateEarly();
                }
            }, 1, 1, TimeUnit.SECONDS);
            PairingSolution best = solver.solve(loaded.solution());
            watch.cancel(false);
            boolean stopped = jobs.beat(jobId);
            assignments.storeSolution(loaded, best, actor);
            jobs.end(jobId, stopped ? PairingJobStatus.STOPPED : PairingJobStatus.FINISHED, best.getScore().toString());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pairing solve " + jobId + " of term " + termId + " failed", e);
            jobs.end(jobId, PairingJobStatus.FAILED, null);
        } finally {
            if (watch != null) {
                watch.cancel(false);
            }
            running.remove(jobId);
        }
    }
}
