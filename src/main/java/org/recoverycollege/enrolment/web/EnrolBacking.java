package org.recoverycollege.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.cdi.Param;
import org.recoverycollege.enrolment.control.EnrolmentOutcome;
import org.recoverycollege.enrolment.control.EnrolmentRefused;
import org.recoverycollege.enrolment.control.EnrolmentService;
import org.recoverycollege.enrolment.control.StudentRegistration;
import org.recoverycollege.planning.control.CoursePages;
import org.recoverycollege.planning.control.RunDetails;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;

/** {@code /my/enrol?run=<id>}: shows the run once more and takes a place or a waiting-list position. */
@Named
@RequestScoped
public class EnrolBacking {

    @Inject
    private CoursePages coursePages;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private StudentRegistration students;

    @Inject
    private Caller caller;

    @Inject
    private FacesContext faces;

    /** From the address on first view, from the form's hidden field on the post. */
    @Inject
    @Param(name = "run")
    private Long runId;

    private RunDetails run;

    public RunDetails getRun() {
        if (run == null && runId != null) {
            run = coursePages.findRun(runId).orElse(null);
        }
        return run;
    }

    public void enrol() throws IOException {
        if (getRun() == null) {
            UserMessages.error("enrolment.refused.notFound");
            return;
        }
        long studentId = students.findByEmail(caller.name())
                .orElseThrow(() -> new EnrolmentRefused("enrolment.refused.notStudent")).getId();
        EnrolmentOutcome outcome = enrolments.enrol(studentId, runId);
        // "My courses" reads this enrolment back from the database to tell the person what they got
        // (EnrolmentNotices), so no instance change or restart can lose the message
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/my/?" + EnrolmentNotices.PARAMETER + "="
                + outcome.enrolmentId());
    }

    public Long getRunId() {
        return runId;
    }
}
