package org.recoverycollege.enrolment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.omnifaces.cdi.Param;
import org.recoverycollege.enrolment.control.Referrals;
import org.recoverycollege.enrolment.entity.ConsentMethod;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;

/** {@code /admin/referral?id=}: one referral, followed up: contacted, consent recorded, account made or declined. */
@Named
@ViewScoped
public class ReferralBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Referrals referrals;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    @Param
    private Long id;

    private Referrals.Detail referral;
    private ConsentMethod consentHow;
    private LocalDate consentOn;

    @PostConstruct
    void load() {
        referral = id == null ? null : referrals.view(caller.name(), id);
        consentOn = LocalDate.now(clock);
    }

    public String contacted() {
        referrals.markContacted(caller.name(), id);
        return done("referrals.markedContacted");
    }

    public String recordConsent() {
        referrals.recordConsent(caller.name(), id, consentHow, consentOn);
        return done("referrals.consentRecorded");
    }

    public String createAccount() {
        long studentId = referrals.createAccount(caller.name(), id);
        UserMessages.infoAfterRedirect("referrals.accountMade");
        return "/admin/student?faces-redirect=true&id=" + studentId;
    }

    public String decline() {
        referrals.decline(caller.name(), id);
        return done("referrals.declinedDone");
    }

    private String done(String key) {
        UserMessages.infoAfterRedirect(key);
        return "/admin/referral?faces-redirect=true&id=" + id;
    }

    public ConsentMethod[] getConsentMethods() { return ConsentMethod.values(); }
    public Referrals.Detail getReferral() { return referral; }
    public ConsentMethod getConsentHow() { return consentHow; }
    public void setConsentHow(ConsentMethod consentHow) { this.consentHow = consentHow; }
    public LocalDate getConsentOn() { return consentOn; }
    public void setConsentOn(LocalDate consentOn) { this.consentOn = consentOn; }
}
