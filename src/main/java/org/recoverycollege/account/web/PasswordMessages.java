package org.recoverycollege.account.web;

import java.util.stream.Collectors;
import org.recoverycollege.account.control.PasswordPolicy;
import org.recoverycollege.platform.web.UserMessages;

/**
 * Shows a refused password next to its field: the rule broken and, for a guessable password, the
 * strength estimator's advice in the person's language (its advice comes as bundle keys).
 */
public final class PasswordMessages {

    private PasswordMessages() {
    }

    public static void showFor(String clientId, PasswordPolicy.Problem problem) {
        String advice = problem.adviceKeys().stream().map(UserMessages::text)
                .filter(text -> !text.isBlank()).collect(Collectors.joining(" "));
        UserMessages.errorFor(clientId, problem.messageKey(), advice);
    }
}
