package org.recoverycollege.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/**
 * A named setting of the college (for example the attendance share that completes a course), kept as
 * text and identified by its name. It has no version: the last change wins.
 */
@Entity
@Table(name = "college_setting")
@NamedQuery(name = CollegeSetting.FIND_ALL, query = "SELECT s FROM CollegeSetting s ORDER BY s.name")
public class CollegeSetting implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "CollegeSetting.findAll";
    public static final int NAME_MAX = 64;
    public static final int VALUE_MAX = 500;

    @Id
    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "setting_name", nullable = false, updatable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @Size(max = VALUE_MAX)
    @Column(name = "setting_value", nullable = false, length = VALUE_MAX)
    private String value;

    protected CollegeSetting() {
        // for JPA
    }

    public CollegeSetting(String name, String value) {
        this.name = Texts.required(name, NAME_MAX, "setting name");
        this.value = checkValue(value);
    }

    /** Replaces the value; it may be empty but not null or longer than {@value #VALUE_MAX} characters. */
    public void change(String newValue) {
        this.value = checkValue(newValue);
    }

    private static String checkValue(String value) {
        Objects.requireNonNull(value, "value");
        if (value.length() > VALUE_MAX) {
            throw new IllegalArgumentException("A setting value is at most " + VALUE_MAX + " characters");
        }
        return value;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CollegeSetting setting && name != null && name.equals(setting.name);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }

    @Override
    public String toString() {
        return "CollegeSetting " + name;
    }
}
