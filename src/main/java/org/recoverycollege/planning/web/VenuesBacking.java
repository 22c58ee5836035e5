package org.recoverycollege.planning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.omnifaces.util.Faces;
import org.recoverycollege.planning.control.PlaceAdmin;
import org.recoverycollege.planning.entity.AccessFeature;
import org.recoverycollege.planning.entity.Room;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.platform.web.UserMessages;

/** {@code /admin/venues}: venues with their address and access features, and their rooms. */
@Named
@ViewScoped
public class VenuesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlaceAdmin places;

    private Long id;
    @Size(max = Venue.NAME_MAX, message = "{input.tooLong}")
    private String name;
    @Size(max = Venue.ADDRESS_MAX, message = "{input.tooLong}")
    private String address;
    @Size(max = Venue.POSTCODE_MAX, message = "{input.tooLong}")
    private String postcode;
    private boolean online;
    @Size(max = Venue.DIRECTIONS_MAX, message = "{input.tooLong}")
    private String directions;
    private AccessFeature[] features = {};
    @Size(max = Room.NAME_MAX, message = "{input.tooLong}")
    private String roomName;
    @Min(value = 1, message = "{input.atLeast}")
    private int roomCapacity = 12;

    public List<Venue> getVenues() {
        return places.venues();
    }

    public List<Room> getRooms() {
        return id == null ? List.of() : places.rooms(id);
    }

    public AccessFeature[] getAllFeatures() {
        return AccessFeature.values();
    }

    public void edit(long venueId) {
        Venue venue = places.getVenue(venueId);
        id = venue.getId();
        name = venue.getName();
        address = venue.getAddress();
        postcode = venue.getPostcode();
        online = venue.isOnline();
        directions = venue.getDirections();
        features = venue.getAccessFeatures().toArray(AccessFeature[]::new);
    }

    public void save() {
        EnumSet<AccessFeature> chosen = EnumSet.noneOf(AccessFeature.class);
        chosen.addAll(java.util.Arrays.asList(features));
        id = places.saveVenue(Faces.getRemoteUser(), id, name, address, postcode, online, directions, chosen);
        UserMessages.info("venues.saved", name);
    }

    public void startNew() {
        id = null;
        name = address = postcode = directions = null;
        online = false;
        features = new AccessFeature[0];
    }

    public void addRoom() {
        places.addRoom(Faces.getRemoteUser(), id, roomName, roomCapacity);
        UserMessages.info("venues.roomAdded", roomName);
        roomName = null;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public boolean isOnline() { return online; }
    public void setOnline(boolean online) { this.online = online; }
    public String getDirections() { return directions; }
    public void setDirections(String directions) { this.directions = directions; }
    public AccessFeature[] getFeatures() { return features; }
    public void setFeatures(AccessFeature[] features) { this.features = features; }
    public String getRoomName() { return roomName; }
    public void setRoomName(String roomName) { this.roomName = roomName; }
    public int getRoomCapacity() { return roomCapacity; }
    public void setRoomCapacity(int roomCapacity) { this.roomCapacity = roomCapacity; }
}
