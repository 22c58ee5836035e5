package org.recoverycollege.enrolment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.Param;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.enrolment.control.EnrolmentAdmin;
import org.recoverycollege.enrolment.control.EnrolmentLists;
import org.recoverycollege.enrolment.control.EnrolmentOutcome;
import org.recoverycollege.enrolment.control.PlaceHolder;
import org.recoverycollege.planning.control.RunPlanning;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;

/**
 * The people on a run, on {@code /admin/run?id=}: the confirmed list and the waiting list, enrolling
 * someone on their behalf, withdrawing a place, moving a person to another run of the same course. What
 * the rules refuse, the refusal handler shows on the page.
 */
@Named
@ViewScoped
public class RunEnrolmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EnrolmentAdmin admin;
    @Inject
    private EnrolmentLists lists;
    @Inject
    private RunPlanning planning;

    @Inject
    private Caller caller;

    @Inject
    @Param(name = "id")
    private Long runId;

    @Email(message = "{input.email}")
    @Size(max = UserAccount.EMAIL_MAX, message = "{input.tooLong}")
    private String email;
    private final Map<Long, Long> moveTargets = new HashMap<>();

    public List<PlaceHolder> getConfirmed() {
        return runId == null ? List.of() : lists.confirmed(runId);
    }

    public List<PlaceHolder> getWaiting() {
        return runId == null ? List.of() : lists.waiting(runId);
    }

    /** How many of the run's places are held for people offered one, who have not answered yet. */
    public long getOpenOffers() {
        return getWaiting().stream().filter(waiting -> waiting.offerAnswerBy() != null).count();
    }

    public List<CourseRun> getOtherRuns() {
        return runId == null ? List.of() : planning.otherOpenRuns(runId);
    }

    public void enrol() {
        EnrolmentOutcome outcome = admin.enrolOnBehalf(caller.name(), email, runId);
        UserMessages.info(outcome.isConfirmed() ? "enrolments.enrolled" : "enrolments.waitlisted",
                outcome.waitingListPosition());
        email = null;
    }

    public void withdraw(long enrolmentId) {
        admin.withdraw(caller.name(), enrolmentId);
        UserMessages.info("enrolments.withdrawn");
    }

    public void acceptOffer(long enrolmentId) {
        admin.answerOffer(caller.name(), enrolmentId, true);
        UserMessages.info("enrolments.offerAccepted");
    }

    public void declineOffer(long enrolmentId) {
        admin.answerOffer(caller.name(), enrolmentId, false);
        UserMessages.info("enrolments.offerDeclined");
    }

    public void move(long enrolmentId) {
        Long target = moveTargets.get(enrolmentId);
        if (target == null) {
            UserMessages.error("enrolments.chooseRun");
            return;
        }
        EnrolmentOutcome outcome = admin.move(caller.name(), enrolmentId, target);
        UserMessages.info(outcome.isConfirmed() ? "enrolments.moved" : "enrolments.movedToWaiting",
                outcome.waitingListPosition());
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Map<Long, Long> getMoveTargets() { return moveTargets; }
}
