package org.recoverycollege.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Optional;
import org.recoverycollege.account.control.PasswordPolicy;
import org.recoverycollege.account.control.PasswordResets;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.platform.web.UserMessages;

/**
 * {@code /forgot-password} asks for a link; {@code /reset-password?token=...} sets the new password. The
 * first page says the same whether or not the address has an account.
 */
@Named
@RequestScoped
public class PasswordResetBacking {

    @Inject
    private PasswordResets resets;

    @Inject
    private FacesContext faces;

    @Size(max = UserAccount.EMAIL_MAX, message = "{input.tooLong}")
    private String email;
    private String token;
    private String password;
    private boolean sent;

    public void requestLink() {
        resets.sendResetLink(email);
        sent = true;
        UserMessages.info("forgot.sent");
    }

    /**
     * The rendered check runs before the token reaches this bean on a form post, so it reads the token from
     * the request: the address on first view, the hidden field on the post.
     */
    public boolean isTokenUsable() {
        return resets.isUsable(currentToken());
    }

    private String currentToken() {
        if (token == null) {
            var parameters = faces.getExternalContext().getRequestParameterMap();
            token = parameters.getOrDefault("token", parameters.get("reset:token"));
        }
        return token;
    }

    /** A link no longer usable is refused by the service, and the refusal handler says so on the page. */
    public void choosePassword() throws IOException {
        Optional<PasswordPolicy.Problem> weak = resets.problemWith(currentToken(), password);
        if (weak.isPresent()) {
            PasswordMessages.showFor("reset:password", weak.get());
            return;
        }
        resets.choosePassword(currentToken(), password);
        UserMessages.infoAfterRedirect("reset.done");
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/sign-in");
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
