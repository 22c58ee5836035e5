package org.recoverycollege.reporting.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** Chart.js configurations for PrimeFaces' p:chart, built as JSON rather than by string concatenation. */
final class ChartJson {

    /** One series of a bar chart: its label and a value per category (null for none). */
    record Series(String label, List<? extends Number> values, String colour) {
    }

    private ChartJson() {
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
