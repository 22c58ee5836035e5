package org.recoverycollege.planning.web;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import org.recoverycollege.planning.entity.AccessFeature;
import org.recoverycollege.planning.entity.Venue;

/** The venue form on {@code /admin/venues}: a new venue (id null) or a venue being changed. */
public class VenueForm implements Serializable {

    private static final long serialVersionUID = 1L;

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

    /** An empty form for a new venue. */
    public VenueForm() {
    }

    /** The form filled in with a venue as it is now. */
    public VenueForm(Venue venue) {
        id = venue.getId();
        name = venue.getName();
        address = venue.getAddress();
        postcode = venue.getPostcode();
        online = venue.isOnline();
        directions = venue.getDirections();
        features = venue.getAccessFeatures().toArray(AccessFeature[]::new);
    }

    /** The access features ticked, as a set. */
    public EnumSet<AccessFeature> chosenFeatures() {
        EnumSet<AccessFeature> chosen = EnumSet.noneOf(AccessFeature.class);
        chosen.addAll(Arrays.asList(features));
        return chosen;
    }

    public Long getId() { return id; }
    /** The id the venue was saved under, once a new one is saved. */
    public void setId(Long id) { this.id = id; }
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
}
