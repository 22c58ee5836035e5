package org.recoverycollege.enrolment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.recoverycollege.enrolment.control.EnrolmentOutcome;
import org.recoverycollege.enrolment.control.WalkInStudents;
import org.recoverycollege.planning.control.ProspectusEntry;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;

/**
 * The actions on {@code /admin/student?id=} for a person the office looks after: enrol them on a run open for
 * enrolment, and, for a person without e-mail, add the address they now have (which mails them a link to
 * choose a password).
 */
@Named
@ViewScoped
public class WalkInBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WalkInStudents walkIns;

    @Inject
    private Caller caller;

    @Inject
    @Param
    private Long id;

    private Long runId;
    private String email;
    private List<ProspectusEntry> openRuns;

    public String enrol() {
        if (runId == null) {
            UserMessages.error("walkIn.chooseRun");
            return null;
        }
        EnrolmentOutcome outcome = walkIns.enrol(caller.name(), id, runId);
        UserMessages.infoAfterRedirect(outcome.isConfirmed() ? "walkIn.enrolled" : "walkIn.waitlisted",
                outcome.waitingListPosition());
        return "/admin/student?faces-redirect=true&id=" + id;
    }

    public String addEmail() {
        walkIns.addEmail(caller.name(), id, email);
        UserMessages.infoAfterRedirect("walkIn.emailAdded", email.strip());
        return "/admin/student?faces-redirect=true&id=" + id;
    }

    public List<ProspectusEntry> getOpenRuns() {
        if (openRuns == null) {
            openRuns = walkIns.openRuns();
        }
        return openRuns;
    }

    public Long getRunId() { return runId; }
    public void setRunId(Long runId) { this.runId = runId; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
