package org.recoverycollege.tutoring.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.recoverycollege.platform.web.UserMessages;
import org.recoverycollege.tutoring.control.MyPreferences;
import org.recoverycollege.tutoring.entity.PartnerPreference;

/** {@code /tutor/preferences}: the courses I would rather deliver and the partners I prefer or avoid. */
@Named
@RequestScoped
public class PreferencesBacking {

    @Inject
    private MyPreferences preferences;

    private List<MyPreferences.CourseChoice> courses;
    private List<MyPreferences.PartnerChoice> partners;
    private final Map<Long, Boolean> chosenCourses = new HashMap<>();
    /** Per partner: "" for no preference, else a {@link PartnerPreference} name. */
    private final Map<Long, String> partnerChoices = new HashMap<>();

    @PostConstruct
    void load() {
        courses = preferences.courses();
        partners = preferences.partners();
        chosenCourses.clear();
        courses.forEach(c -> chosenCourses.put(c.courseId(), c.preferred()));
        partnerChoices.clear();
        partners.forEach(p -> partnerChoices.put(p.tutorId(), p.preference() == null ? "" : p.preference().name()));
    }

    public void saveCourses() {
        try {
            preferences.choosePreferredCourses(chosenCourses.entrySet().stream()
                    .filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).collect(Collectors.toSet()));
            UserMessages.info("preferences.coursesSaved");
        } finally {
            load();
        }
    }

    public void savePartners() {
        try {
            Map<Long, PartnerPreference> choices = new HashMap<>();
            partnerChoices.forEach((id, name) -> choices.put(id,
                    name == null || name.isEmpty() ? null : PartnerPreference.valueOf(name)));
            preferences.choosePartners(choices);
            UserMessages.info("preferences.partnersSaved");
        } finally {
            load();
        }
    }

    public PartnerPreference[] getPreferenceValues() {
        return PartnerPreference.values();
    }

    public List<MyPreferences.CourseChoice> getCourses() { return courses; }
    public List<MyPreferences.PartnerChoice> getPartners() { return partners; }
    public Map<Long, Boolean> getChosenCourses() { return chosenCourses; }
    public Map<Long, String> getPartnerChoices() { return partnerChoices; }
}
