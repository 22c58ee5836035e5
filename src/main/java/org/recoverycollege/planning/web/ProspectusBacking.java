package org.recoverycollege.planning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.recoverycollege.account.web.LocaleBacking;
import org.recoverycollege.planning.control.ProspectusEntry;
import org.recoverycollege.planning.control.ProspectusService;
import org.recoverycollege.platform.web.UserMessages;

/** The prospectus home page {@code /}. */
@Named
@RequestScoped
public class ProspectusBacking {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    private ProspectusService prospectus;

    @Inject
    private LocaleBacking localeBacking;

    private List<ProspectusEntry> entries;

    public List<ProspectusEntry> getEntries() {
        if (entries == null) {
            entries = prospectus.publishedRuns();
        }
        return entries;
    }

    /** "5 sessions, Tuesday from 6 October 2026, 10:00-12:00", in the page's language. */
    public String describePattern(ProspectusEntry entry) {
        Locale locale = localeBacking.getLocale();
        return UserMessages.text("prospectus.pattern",
                entry.sessionCount(),
                entry.dayOfWeek().getDisplayName(TextStyle.FULL, locale),
                entry.firstDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
                entry.startsAt().format(TIME),
                entry.endsAt().format(TIME));
    }
}
