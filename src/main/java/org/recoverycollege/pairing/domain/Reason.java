package org.recoverycollege.pairing.domain;

import java.io.Serializable;
import java.util.List;

/**
 * A plain-language reason as a bundle key ({@code pairing.reason.*}) and its arguments: names, titles,
 * numbers, dates, days of the week and expertise, which the page puts in the reader's language.
 */
public record Reason(String key, List<Serializable> args) implements Serializable {

    public static Reason of(String key, Serializable... args) {
        return new Reason("pairing.reason." + key, List.of(args));
    }
}
