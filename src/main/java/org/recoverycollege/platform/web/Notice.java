package org.recoverycollege.platform.web;

import java.util.Arrays;
import java.util.List;

/** A message for the person after a redirect: a bundle key and its arguments, shown on the next page. */
public record Notice(String key, List<String> arguments) {

    public Notice {
        arguments = List.copyOf(arguments);
    }

    public static Notice of(String key, Object... arguments) {
        return new Notice(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public void show() {
        UserMessages.info(key, arguments.toArray());
    }
}
