package org.recoverycollege.pairing.control;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.recoverycollege.pairing.entity.PairingJob;
import org.recoverycollege.pairing.entity.PairingJobStatus;

/**
 * The job rows, each change in its own short transaction so that every instance sees a solve's progress
 * at once. The unique running key refuses a second running solve of the same term on any instance.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PairingJobs {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Opens a running job; refused while another solve of the term runs (an abandoned one is closed first). */
    public long open(long termId, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<PairingJob> latest = latestOf(termId);
        if (latest.isPresent() && latest.get().isRunning()) {
            if (!latest.get().isAbandoned(now)) {
                throw new PairingException("pairing.solve.alreadyRunning");
            }
            latest.get().end(PairingJobStatus.FAILED, now);
            em.flush();
        }
        PairingJob job = new PairingJob(termId, actor, now);
        try {
            em.persist(job);
            em.flush();
        } catch (PersistenceException raced) {
            throw new PairingException("pairing.solve.alreadyRunning");
        }
        return job.getId();
    }

    public void recordBestScore(long jobId, String score) {
        em.find(PairingJob.class, jobId).recordBestScore(score, OffsetDateTime.now(clock));
    }

    /** Beats the job's heartbeat; true when an administrator asked it to stop. */
    public boolean beat(long jobId) {
        PairingJob job = em.find(PairingJob.class, jobId);
        job.beat(OffsetDateTime.now(clock));
        return job.isStopRequested();
    }

    /** Asks the term's running solve to stop; the id of that job, if one runs. */
    public Optional<Long> requestStop(long termId) {
        return latestOf(termId).filter(PairingJob::isRunning).map(job -> {
            job.requestStop();
            return job.getId();
        });
    }

    public void end(long jobId, PairingJobStatus how, String score) {
        PairingJob job = em.find(PairingJob.class, jobId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (score != null) {
            job.recordBestScore(score, now);
        }
        job.end(how, now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PairingJobView> latestView(long termId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return latestOf(termId).map(job -> {
            PairingJobStatus status = job.isAbandoned(now) ? PairingJobStatus.FAILED : job.getStatus();
            HardMediumSoftScore score = job.getBestScore() == null ? null : HardMediumSoftScore.parseScore(job.getBestScore());
            return new PairingJobView(job.getId(), status, job.elapsed(now).toSeconds(), job.getStartedBy(),
                    job.isStopRequested(), score == null ? null : -score.hardScore(),
                    score == null ? null : -score.mediumScore(), score == null ? null : -score.softScore());
        });
    }

    private Optional<PairingJob> latestOf(long termId) {
        return em.createNamedQuery(PairingJob.FIND_LATEST_BY_TERM, PairingJob.class)
                .setParameter("termId", termId).setMaxResults(1).getResultStream().findFirst();
    }
}
