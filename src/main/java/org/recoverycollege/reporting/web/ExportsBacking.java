package org.recoverycollege.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.recoverycollege.planning.control.PlaceAdmin;
import org.recoverycollege.planning.entity.Term;

/** {@code /admin/exports}: the choices for each download (the files come from {@link ExportServlet}). */
@Named
@RequestScoped
public class ExportsBacking {

    @Inject
    private PlaceAdmin places;

    @Inject
    private Clock clock;

    public List<Term> getTerms() {
        return places.terms();
    }

    /** This month, as the month input expects it (yyyy-MM). */
    public String getThisMonth() {
        return YearMonth.now(clock).toString();
    }
}
