package org.recoverycollege.testing.incontainer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Runs test code in its own transaction inside the server, as a service would. */
@ApplicationScoped
public class Transactions {

    @PersistenceContext
    private EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T call(Function<EntityManager, T> work) {
        T result = work.apply(em);
        em.flush();
        return result;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void run(Consumer<EntityManager> work) {
        work.accept(em);
        em.flush();
    }
}
