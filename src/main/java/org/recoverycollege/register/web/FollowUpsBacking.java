package org.recoverycollege.register.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;
import org.recoverycollege.register.control.FollowUps;
import org.recoverycollege.register.entity.FollowUpOutcome;

/** {@code /admin/follow-ups}: the people who stopped coming, to call; the office records each call's outcome. */
@Named
@ViewScoped
public class FollowUpsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FollowUps followUps;

    @Inject
    private Caller caller;

    private List<FollowUps.Row> rows;
    /** The outcome chosen per follow-up, by enum name (the page cannot tell a map value's enum type). */
    private final Map<Long, String> outcomes = new HashMap<>();

    @PostConstruct
    void load() {
        rows = followUps.open();
    }

    public void record(long followUpId) {
        String chosen = outcomes.get(followUpId);
        if (chosen == null || chosen.isBlank()) {
            UserMessages.error("followUps.chooseOutcome");
            return;
        }
        FollowUpOutcome outcome = FollowUpOutcome.valueOf(chosen);
        try {
            followUps.close(followUpId, outcome, caller.name());
            UserMessages.info(outcome == FollowUpOutcome.WITHDREW ? "followUps.withdrawn" : "followUps.recorded");
        } finally {
            outcomes.remove(followUpId);
            rows = followUps.open();
        }
    }

    public List<FollowUps.Row> getRows() {
        return rows;
    }

    public Map<Long, String> getOutcomes() {
        return outcomes;
    }

    public FollowUpOutcome[] getOutcomeChoices() {
        return FollowUpOutcome.values();
    }
}
