package org.recoverycollege.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.Param;
import org.recoverycollege.reporting.control.RunFacts;
import org.recoverycollege.reporting.control.TermReport;

/**
 * {@code /admin/figures?term=&category=&figure=}: the runs behind a dashboard figure, each with the
 * numbers it contributes, ordered by the figure that was opened.
 */
@Named
@RequestScoped
public class FiguresBacking {

    private static final Map<String, Comparator<RunFacts>> ORDERS = Map.of(
            "enrolled", Comparator.comparingLong(RunFacts::enrolled),
            "fill", Comparator.comparing(f -> f.fill().percent(), Comparator.nullsFirst(Comparator.naturalOrder())),
            "waiting", Comparator.comparingLong(RunFacts::waiting),
            "attendance", Comparator.comparing(f -> f.attendance().percent(), Comparator.nullsFirst(Comparator.naturalOrder())),
            "ratings", Comparator.comparing(f -> f.goodRatings().percent(), Comparator.nullsFirst(Comparator.naturalOrder())),
            "both", Comparator.comparing(f -> f.bothPresent().percent(), Comparator.nullsFirst(Comparator.naturalOrder())));

    @Inject
    private TermReport report;

    @Inject
    @Param(name = "term")
    private Long termId;

    @Inject
    @Param(name = "category")
    private Long categoryId;

    @Inject
    @Param
    private String figure;

    private List<RunFacts> rows;

    public List<RunFacts> getRows() {
        if (rows == null) {
            rows = termId == null ? List.of() : report.facts(termId).stream()
                    .filter(f -> categoryId == null || f.categoryId() == categoryId)
                    .sorted(ORDERS.getOrDefault(figure == null ? "" : figure, Comparator.comparing(RunFacts::courseTitle))
                            .reversed().thenComparing(RunFacts::courseTitle))
                    .toList();
        }
        return rows;
    }

    public Long getTermId() { return termId; }
}
