package org.recoverycollege.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;

/**
 * Form sign-in through the Faces page {@code /sign-in}, remembering only the caller's e-mail address in
 * the HTTP session. Every request re-reads that account's roles from the database, so with several
 * instances a session that fails over to another instance keeps its roles (the container's own
 * replication loses them: payara/Payara#6342), and a closed account or a revoked role takes effect at
 * once. The session also remembers the account's credentials version: after a password reset or change
 * (on any instance) every session signed in with the old password ends at its next request.
 * A protected page asked for without signing in redirects to the sign-in page, which returns there.
 *
 * <p>Signing in asks {@link SignInThrottle} first, before any password is hashed; an address without an
 * account is checked against a dummy hash, so it takes as long as a wrong password for a real account.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String CALLER_ATTRIBUTE = "org.recoverycollege.caller";
    static final String CREDENTIALS_ATTRIBUTE = "org.recoverycollege.credentials";
    /** Set on the request when sign-in was refused by the throttle: the minutes to wait (a Long). */
    public static final String THROTTLED_MINUTES_ATTRIBUTE = "org.recoverycollege.signInThrottledMinutes";
    public static final String SIGN_IN_PATH = "/sign-in";
    public static final String NEXT_PARAMETER = "next";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private AccountService accounts;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private PasswordHashing hashing;

    @Inject
    @ConfigProperty(name = "app.sign-in.client-address-header")
    private Optional<String> clientAddressHeader;

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
            Object signedInWith = session.getAttribute(CREDENTIALS_ATTRIBUTE);
            Optional<UserAccount> account = accounts.findByEmail(caller.toString()).filter(UserAccount::isActive)
                    .filter(a -> signedInWith instanceof Integer version && version == a.getCredentialsVersion());
            if (account.isPresent()) {
                return context.notifyContainerAboutLogin(account.get().getEmail(), roleNames(account.get()));
            }
            // closed account or changed password: this session is over
            session.invalidate();
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
        if (!(credential instanceof UsernamePasswordCredential password) || password.getCaller() == null) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        String email = UserAccount.normaliseEmail(password.getCaller());
        String clientAddress = clientAddress(request);
        Optional<Duration> wait = throttle.waitBefore(email, clientAddress);
        if (wait.isPresent()) {
            // refused before any hashing: guessing costs the server nothing while throttled
            request.setAttribute(THROTTLED_MINUTES_ATTRIBUTE, SignInThrottle.minutes(wait.get()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<UserAccount> account = accounts.findByEmail(email)
                .filter(a -> a.isActive() && a.getPasswordHash() != null);
        if (account.isEmpty()) {
            hashing.matchesNobody(password.getPasswordAsString()); // as slow as a wrong password
            throttle.failed(email, clientAddress);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(email, clientAddress);
            return AuthenticationStatus.SEND_FAILURE; // the sign-in page says so; no error page
        }
        throttle.cleared(email);
        // a new session id on sign-in prevents session fixation
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(CALLER_ATTRIBUTE, result.getCallerPrincipal().getName());
        request.getSession().setAttribute(CREDENTIALS_ATTRIBUTE, account.get().getCredentialsVersion());
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * The client's address: the connection's, or behind a trusted load balancer the last entry of the
     * header it sets ({@code app.sign-in.client-address-header}, e.g. X-Forwarded-For; leave it empty
     * when clients reach the server directly, or they could choose their own address).
     */
    private String clientAddress(HttpServletRequest request) {
        if (clientAddressHeader.isPresent() && !clientAddressHeader.get().isBlank()) {
            String forwarded = request.getHeader(clientAddressHeader.get());
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        return request.getRemoteAddr();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER_ATTRIBUTE);
            session.removeAttribute(CREDENTIALS_ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static Set<String> roleNames(UserAccount account) {
        return account.getRoles().stream().map(Role::roleName).collect(Collectors.toSet());
    }
}
