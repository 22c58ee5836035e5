package org.recoverycollege.enrolment.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import org.recoverycollege.account.control.AccountException;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.account.web.LocaleBacking;
import org.recoverycollege.account.web.PasswordMessages;
import org.recoverycollege.enrolment.control.StudentRegistration;
import org.recoverycollege.enrolment.entity.Relation;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.platform.web.UserMessages;

/** {@code /sign-up}: creates a student's account and signs them straight in. */
@Named
@RequestScoped
public class SignUpBacking {

    @Inject
    private StudentRegistration registration;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LocaleBacking localeBacking;

    @Inject
    private FacesContext faces;

    @Size(max = UserAccount.NAME_MAX, message = "{input.tooLong}")
    private String name;
    @Email(message = "{input.email}")
    @Size(max = UserAccount.EMAIL_MAX, message = "{input.tooLong}")
    private String email;
    private String password;
    private Relation relation;

    public void signUp() throws IOException {
        Student student;
        try {
            student = registration.register(name, email, password, relation, localeBacking.getLocale().getLanguage());
        } catch (AccountException refused) {
            if (refused.messageKey().startsWith("password.")) {
                PasswordMessages.showFor("signUp:password", refused);
            } else {
                UserMessages.errorFor("signUp:email", refused.messageKey());
            }
            return;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(
                        new UsernamePasswordCredential(student.getAccount().getEmail(), new Password(password))));
        UserMessages.infoAfterRedirect("signUp.welcome", student.getAccount().getDisplayName());
        external.redirect(request.getContextPath() + "/my/");
    }

    public List<Relation> getRelations() {
        return List.of(Relation.values());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Relation getRelation() {
        return relation;
    }

    public void setRelation(Relation relation) {
        this.relation = relation;
    }
}
