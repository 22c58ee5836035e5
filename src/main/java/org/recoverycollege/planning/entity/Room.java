package org.recoverycollege.planning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/** A room at a venue, with the number of people it seats. */
@Entity
@Table(name = "room")
@NamedQuery(name = Room.FIND_BY_VENUE, query = "SELECT r FROM Room r WHERE r.venue = :venue ORDER BY r.name")
public class Room extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_VENUE = "Room.findByVenue";
    public static final int NAME_MAX = 120;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "venue_id", nullable = false, updatable = false)
    private Venue venue;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Min(1)
    @Column(nullable = false)
    private int capacity;

    protected Room() {
        // for JPA
    }

    public Room(Venue venue, String name, int capacity) {
        this.venue = Objects.requireNonNull(venue, "venue");
        this.name = Texts.required(name, NAME_MAX, "name");
        this.capacity = checkCapacity(capacity);
    }

    public void rename(String newName) {
        this.name = Texts.required(newName, NAME_MAX, "name");
    }

    public void changeCapacity(int newCapacity) {
        this.capacity = checkCapacity(newCapacity);
    }

    private static int checkCapacity(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A room seats at least one person, not " + capacity);
        }
        return capacity;
    }

    public Venue getVenue() {
        return venue;
    }

    public String getName() {
        return name;
    }

    public int getCapacity() {
        return capacity;
    }

    @Override
    public String toString() {
        return "Room#" + getId() + " " + name;
    }
}
