package org.recoverycollege.catalogue.web;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.recoverycollege.catalogue.entity.Category;

/** The form on {@code /admin/courses} that adds a category: its name and description. */
public class CategoryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = Category.NAME_MAX, message = "{input.tooLong}")
    private String name;
    @Size(max = Category.DESCRIPTION_MAX, message = "{input.tooLong}")
    private String description;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
