package org.recoverycollege.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jakarta.inject.Inject;

/** The table {@code signing_key}, each call in its own transaction so a lost race can be read back. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SigningKeyStore {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public Optional<String> read(String name) {
        List<?> found = em.createNativeQuery("SELECT secret FROM signing_key WHERE name = ?1")
                .setParameter(1, name)
                .getResultList();
        return found.stream().findFirst().map(Object::toString);
    }

    /** Fails (primary key) when another instance stored the key first. */
    public void create(String name, String secret) {
        em.createNativeQuery("INSERT INTO signing_key (name, secret, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, name)
                .setParameter(2, secret)
                .setParameter(3, OffsetDateTime.now(clock))
                .executeUpdate();
    }
}
