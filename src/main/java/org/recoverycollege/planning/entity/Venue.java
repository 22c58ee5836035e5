package org.recoverycollege.planning.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/** A place where runs are held, or the college's online venue, with its access features. */
@Entity
@Table(name = "venue")
@NamedQuery(name = Venue.FIND_ALL, query = "SELECT v FROM Venue v ORDER BY v.name")
@NamedQuery(name = Venue.FIND_BY_NAME, query = "SELECT v FROM Venue v WHERE v.name = :name")
public class Venue extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "Venue.findAll";
    public static final String FIND_BY_NAME = "Venue.findByName";
    public static final int NAME_MAX = 120;
    public static final int ADDRESS_MAX = 500;
    public static final int POSTCODE_MAX = 16;
    public static final int DIRECTIONS_MAX = 1000;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = ADDRESS_MAX)
    @Column(length = ADDRESS_MAX)
    private String address;

    @Size(max = POSTCODE_MAX)
    @Column(length = POSTCODE_MAX)
    private String postcode;

    @Column(nullable = false)
    private boolean online;

    @Size(max = DIRECTIONS_MAX)
    @Column(length = DIRECTIONS_MAX)
    private String directions;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "venue_access_feature", joinColumns = @JoinColumn(name = "venue_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "feature", nullable = false, length = 32)
    private Set<AccessFeature> accessFeatures = EnumSet.noneOf(AccessFeature.class);

    protected Venue() {
        // for JPA
    }

    public Venue(String name, String address, String postcode, boolean online, String directions) {
        this.name = Texts.required(name, NAME_MAX, "name");
        this.online = online;
        this.address = Texts.optional(address, ADDRESS_MAX, "address");
        this.postcode = Texts.optional(postcode, POSTCODE_MAX, "postcode");
        this.directions = Texts.optional(directions, DIRECTIONS_MAX, "directions");
    }

    /** The college's online venue: no address. */
    public static Venue online(String name) {
        return new Venue(name, null, null, true, null);
    }

    public void rename(String newName) {
        this.name = Texts.required(newName, NAME_MAX, "name");
    }

    public void locate(String newAddress, String newPostcode, String newDirections) {
        this.address = Texts.optional(newAddress, ADDRESS_MAX, "address");
        this.postcode = Texts.optional(newPostcode, POSTCODE_MAX, "postcode");
        this.directions = Texts.optional(newDirections, DIRECTIONS_MAX, "directions");
    }

    public void changeOnline(boolean isOnline) {
        this.online = isOnline;
    }

    public void recordAccessFeatures(Set<AccessFeature> features) {
        Objects.requireNonNull(features, "features");
        accessFeatures.clear();
        accessFeatures.addAll(features);
    }

    public void addAccessFeature(AccessFeature feature) {
        accessFeatures.add(Objects.requireNonNull(feature, "feature"));
    }

    public void removeAccessFeature(AccessFeature feature) {
        accessFeatures.remove(feature);
    }

    public boolean offers(AccessFeature feature) {
        return accessFeatures.contains(feature);
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getPostcode() {
        return postcode;
    }

    public boolean isOnline() {
        return online;
    }

    public String getDirections() {
        return directions;
    }

    public Set<AccessFeature> getAccessFeatures() {
        return accessFeatures.isEmpty() ? Set.of() : Set.copyOf(accessFeatures);
    }

    @Override
    public String toString() {
        return "Venue#" + getId() + " " + name;
    }
}
