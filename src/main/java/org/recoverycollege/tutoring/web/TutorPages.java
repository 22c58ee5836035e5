package org.recoverycollege.tutoring.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.stream.Collectors;
import org.recoverycollege.platform.web.UserMessages;
import org.recoverycollege.tutoring.control.MyAvailability;

/** What the tutor screens share: turning conflict warnings into messages for the person. */
final class TutorPages {

    private TutorPages() {
    }

    /** Warns, naming each confirmed session an availability change conflicts with. */
    static void warnAbout(List<MyAvailability.Conflict> conflicts) {
        if (conflicts.isEmpty()) {
            return;
        }
        String sessions = conflicts.stream()
                .map(c -> UserMessages.text("availability.conflictItem", c.courseTitle(), c.date().toString(),
                        c.startsAt().toString()))
                .collect(Collectors.joining("; "));
        String text = UserMessages.text("availability.conflicts", sessions);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
    }
}
