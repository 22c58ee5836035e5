package org.recoverycollege.performance.floor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entity, so that the floor deploys a persistence unit as the college does. */
@Entity
@Table(name = "category")
public class FloorCategory {

    @Id
    private Long id;

    private String name;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
