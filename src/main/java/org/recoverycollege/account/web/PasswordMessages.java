package org.recoverycollege.account.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.recoverycollege.platform.control.Refusal;
import org.recoverycollege.platform.web.UserMessages;

/**
 * Shows a refused password next to its field: the rule broken and, for a guessable password, the
 * strength estimator's advice in the person's language (its arguments are bundle keys).
 */
public final class PasswordMessages {

    private PasswordMessages() {
    }

    public static void showFor(String clientId, Refusal refused) {
        String advice = Arrays.stream(refused.arguments()).map(key -> UserMessages.text(String.valueOf(key)))
                .filter(text -> !text.isBlank()).collect(Collectors.joining(" "));
        UserMessages.errorFor(clientId, refused.messageKey(), advice);
    }
}
