package org.recoverycollege.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/** A group of courses in the prospectus, for example "Understanding mental health". */
@Entity
@Table(name = "category")
@NamedQuery(name = Category.FIND_ALL, query = "SELECT c FROM Category c ORDER BY c.name")
@NamedQuery(name = Category.FIND_BY_SLUG, query = "SELECT c FROM Category c WHERE c.slug = :slug")
public class Category extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "Category.findAll";
    public static final String FIND_BY_SLUG = "Category.findBySlug";
    public static final int SLUG_MAX = 80;
    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 1000;

    @NotBlank
    @Size(max = SLUG_MAX)
    @Pattern(regexp = Course.SLUG_PATTERN)
    @Column(nullable = false, length = SLUG_MAX)
    private String slug;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = DESCRIPTION_MAX)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    protected Category() {
        // for JPA
    }

    public Category(String slug, String name, String description) {
        this.slug = Course.requireSlug(slug);
        this.name = Texts.required(name, NAME_MAX, "name");
        this.description = Texts.optional(description, DESCRIPTION_MAX, "description");
    }

    /** A category whose slug is derived from its name. */
    public static Category named(String name, String description) {
        return new Category(Course.slugOf(name), name, description);
    }

    public void change(String newName, String newDescription) {
        this.name = Texts.required(newName, NAME_MAX, "name");
        this.description = Texts.optional(newDescription, DESCRIPTION_MAX, "description");
    }

    public void changeSlug(String newSlug) {
        this.slug = Course.requireSlug(newSlug);
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public String toString() {
        return "Category#" + getId() + " " + Objects.toString(slug);
    }
}
