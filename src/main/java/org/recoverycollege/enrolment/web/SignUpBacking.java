package org.recoverycollege.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.recoverycollege.account.control.PasswordPolicy;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.account.web.LocaleBacking;
import org.recoverycollege.account.web.PasswordMessages;
import org.recoverycollege.account.web.PrivacyConsent;
import org.recoverycollege.enrolment.control.StudentRegistration;
import org.recoverycollege.enrolment.entity.Relation;
import org.recoverycollege.platform.web.UserMessages;

/**
 * {@code /sign-up}: creates a student's account and asks them to check their e-mail and sign in. The reply
 * is the same when the address already has an account (its owner gets a mail instead), so the form does
 * not tell anyone who has an account.
 */
@Named
@RequestScoped
public class SignUpBacking {

    @Inject
    private StudentRegistration registration;

    @Inject
    private LocaleBacking localeBacking;

    @Inject
    private FacesContext faces;

    @Inject
    private PrivacyConsent consent;

    @Size(max = UserAccount.NAME_MAX, message = "{input.tooLong}")
    private String name;
    @Email(message = "{input.email}")
    @Size(max = UserAccount.EMAIL_MAX, message = "{input.tooLong}")
    private String email;
    private String password;
    private Relation relation;

    /** A password the policy refuses is shown by its field, account or not (the service checks it again). */
    public void signUp() throws IOException {
        Optional<PasswordPolicy.Problem> weak = PasswordPolicy.check(password, UserAccount.normaliseEmail(email));
        if (weak.isPresent()) {
            PasswordMessages.showFor("signUp:password", weak.get());
            return;
        }
        registration.register(name, email, password, relation, localeBacking.getLocale().getLanguage(), consent.isAccepted());
        UserMessages.infoAfterRedirect("signUp.checkMail");
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/sign-in");
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
