package org.recoverycollege.involvement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.recoverycollege.involvement.control.InvolvementService;
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

    private List<InvolvementService.Month> months;

    public List<InvolvementService.Month> getMonths() {
        if (months == null) {
            months = involvement.myMonths();
        }
        return months;
    }

    public Arrangement getArrangement() {
        return tutors.getCallerTutor().getArrangement();
    }
}
