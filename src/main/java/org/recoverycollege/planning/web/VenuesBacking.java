package org.recoverycollege.planning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.recoverycollege.planning.control.PlaceAdmin;
import org.recoverycollege.planning.entity.AccessFeature;
import org.recoverycollege.planning.entity.Room;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;

/** {@code /admin/venues}: venues with their address and access features ({@link VenueForm}), and their rooms. */
@Named
@ViewScoped
public class VenuesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlaceAdmin places;
    @Inject
    private Caller caller;

    private VenueForm form = new VenueForm();
    @Size(max = Room.NAME_MAX, message = "{input.tooLong}")
    private String roomName;
    @Min(value = 1, message = "{input.atLeast}")
    private int roomCapacity = 12;

    public List<Venue> getVenues() {
        return places.venues();
    }

    /** The rooms of the venue being changed; none for a new one. */
    public List<Room> getRooms() {
        return form.getId() == null ? List.of() : places.rooms(form.getId());
    }

    public AccessFeature[] getAllFeatures() {
        return AccessFeature.values();
    }

    public void edit(long venueId) {
        form = new VenueForm(places.getVenue(venueId));
    }

    public void save() {
        form.setId(places.saveVenue(caller.name(), form.getId(), form.getName(), form.getAddress(), form.getPostcode(),
                form.isOnline(), form.getDirections(), form.chosenFeatures()));
        UserMessages.info("venues.saved", form.getName());
    }

    public void startNew() {
        form = new VenueForm();
    }

    public void addRoom() {
        places.addRoom(caller.name(), form.getId(), roomName, roomCapacity);
        UserMessages.info("venues.roomAdded", roomName);
        roomName = null;
    }

    public VenueForm getForm() { return form; }
    public String getRoomName() { return roomName; }
    public void setRoomName(String roomName) { this.roomName = roomName; }
    public int getRoomCapacity() { return roomCapacity; }
    public void setRoomCapacity(int roomCapacity) { this.roomCapacity = roomCapacity; }
}
