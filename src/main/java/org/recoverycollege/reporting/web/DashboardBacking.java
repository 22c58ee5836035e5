package org.recoverycollege.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recoverycollege.planning.control.PlaceAdmin;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.platform.web.RequestParameters;
import org.recoverycollege.platform.web.UserMessages;
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
    private Clock clock;

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
            termId = RequestParameters.number("term");
        }
        if (termId == null) {
            LocalDate today = LocalDate.now(clock);
            List<Term> terms = getTerms();
            termId = terms.stream().filter(t -> t.includes(today)).findFirst()
                    .or(() -> terms.stream().findFirst()).map(Term::getId).orElse(null);
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
        Map<String, Figures> byCategory = getByCategory();
        return ChartJson.bars(new ArrayList<>(byCategory.keySet()), List.of(
                new ChartJson.Series(UserMessages.text("dashboard.fill"), byCategory.values().stream().map(f -> f.fill().percent()).toList(), "#1d5f8a"),
                new ChartJson.Series(UserMessages.text("dashboard.attendance"), byCategory.values().stream().map(f -> f.attendance().percent()).toList(), "#2e7d4f"),
                new ChartJson.Series(UserMessages.text("dashboard.goodRatings"), byCategory.values().stream().map(f -> f.goodRatings().percent()).toList(), "#8a4b1d")),
                100);
    }

    public String getCoProductionChart() {
        Map<String, Figures> byCategory = getByCategory();
        return ChartJson.bars(new ArrayList<>(byCategory.keySet()), List.of(
                new ChartJson.Series(UserMessages.text("dashboard.runsPaired"), byCategory.values().stream().map(f -> f.runsPaired().percent()).toList(), "#5b3f8a"),
                new ChartJson.Series(UserMessages.text("dashboard.sessionsBoth"), byCategory.values().stream().map(f -> f.sessionsBothPresent().percent()).toList(), "#1d5f8a"),
                new ChartJson.Series(UserMessages.text("dashboard.coDesigned"), byCategory.values().stream().map(f -> f.coursesCoDesigned().percent()).toList(), "#2e7d4f")),
                100);
    }

    public String getWorkloadChart() {
        List<TutorLoad> load = getWorkload();
        return ChartJson.bars(load.stream().map(TutorLoad::name).toList(), List.of(
                new ChartJson.Series(UserMessages.text("dashboard.sessionsInTerm"), load.stream().map(TutorLoad::sessions).toList(), "#1d5f8a")),
                null);
    }
}
