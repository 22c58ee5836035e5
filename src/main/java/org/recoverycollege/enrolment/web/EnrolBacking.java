package org.recoverycollege.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import org.recoverycollege.enrolment.control.EnrolmentOutcome;
import org.recoverycollege.enrolment.control.EnrolmentRefused;
import org.recoverycollege.enrolment.control.EnrolmentService;
import org.recoverycollege.enrolment.control.StudentRegistration;
import org.recoverycollege.planning.control.CoursePages;
import org.recoverycollege.planning.control.RunDetails;
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
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    private Long runId;
    private RunDetails run;

    /** Read from the address on a form post too, where the rendered checks run before view parameters apply. */
    public RunDetails getRun() {
        if (runId == null) {
            String parameter = faces.getExternalContext().getRequestParameterMap().get("run");
            runId = parameter != null && parameter.matches("\\d{1,18}") ? Long.valueOf(parameter) : null;
        }
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
        long studentId = students.findByEmail(security.getCallerPrincipal().getName())
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

    public void setRunId(Long runId) {
        this.runId = runId;
    }
}
