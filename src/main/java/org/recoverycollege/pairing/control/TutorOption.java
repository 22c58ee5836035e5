package org.recoverycollege.pairing.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.recoverycollege.pairing.domain.Reason;

/** A tutor who may take a place without breaking a hard rule, and the preferences that choice would not meet. */
public record TutorOption(long tutorId, String name, List<Reason> notes) implements Serializable {

    /** The options with the tutor holding the place first, kept selectable even when they would no longer be chosen. */
    public static List<TutorOption> withHolder(List<TutorOption> options, BoardRow.Place place) {
        if (!place.isFilled() || options.stream().anyMatch(o -> o.tutorId() == place.tutorId())) {
            return options;
        }
        List<TutorOption> all = new ArrayList<>(options);
        all.add(0, new TutorOption(place.tutorId(), place.tutorName(), List.of()));
        return all;
    }
}
