package org.recoverycollege.tutoring.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.util.List;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.platform.web.UserMessages;
import org.recoverycollege.tutoring.control.MyAvailability;

/** {@code /tutor/availability}: my weekly slots and my days away, with warnings about confirmed sessions. */
@Named
@RequestScoped
public class AvailabilityBacking {

    @Inject
    private MyAvailability availability;

    private List<MyAvailability.Slot> slots;
    private List<MyAvailability.Away> exceptions;

    private SlotForm slot = new SlotForm();
    private AwayForm away = new AwayForm();

    @PostConstruct
    void load() {
        slots = availability.slots();
        exceptions = availability.exceptions();
    }

    public void addSlot() {
        try {
            TutorPages.warnAbout(availability.addSlot(slot.getDay(), slot.getStartsAt(), slot.getEndsAt(),
                    slot.getVenueId()));
            UserMessages.info("availability.slotAdded");
            slot = new SlotForm();
        } finally {
            load();
        }
    }

    public void removeSlot(long slotId) {
        try {
            TutorPages.warnAbout(availability.removeSlot(slotId));
            UserMessages.info("availability.slotRemoved");
        } finally {
            load();
        }
    }

    public void addException() {
        try {
            TutorPages.warnAbout(availability.addException(away.getFrom(), away.lastDay(), away.getReason()));
            UserMessages.info("availability.exceptionAdded");
            away = new AwayForm();
        } finally {
            load();
        }
    }

    public void removeException(long exceptionId) {
        try {
            availability.removeException(exceptionId);
            UserMessages.info("availability.exceptionRemoved");
        } finally {
            load();
        }
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public List<Venue> getVenues() {
        return availability.venues();
    }

    public List<MyAvailability.Slot> getSlots() {
        return slots;
    }

    public List<MyAvailability.Away> getExceptions() {
        return exceptions;
    }

    public SlotForm getSlot() {
        return slot;
    }

    public AwayForm getAway() {
        return away;
    }
}
