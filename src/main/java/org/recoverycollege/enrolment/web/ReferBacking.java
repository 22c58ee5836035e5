package org.recoverycollege.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.recoverycollege.enrolment.control.Referrals;
import org.recoverycollege.platform.web.UserMessages;

/**
 * {@code /refer}: a member of staff refers someone to the college. Staff of the trust have no account here, so
 * the page is public and stateless; what was sent is never shown back, only a thank-you.
 */
@Named
@RequestScoped
public class ReferBacking {

    @Inject
    private Referrals referrals;

    private String personName;
    private String personEmail;
    private String personPhone;
    private String personAddress;
    private String interests;
    private String referrerName;
    private String referrerTeam;
    private String referrerEmail;

    public String send() {
        referrals.submit(new Referrals.Draft(personName, personEmail, personPhone, personAddress, interests,
                referrerName, referrerTeam, referrerEmail));
        UserMessages.infoAfterRedirect("refer.thanks");
        return "/refer?faces-redirect=true";
    }

    public String getPersonName() { return personName; }
    public void setPersonName(String personName) { this.personName = personName; }
    public String getPersonEmail() { return personEmail; }
    public void setPersonEmail(String personEmail) { this.personEmail = personEmail; }
    public String getPersonPhone() { return personPhone; }
    public void setPersonPhone(String personPhone) { this.personPhone = personPhone; }
    public String getPersonAddress() { return personAddress; }
    public void setPersonAddress(String personAddress) { this.personAddress = personAddress; }
    public String getInterests() { return interests; }
    public void setInterests(String interests) { this.interests = interests; }
    public String getReferrerName() { return referrerName; }
    public void setReferrerName(String referrerName) { this.referrerName = referrerName; }
    public String getReferrerTeam() { return referrerTeam; }
    public void setReferrerTeam(String referrerTeam) { this.referrerTeam = referrerTeam; }
    public String getReferrerEmail() { return referrerEmail; }
    public void setReferrerEmail(String referrerEmail) { this.referrerEmail = referrerEmail; }
}
