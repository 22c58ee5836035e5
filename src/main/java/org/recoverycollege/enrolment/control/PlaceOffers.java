package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.planning.control.LifecycleSwept;

/**
 * Waiting-list offers seen from outside "My courses": what the e-mail's signed link shows, and ending offers whose
 * time is up on each round of the run lifecycle's sweep (every {@code app.lifecycle.sweep-minutes} on every
 * instance), each in its own transaction so one failure does not hold up the others.
 */
@ApplicationScoped
public class PlaceOffers {

    private static final Logger LOG = Logger.getLogger(PlaceOffers.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OfferLinks links;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private Clock clock;

    /** The offer the link names, or empty when the enrolment does not exist or the token is not this offer's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OfferView> view(long enrolmentId, String token) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null || !links.isValid(enrolment, token)) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OfferView.State state;
        if (enrolment.hasOpenOffer() && !enrolment.isOfferExpiredAt(now)) {
            state = OfferView.State.OPEN;
        } else if (enrolment.isConfirmed() || enrolment.getStatus() == EnrolmentStatus.COMPLETED) {
            state = OfferView.State.ACCEPTED;
        } else {
            state = OfferView.State.ENDED;
        }
        return Optional.of(new OfferView(enrolment.getId(), enrolment.getRun().getCourse().getTitle(),
                EnrolmentLists.describe(enrolment.getRun()),
                enrolment.getOfferExpiresAt() == null ? null
                        : enrolment.getOfferExpiresAt().atZoneSameInstant(clock.getZone()).toLocalDateTime(),
                state));
    }

    void lifecycleSwept(@Observes LifecycleSwept round) {
        expireDue();
    }

    /**
     * Ends every offer whose time is up, passing each place to the next person; returns how many this call ended.
     * Safe on every instance at once: {@link EnrolmentService#expireOffer} takes turns on the run's row, so each
     * offer ends once and its place is offered to the next person once.
     */
    public int expireDue() {
        List<Long> due = em.createNamedQuery(Enrolment.FIND_EXPIRED_OFFERS, Long.class)
                .setParameter("now", OffsetDateTime.now(clock)).getResultList();
        int ended = 0;
        for (long enrolmentId : due) {
            try {
                if (enrolments.expireOffer(enrolmentId)) {
                    ended++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The offer of enrolment " + enrolmentId + " could not end; the next sweep retries", e);
            }
        }
        return ended;
    }
}
