package org.recoverycollege.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.recoverycollege.platform.entity.CollegeSetting;

/**
 * Settings live in the database (table {@code college_setting}), so every instance reads the same
 * values; a setting nobody changed has its default.
 */
@ApplicationScoped
@Transactional
public class CollegeSettings {

    @PersistenceContext
    private EntityManager em;

    public String value(Setting setting) {
        CollegeSetting stored = em.find(CollegeSetting.class, setting.key());
        return stored == null ? setting.defaultValue() : stored.getValue();
    }

    public int intValue(Setting setting) {
        return Integer.parseInt(value(setting));
    }

    public BigDecimal money(Setting setting) {
        return new BigDecimal(value(setting));
    }

    public Map<Setting, String> all() {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            values.put(setting, value(setting));
        }
        return values;
    }

    /** Changes a setting; returns the previous value. Refused (IllegalArgumentException) when out of range. */
    public String change(Setting setting, String newValue) {
        String valid = setting.validate(newValue);
        CollegeSetting stored = em.find(CollegeSetting.class, setting.key());
        String previous = stored == null ? setting.defaultValue() : stored.getValue();
        if (stored == null) {
            em.persist(new CollegeSetting(setting.key(), valid));
        } else {
            stored.change(valid);
        }
        return previous;
    }
}
