package org.recoverycollege.enrolment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.recoverycollege.enrolment.control.Retention;

/** {@code /admin/retention}: whose personal data the retention sweep erases in the next month. */
@Named
@RequestScoped
public class RetentionBacking {

    @Inject
    private Retention retention;

    @Inject
    private Clock clock;

    private List<Retention.Due> due;

    @PostConstruct
    void load() {
        due = retention.erasedBy(LocalDate.now(clock).plusMonths(1), clock.getZone());
    }

    public List<Retention.Due> getDue() {
        return due;
    }
}
