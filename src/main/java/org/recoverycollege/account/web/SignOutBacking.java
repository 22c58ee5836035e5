package org.recoverycollege.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signs out (a POST from the header) and returns to the prospectus. */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject
    private FacesContext faces;

    public void signOut() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(request.getContextPath() + "/?signedOut=true");
    }
}
