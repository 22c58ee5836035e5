package org.recoverycollege.enrolment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.recoverycollege.account.web.Languages;
import org.recoverycollege.enrolment.control.PersonalData;
import org.recoverycollege.enrolment.entity.SupportNeed;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;

/** {@code /my/details}: support and communication needs, contact preferences, language, my data, closing the account. */
@Named
@RequestScoped
public class MyDetailsBacking {

    @Inject
    private PersonalData personalData;

    @Inject
    private Caller caller;

    @Inject
    private FacesContext faces;

    private final MyDetailsForm form = new MyDetailsForm();

    @PostConstruct
    void load() {
        personalData.detailsOf(caller.name()).ifPresent(form::fillFrom);
    }

    public void save() throws IOException {
        if (form.isPhoneMissing()) {
            // next to the phone field, where the person types the number
            UserMessages.errorFor("details:phone", "details.phoneNeeded");
            return;
        }
        personalData.update(caller.name(), form.chosenNeeds(), form.getOtherNeeds(), form.isContactByEmail(),
                form.isContactByPhone(), form.getPhone(), form.getLanguage());
        ExternalContext external = faces.getExternalContext();
        Languages.supported(form.getLanguage()).ifPresent(locale -> ((HttpServletResponse) external.getResponse())
                .addCookie(Languages.cookieFor(locale, external.getRequestContextPath())));
        UserMessages.infoAfterRedirect("details.saved");
        external.redirect(external.getRequestContextPath() + "/my/details");
    }

    /** Erases the student's data, signs them out and takes them to the prospectus. */
    public void closeAccount() throws IOException, ServletException {
        personalData.closeAccount(caller.name());
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/?closed=yes");
    }

    public List<SupportNeed> getAllNeeds() {
        return List.of(SupportNeed.values());
    }

    public MyDetailsForm getForm() {
        return form;
    }
}
