package org.recoverycollege.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The sign-up form's "I accept the privacy notice" box. */
@Named
@RequestScoped
public class PrivacyConsent {

    private boolean accepted;

    public boolean isAccepted() {
        return accepted;
    }

    public void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }
}
