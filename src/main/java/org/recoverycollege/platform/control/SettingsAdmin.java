package org.recoverycollege.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.recoverycollege.account.control.AuditLog;

/** Administrators change the college's settings here; each change is checked and audited. */
@ApplicationScoped
@Transactional
public class SettingsAdmin {

    @Inject
    private CollegeSettings settings;

    @Inject
    private AuditLog audit;

    @Inject
    private ContentLanguages contentLanguages;

    /**
     * Applies every changed value, all or none: the first value out of range refuses the lot with
     * {@code settings.outOfRange} naming the setting's range.
     */
    public void change(@NotBlank String actor, @NotNull Map<Setting, String> values) {
        values.forEach((setting, value) -> {
            String valid;
            try {
                valid = setting.validate(value == null ? "" : value);
            } catch (IllegalArgumentException e) {
                if (setting.isLanguageList()) {
                    throw new Refusal("settings.languagesInvalid", value);
                }
                throw new Refusal("settings.outOfRange", setting.key(), setting.min(), setting.max());
            }
            String previous = settings.change(setting, valid);
            audit.changed(actor, "Setting", null, setting.key(), previous, valid);
            if (setting == Setting.CONTENT_LANGUAGES) {
                contentLanguages.forget();
            }
        });
    }
}
