package org.recoverycollege.reporting.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.recoverycollege.platform.web.UserMessages;
import org.recoverycollege.reporting.control.Figures;
import org.recoverycollege.reporting.control.Share;
import org.recoverycollege.reporting.control.TutorLoad;

/** Chart.js configurations for PrimeFaces' p:chart, built as JSON rather than by string concatenation. */
final class ChartJson {

    /** One series of a bar chart: its label and a value per category (null for none). */
    record Series(String label, List<? extends Number> values, String colour) {
    }

    private ChartJson() {
    }

    /** The dashboard's fill, attendance and good ratings per category, in percent. */
    static String places(Map<String, Figures> byCategory) {
        return percentBars(byCategory, new Shares("dashboard.fill", Figures::fill, "#1d5f8a"),
                new Shares("dashboard.attendance", Figures::attendance, "#2e7d4f"),
                new Shares("dashboard.goodRatings", Figures::goodRatings, "#8a4b1d"));
    }

    /** The dashboard's co-production per category: runs paired, sessions with both present, courses co-designed. */
    static String coProduction(Map<String, Figures> byCategory) {
        return percentBars(byCategory, new Shares("dashboard.runsPaired", Figures::runsPaired, "#5b3f8a"),
                new Shares("dashboard.sessionsBoth", Figures::sessionsBothPresent, "#1d5f8a"),
                new Shares("dashboard.coDesigned", Figures::coursesCoDesigned, "#2e7d4f"));
    }

    /** The sessions each tutor delivers in the term. */
    static String workload(List<TutorLoad> load) {
        return bars(load.stream().map(TutorLoad::name).toList(), List.of(new Series(
                UserMessages.text("dashboard.sessionsInTerm"), load.stream().map(TutorLoad::sessions).toList(), "#1d5f8a")),
                null);
    }

    /** One share of every category's figures, labelled from the bundle. */
    private record Shares(String labelKey, Function<Figures, Share> share, String colour) {
    }

    /** A bar per category for each series, on a scale of 0 to 100 %. */
    private static String percentBars(Map<String, Figures> byCategory, Shares... shares) {
        List<Series> series = Arrays.stream(shares).map(s -> new Series(UserMessages.text(s.labelKey()),
                byCategory.values().stream().map(f -> s.share().apply(f).percent()).toList(), s.colour())).toList();
        return bars(new ArrayList<>(byCategory.keySet()), series, 100);
    }

    static String bars(List<String> labels, List<Series> series, Integer max) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.values().forEach(v -> {
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(v.doubleValue());
                }
            });
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("data", data)
                    .add("backgroundColor", s.colour()));
        }
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
        if (max != null) {
            y.add("max", max);
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels)).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
    }
}
