package org.recoverycollege.tutoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.recoverycollege.account.entity.Role;

/**
 * Who is calling a service: the signed-in person's name (their e-mail) and whether they administer the
 * college. Services decide what a tutor may reach from this, never from ids in the request.
 */
@ApplicationScoped
public class CallerIdentity {

    @Inject
    private SecurityContext securityContext;

    /** The caller's account e-mail, or null when nobody is signed in. */
    public String name() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isAdministrator() {
        return securityContext.isCallerInRole(Role.ADMIN_NAME);
    }
}
