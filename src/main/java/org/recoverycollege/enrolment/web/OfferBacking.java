package org.recoverycollege.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.recoverycollege.enrolment.control.EnrolmentService;
import org.recoverycollege.enrolment.control.OfferView;
import org.recoverycollege.enrolment.control.PlaceOffers;
import org.recoverycollege.platform.web.UserMessages;

/**
 * {@code /offer}: the page the link in a waiting-list offer's e-mail opens, without signing in. Opening it
 * changes nothing (mail scanners open links); the person accepts or declines with a button.
 */
@Named
@RequestScoped
public class OfferBacking {

    @Inject
    private PlaceOffers offers;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    @Param(name = "enrolment")
    private Long enrolmentId;

    @Inject
    @Param(name = "token")
    private String token;

    private Optional<OfferView> offer;

    /** The offer the link names, or null when the link is not a valid offer link. */
    public OfferView getOffer() {
        if (offer == null) {
            offer = enrolmentId == null ? Optional.empty() : offers.view(enrolmentId, token);
        }
        return offer.orElse(null);
    }

    public void accept() {
        answer(true, "offer.acceptedNow");
    }

    public void decline() {
        answer(false, "offer.declinedNow");
    }

    private void answer(boolean accept, String done) {
        if (getOffer() == null) {
            UserMessages.error("enrolment.offer.notOpen");
            return;
        }
        enrolments.answerOfferByLink(enrolmentId, token, accept);
        offer = null;
        UserMessages.info(done);
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public String getToken() {
        return token;
    }
}
