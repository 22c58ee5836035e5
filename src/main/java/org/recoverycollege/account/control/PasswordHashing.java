package org.recoverycollege.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.HashMap;
import java.util.Map;

/** Hashes passwords exactly as the identity store checks them (PBKDF2, SHA-512, 210,000 rounds). */
@ApplicationScoped
public class PasswordHashing {

    static final String ALGORITHM_PARAMETER = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    static final String ITERATIONS_PARAMETER = "Pbkdf2PasswordHash.Iterations=210000";
    static final String SALT_PARAMETER = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    static final String KEY_PARAMETER = "Pbkdf2PasswordHash.KeySizeBytes=32";

    @Inject
    private Pbkdf2PasswordHash hash;

    /** A hash of a random password nobody knows, to check against when the address has no account. */
    private String dummyHash;

    @PostConstruct
    void configure() {
        Map<String, String> parameters = new HashMap<>();
        for (String parameter : new String[] {ALGORITHM_PARAMETER, ITERATIONS_PARAMETER, SALT_PARAMETER, KEY_PARAMETER}) {
            String[] nameAndValue = parameter.split("=", 2);
            parameters.put(nameAndValue[0], nameAndValue[1]);
        }
        hash.initialize(parameters);
        dummyHash = hash(SecretTokens.random());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /**
     * Spends the time of one real check and says no: a wrong address then takes as long as a wrong
     * password, so timing does not tell who has an account.
     */
    public boolean matchesNobody(String password) {
        hash.verify((password == null ? "" : password).toCharArray(), dummyHash);
        return false;
    }

    public boolean matches(String password, String storedHash) {
        return storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }
}
