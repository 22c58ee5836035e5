package org.recoverycollege.pairing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.Collectors;
import org.recoverycollege.pairing.domain.Reason;
import org.recoverycollege.platform.web.UserMessages;
import org.recoverycollege.tutoring.entity.Expertise;
import org.recoverycollege.tutoring.entity.ReadinessItem;

/** Puts the pairing's reasons into the reader's language: {@code #{pairingReasons.text(reason)}}. */
@Named
@ApplicationScoped
public class PairingReasons {

    public String text(Reason reason) {
        Object[] args = reason.args().stream().map(PairingReasons::localise).toArray();
        return UserMessages.text(reason.key(), args);
    }

    /** The reasons joined into one line, e.g. after a tutor's name in a list of choices. */
    public String line(List<Reason> reasons) {
        return reasons.stream().map(this::text).collect(Collectors.joining(" "));
    }

    private static Object localise(Serializable arg) {
        if (arg instanceof Expertise expertise) {
            return UserMessages.text("pairing.role." + expertise.name());
        }
        if (arg instanceof ReadinessItem item) {
            return UserMessages.text("ReadinessItem." + item.name());
        }
        if (arg instanceof DayOfWeek day) {
            return UserMessages.text("pairing.days." + day.name());
        }
        return arg instanceof Number number ? number.toString() : arg;
    }
}
