package org.recoverycollege.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.recoverycollege.enrolment.control.EqualityReport;
import org.recoverycollege.enrolment.control.EqualityReport.Report;
import org.recoverycollege.planning.control.PlaceAdmin;
import org.recoverycollege.planning.entity.Term;

/** {@code /admin/equality?term=<id>}: equality monitoring totals, overall or for one term, small numbers hidden. */
@Named
@RequestScoped
public class EqualityReportBacking {

    @Inject
    private EqualityReport reports;

    @Inject
    private PlaceAdmin places;

    @Inject
    @Param(name = "term")
    private Long termId;

    private Report report;
    private List<Term> terms;

    public Report getReport() {
        if (report == null) {
            report = reports.report(getTerm() == null ? null : termId);
        }
        return report;
    }

    public List<Term> getTerms() {
        if (terms == null) {
            terms = places.terms();
        }
        return terms;
    }

    /** The term asked for, or null for every student (also when the address names no known term). */
    public Term getTerm() {
        return termId == null ? null : getTerms().stream().filter(t -> t.getId().equals(termId)).findFirst().orElse(null);
    }
}
