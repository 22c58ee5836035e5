package org.recoverycollege.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.Param;
import org.recoverycollege.planning.control.PlaceAdmin;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.reporting.control.CollegeOverview;
import org.recoverycollege.reporting.control.Figures;
import org.recoverycollege.reporting.control.RunFacts;
import org.recoverycollege.reporting.control.TermReport;
import org.recoverycollege.reporting.control.TutorLoad;

/**
 * {@code /admin/?term=}: the college at a glance, then one term's figures per category with charts and
 * tutors' workload. The term comes from the address, so a dashboard can be bookmarked.
 */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    private CollegeOverview overview;
    @Inject
    private TermReport report;
    @Inject
    private PlaceAdmin places;

    @Inject
    @Param(name = "term")
    private Long askedTermId;

    private CollegeOverview.Figures figures;
    private Long termId;
    private List<RunFacts> facts;

    public CollegeOverview.Figures getFigures() {
        if (figures == null) {
            figures = overview.figures();
        }
        return figures;
    }

    public List<Term> getTerms() {
        return places.terms();
    }

    /** The chosen term, or the one running today, or the newest. */
    public Long getTermId() {
        if (termId == null) {
            termId = askedTermId != null ? askedTermId : report.termShownFirst(getTerms()).orElse(null);
        }
        return termId;
    }

    private List<RunFacts> facts() {
        if (facts == null) {
            facts = getTermId() == null ? List.of() : report.facts(getTermId());
        }
        return facts;
    }

    public Figures getTotal() {
        return Figures.of(facts());
    }

    public Map<String, Figures> getByCategory() {
        return TermReport.byCategory(facts());
    }

    public long categoryId(String categoryName) {
        return facts().stream().filter(f -> f.categoryName().equals(categoryName)).findFirst()
                .map(RunFacts::categoryId).orElse(0L);
    }

    public List<TutorLoad> getWorkload() {
        return getTermId() == null ? List.of() : report.workload(getTermId());
    }

    public String getPlacesChart() {
        return ChartJson.places(getByCategory());
    }

    public String getCoProductionChart() {
        return ChartJson.coProduction(getByCategory());
    }

    public String getWorkloadChart() {
        return ChartJson.workload(getWorkload());
    }
}
