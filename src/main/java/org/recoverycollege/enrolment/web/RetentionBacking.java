package org.recoverycollege.enrolment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import org.recoverycollege.enrolment.control.Retention;
import org.recoverycollege.platform.web.RequestParameters;

/**
 * {@code /admin/retention}: whose personal data the retention sweep erases in the next month, soonest
 * first, {@value #PAGE_SIZE} at a time ({@code ?page=} counts from 1).
 */
@Named
@RequestScoped
public class RetentionBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    private Retention retention;

    @Inject
    private Clock clock;

    private int page;
    private Retention.DuePage shown;

    @PostConstruct
    void load() {
        page = RequestParameters.pageNumber();
        LocalDate until = LocalDate.now(clock).plusMonths(1);
        shown = retention.erasedBy(until, clock.getZone(), page - 1, PAGE_SIZE);
        if (shown.rows().isEmpty() && page > 1) {
            page = 1;
            shown = retention.erasedBy(until, clock.getZone(), 0, PAGE_SIZE);
        }
    }

    public Retention.DuePage getShown() {
        return shown;
    }

    public int getPage() {
        return page;
    }

    public int getPages() {
        return Math.max(1, (shown.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
