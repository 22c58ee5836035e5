package org.recoverycollege.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Setting;
import org.recoverycollege.platform.control.SettingsAdmin;

/** {@code /admin/settings}: the college's settings with their allowed ranges. */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CollegeSettings settings;
    @Inject
    private SettingsAdmin admin;
    @Inject
    private Caller caller;

    private final Map<Setting, String> values = new EnumMap<>(Setting.class);

    @PostConstruct
    void init() {
        values.putAll(settings.all());
    }

    public List<Setting> getSettings() {
        return List.of(Setting.values());
    }

    public Map<Setting, String> getValues() {
        return values;
    }

    public void save() {
        admin.change(caller.name(), values);
        UserMessages.info("settings.saved");
        values.putAll(settings.all());
    }
}
