package org.recoverycollege.involvement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.recoverycollege.involvement.control.InvolvementService;
import org.recoverycollege.involvement.control.PermittedEarnings;
import org.recoverycollege.involvement.control.WeeklyEarnings;
import org.recoverycollege.tutoring.control.TutorDirectory;
import org.recoverycollege.tutoring.entity.Arrangement;

/** {@code /tutor/involvement}: the sessions I delivered and the payment or expense lines they created, per month. */
@Named
@RequestScoped
public class InvolvementBacking {

    @Inject
    private InvolvementService involvement;

    @Inject
    private TutorDirectory tutors;

    @Inject
    private PermittedEarnings permittedEarnings;

    private List<InvolvementService.Month> months;
    private List<WeeklyEarnings.Week> weeksOver;

    public List<InvolvementService.Month> getMonths() {
        if (months == null) {
            months = involvement.myMonths();
        }
        return months;
    }

    /** The weeks my payments pass the permitted-earnings limit, for the warning. */
    public List<WeeklyEarnings.Week> getWeeksOver() {
        if (weeksOver == null) {
            weeksOver = permittedEarnings.myWeeksOver();
        }
        return weeksOver;
    }

    public java.math.BigDecimal getLimit() {
        return permittedEarnings.limit();
    }

    public Arrangement getArrangement() {
        return tutors.getCallerTutor().getArrangement();
    }
}
