package org.recoverycollege.tutoring;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.function.Supplier;
import org.recoverycollege.platform.control.Caller;

/**
 * In-container tests call services as a chosen person, as if that person had signed in. Outside
 * {@code as(…)} it answers as the real {@link Caller} does, so the pages of the deployment it shares with
 * the browser tests (testing/SharedApplication) still see who signed in.
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
        return acting() ? NAME.get() : super.name();
    }

    @Override
    public boolean isAdministrator() {
        return acting() ? ADMINISTRATOR.get() : super.isAdministrator();
    }

    private static boolean acting() {
        return NAME.get() != null;
    }
}
