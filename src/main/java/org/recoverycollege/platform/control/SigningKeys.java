package org.recoverycollege.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures with keys kept in the database, so that what one instance signs every other
 * instance (and the same one after a restart) can verify. The first instance that needs a key creates it;
 * when two race, the loser reads the winner's key.
 */
@ApplicationScoped
public class SigningKeys {

    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private SigningKeyStore store;

    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    /** The signature of the text with the named key, URL-safe Base64. */
    public String sign(String keyName, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(keyName), ALGORITHM));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    public boolean verify(String keyName, String text, String signature) {
        return MessageDigest.isEqual(sign(keyName, text).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] key(String name) {
        return keys.computeIfAbsent(name, n -> Base64.getDecoder().decode(store.read(n).orElseGet(() -> create(n))));
    }

    private String create(String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        try {
            store.create(name, Base64.getEncoder().encodeToString(secret));
        } catch (RuntimeException lostRace) {
            // another instance stored its key first: everyone uses that one
        }
        return store.read(name).orElseThrow(() -> new IllegalStateException("No signing key " + name));
    }
}
