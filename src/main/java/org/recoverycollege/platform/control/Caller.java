package org.recoverycollege.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is calling: the signed-in person's name (their account e-mail) and their roles, read from the
 * request's security context. Pages and services learn who is signed in only from here, never from ids in
 * the request. Services that write the audit log take the actor as an argument instead, because the
 * college's own jobs act too (as {@link #SYSTEM}).
 */
@ApplicationScoped
public class Caller {

    /** The actor of what the college's scheduled jobs do. */
    public static final String SYSTEM = "system";

    /** Role names, as the security constraints and {@code account.entity.Role} spell them. */
    public static final String STUDENT = "student";
    public static final String TUTOR = "tutor";
    public static final String ADMINISTRATOR = "admin";

    @Inject
    private SecurityContext securityContext;

    /** The caller's account e-mail, or null when nobody is signed in. */
    public String name() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public Optional<String> signedIn() {
        return Optional.ofNullable(name());
    }

    public boolean isAdministrator() {
        return securityContext.isCallerInRole(ADMINISTRATOR);
    }

    public boolean hasRole(String roleName) {
        return securityContext.isCallerInRole(roleName);
    }

    /** The signed-in administrator's name; anybody else is refused before anything is read or changed. */
    public String requireAdministrator() {
        String name = name();
        if (name == null || !isAdministrator()) {
            throw new SecurityException("Only administrators may do this");
        }
        return name;
    }
}
