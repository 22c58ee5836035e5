package org.recoverycollege.pairing.control;

import java.io.Serializable;
import java.util.List;
import org.recoverycollege.pairing.domain.Reason;

/** A tutor who may take a place without breaking a hard rule, and the preferences that choice would not meet. */
public record TutorOption(long tutorId, String name, List<Reason> notes) implements Serializable {
}
