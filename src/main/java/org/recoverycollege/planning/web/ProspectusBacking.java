package org.recoverycollege.planning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.recoverycollege.account.web.LocaleBacking;
import org.recoverycollege.catalogue.control.CourseTranslations;
import org.recoverycollege.catalogue.control.TranslatedTexts;
import org.recoverycollege.catalogue.entity.Category;
import org.recoverycollege.catalogue.entity.DeliveryMode;
import org.recoverycollege.planning.control.ProspectusEntry;
import org.recoverycollege.planning.control.ProspectusFilter.TimeOfDay;
import org.recoverycollege.planning.control.ProspectusPage;
import org.recoverycollege.planning.control.ProspectusService;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.platform.control.LocalisedText;

/**
 * The prospectus home page {@code /}. The filters are GET parameters (view parameters), so every search is
 * a bookmarkable address and an anonymous visitor needs no HTTP session. Course titles are in the
 * visitor's content language where translated: the translations of a page of results come in one query.
 * Dates and times are written out by {@link RunDates}.
 */
@Named
@RequestScoped
public class ProspectusBacking {

    @Inject
    private ProspectusService prospectus;

    @Inject
    private LocaleBacking localeBacking;

    @Inject
    private CourseTranslations translations;

    private final ProspectusQuery query = new ProspectusQuery();
    private ProspectusPage result;
    private Map<String, TranslatedTexts> translated;
    private List<Category> categories;
    private List<Venue> venues;

    public ProspectusPage getResult() {
        if (result == null) {
            result = prospectus.page(query.toFilter(), query.pageNumber());
        }
        return result;
    }

    /** The entry's course title in the visitor's content language, or in English marked as such. */
    public LocalisedText title(ProspectusEntry entry) {
        if (translated == null) {
            translated = translations.textsFor(
                    getResult().entries().stream().map(ProspectusEntry::courseSlug).toList(),
                    localeBacking.getContentLanguage());
        }
        TranslatedTexts texts = translated.get(entry.courseSlug());
        return localeBacking.text(entry.title(), texts == null ? null : texts.title());
    }

    public ProspectusQuery getQuery() {
        return query;
    }

    /** The address of another page of the same search. */
    public String pageLink(int page) {
        return query.withPage(page);
    }

    public List<Category> getCategories() {
        if (categories == null) {
            categories = prospectus.categories();
        }
        return categories;
    }

    public List<Venue> getVenues() {
        if (venues == null) {
            venues = prospectus.venues();
        }
        return venues;
    }

    public List<DeliveryMode> getModes() {
        return List.of(DeliveryMode.values());
    }

    public List<DayOfWeek> getDays() {
        return List.of(DayOfWeek.values());
    }

    public List<TimeOfDay> getTimes() {
        return List.of(TimeOfDay.values());
    }
}
