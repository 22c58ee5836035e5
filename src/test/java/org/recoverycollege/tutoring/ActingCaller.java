package org.recoverycollege.tutoring;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.function.Supplier;
import org.recoverycollege.platform.control.Caller;

/**
 * In-container tests call services as a chosen person, as if that person had signed in; added only to
 * the deployments of tests that need it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ActingCaller extends Caller {

    private static final ThreadLocal<String> NAME = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> ADMINISTRATOR = ThreadLocal.withInitial(() -> false);

    public static <T> T as(String email, Supplier<T> work) {
        return act(email, false, work);
    }

    public static void as(String email, Runnable work) {
        act(email, false, () -> {
            work.run();
            return null;
        });
    }

    public static void asAdministrator(Runnable work) {
        act("admin@example.org", true, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T act(String email, boolean administrator, Supplier<T> work) {
        NAME.set(email);
        ADMINISTRATOR.set(administrator);
        try {
            return work.get();
        } finally {
            NAME.remove();
            ADMINISTRATOR.remove();
        }
    }

    @Override
    public String name() {
        return NAME.get();
    }

    @Override
    public boolean isAdministrator() {
        return ADMINISTRATOR.get();
    }
}
