package org.recoverycollege.evaluation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recoverycollege.evaluation.control.WellbeingScores;
import org.recoverycollege.evaluation.entity.WellbeingScale;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;

/** The "before" wellbeing score on My courses: one small form per confirmed place not yet scored. */
@Named
@ViewScoped
public class WellbeingBeforeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WellbeingScores scores;

    @Inject
    private Caller caller;

    private List<WellbeingScores.Open> open;
    /** Per place: the scale's name and the total as typed. */
    private final Map<Long, String> scales = new HashMap<>();
    private final Map<Long, String> totals = new HashMap<>();

    @PostConstruct
    void load() {
        open = caller.signedIn().map(scores::waitingForBefore).orElse(List.of());
    }

    public void record(long enrolmentId) {
        String scale = scales.get(enrolmentId);
        String total = totals.get(enrolmentId);
        if (scale == null || scale.isBlank() || total == null || !total.strip().matches("\\d{1,3}")) {
            UserMessages.error("feedback.refused.score");
            return;
        }
        try {
            scores.recordBefore(enrolmentId, caller.name(), WellbeingScale.valueOf(scale), Integer.valueOf(total.strip()));
            UserMessages.info("wellbeing.recorded");
        } finally {
            // a refusal (shown by the refusal handler) leaves other places to score
            load();
        }
    }

    public List<WellbeingScores.Open> getOpen() {
        return open;
    }

    public Map<Long, String> getScales() {
        return scales;
    }

    public Map<Long, String> getTotals() {
        return totals;
    }

    public List<WellbeingScale> getScaleChoices() {
        return List.of(WellbeingScale.values());
    }
}
