package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.platform.control.SigningKeys;

/**
 * The link in a waiting-list offer's e-mail: it lets the person answer without signing in, so it is signed, and
 * the signature names the offer (its enrolment and the time it was made), not just the enrolment.
 */
@ApplicationScoped
public class OfferLinks {

    private static final String KEY_NAME = "waiting-list-offer";

    @Inject
    private SigningKeys signingKeys;

    @Inject
    @ConfigProperty(name = "app.base-url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /** The address of the answer page for the offer just made to this waiting-list entry. */
    public String answerUrl(Enrolment offered) {
        if (offered.getId() == null || offered.getOfferedAt() == null) {
            throw new IllegalStateException("Only a saved enrolment that was offered a place has an answer link");
        }
        return baseUrl + "/offer?enrolment=" + offered.getId() + "&token=" + signingKeys.sign(KEY_NAME, signed(offered));
    }

    /** The token is this enrolment's latest offer's (whether or not that offer is still open). */
    public boolean isValid(Enrolment enrolment, String token) {
        return token != null && !token.isBlank() && enrolment.getOfferedAt() != null
                && signingKeys.verify(KEY_NAME, signed(enrolment), token.strip());
    }

    private static String signed(Enrolment enrolment) {
        return enrolment.getId() + ":" + enrolment.getOfferedAt().toInstant();
    }
}
