package org.recoverycollege.enrolment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import org.recoverycollege.account.web.Languages;
import org.recoverycollege.enrolment.control.EnrolmentRefused;
import org.recoverycollege.enrolment.control.PersonalData;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.enrolment.entity.SupportNeed;
import org.recoverycollege.platform.web.UserMessages;

/** {@code /my/details}: support and communication needs, contact preferences, language, my data, closing the account. */
@Named
@RequestScoped
public class MyDetailsBacking {

    @Inject
    private PersonalData personalData;

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    private SupportNeed[] needs = {};
    @Size(max = Student.OTHER_NEEDS_MAX, message = "{input.tooLong}")
    private String otherNeeds;
    private boolean contactByEmail;
    private boolean contactByPhone;
    @Size(max = Student.PHONE_MAX, message = "{input.tooLong}")
    private String phone;
    @NotBlank(message = "{input.language}")
    @Pattern(regexp = "en|pl", message = "{input.language}")
    private String language;

    @PostConstruct
    void load() {
        personalData.detailsOf(me()).ifPresent(details -> {
            needs = details.needs().stream().sorted().toArray(SupportNeed[]::new);
            otherNeeds = details.otherNeeds();
            contactByEmail = details.contactByEmail();
            contactByPhone = details.contactByPhone();
            phone = details.phone();
            language = details.language();
        });
    }

    public void save() throws IOException {
        try {
            personalData.update(me(), needs.length == 0 ? EnumSet.noneOf(SupportNeed.class) : EnumSet.copyOf(List.of(needs)),
                    otherNeeds, contactByEmail, contactByPhone, phone, language);
        } catch (EnrolmentRefused refused) {
            UserMessages.errorFor("details:phone", refused.messageKey());
            return;
        }
        ExternalContext external = faces.getExternalContext();
        Languages.supported(language).ifPresent(locale -> ((HttpServletResponse) external.getResponse())
                .addCookie(Languages.cookieFor(locale, external.getRequestContextPath())));
        UserMessages.infoAfterRedirect("details.saved");
        external.redirect(external.getRequestContextPath() + "/my/details");
    }

    /** Erases the student's data, signs them out and takes them to the prospectus. */
    public void closeAccount() throws IOException, ServletException {
        personalData.closeAccount(me());
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/?closed=yes");
    }

    public List<SupportNeed> getAllNeeds() {
        return List.of(SupportNeed.values());
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    public SupportNeed[] getNeeds() {
        return needs.clone();
    }

    public void setNeeds(SupportNeed[] needs) {
        this.needs = needs == null ? new SupportNeed[0] : needs.clone();
    }

    public String getOtherNeeds() {
        return otherNeeds;
    }

    public void setOtherNeeds(String otherNeeds) {
        this.otherNeeds = otherNeeds;
    }

    public boolean isContactByEmail() {
        return contactByEmail;
    }

    public void setContactByEmail(boolean contactByEmail) {
        this.contactByEmail = contactByEmail;
    }

    public boolean isContactByPhone() {
        return contactByPhone;
    }

    public void setContactByPhone(boolean contactByPhone) {
        this.contactByPhone = contactByPhone;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
