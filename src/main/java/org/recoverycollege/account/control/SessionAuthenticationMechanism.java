package org.recoverycollege.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;

/**
 * Form sign-in through the Faces page {@code /sign-in}, remembering only the caller's e-mail address in
 * the HTTP session. Every request re-reads that account's roles from the database, so with several
 * instances a session that fails over to another instance keeps its roles (the container's own
 * replication loses them: payara/Payara#6342), and a closed account or a revoked role takes effect at
 * once. A protected page asked for without signing in redirects to the sign-in page, which returns there.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String CALLER_ATTRIBUTE = "org.recoverycollege.caller";
    public static final String SIGN_IN_PATH = "/sign-in";
    public static final String NEXT_PARAMETER = "next";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(credential, request, context);
        }
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(CALLER_ATTRIBUTE);
        if (caller != null) {
            Optional<UserAccount> account = accounts.findByEmail(caller.toString()).filter(UserAccount::isActive);
            if (account.isPresent()) {
                return context.notifyContainerAboutLogin(account.get().getEmail(), roleNames(account.get()));
            }
            session.removeAttribute(CALLER_ATTRIBUTE);
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + SIGN_IN_PATH + "?" + NEXT_PARAMETER + "="
                    + URLEncoder.encode(requestedPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private static String requestedPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private AuthenticationStatus signIn(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE; // the sign-in page says so; no error page
        }
        // a new session id on sign-in prevents session fixation
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(CALLER_ATTRIBUTE, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER_ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static Set<String> roleNames(UserAccount account) {
        return account.getRoles().stream().map(Role::roleName).collect(Collectors.toSet());
    }
}
