package org.recoverycollege.platform.web;

import org.recoverycollege.platform.control.Refusal;

/** Shows a refused use case to the person as an error message in their language. */
public final class Refusals {

    private Refusals() {
    }

    public static void show(Refusal refusal) {
        UserMessages.error(refusal.messageKey(), refusal.arguments());
    }

    /** Runs the action; a refusal becomes an error message and the result is false. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (Refusal refusal) {
            show(refusal);
            return false;
        }
    }
}
