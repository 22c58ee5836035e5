package org.recoverycollege.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.recoverycollege.enrolment.control.InterestList;
import org.recoverycollege.enrolment.control.InterestList.Demand;

/** {@code /admin/interest}: how many people wait for a run of each course, to plan the next term by. */
@Named
@RequestScoped
public class InterestDemandBacking {

    @Inject
    private InterestList interests;

    private List<Demand> demand;

    public List<Demand> getDemand() {
        if (demand == null) {
            demand = interests.demand();
        }
        return demand;
    }
}
