package org.recoverycollege.account.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.recoverycollege.account.control.AccountService;
import org.recoverycollege.account.control.SessionAuthenticationMechanism;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.platform.web.UserMessages;

/** {@code /sign-in}: checks the e-mail and password and takes the person to their own area. */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private AccountService accounts;

    private final SignInForm form = new SignInForm();

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String normalisedEmail = UserAccount.normaliseEmail(form.getEmail());
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().credential(new UsernamePasswordCredential(normalisedEmail, new Password(form.getPassword()))));
        if (status == AuthenticationStatus.SUCCESS) {
            land(normalisedEmail, request, response);
        } else if (request.getAttribute(SessionAuthenticationMechanism.THROTTLED_MINUTES_ATTRIBUTE) instanceof Long minutes) {
            UserMessages.error("signIn.throttled", minutes);
        } else {
            UserMessages.error("signIn.failed");
        }
    }

    private void land(String normalisedEmail, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        UserAccount account = accounts.getByEmail(normalisedEmail);
        Languages.supported(account.getPreferredLanguage())
                .ifPresent(locale -> response.addCookie(Languages.cookieFor(locale, request.getContextPath())));
        String destination = form.getNext() == null ? landingPath(account) : LanguageServlet.safeReturnPath(form.getNext());
        faces.getExternalContext().redirect(request.getContextPath() + destination);
    }

    /** Administrators to the administration, tutors to their screens, students to their courses. */
    static String landingPath(UserAccount account) {
        if (account.holds(Role.ADMIN)) {
            return "/admin/";
        }
        if (account.holds(Role.TUTOR)) {
            return "/tutor/";
        }
        if (account.holds(Role.STUDENT)) {
            return "/my/";
        }
        return "/";
    }

    public SignInForm getForm() {
        return form;
    }
}
