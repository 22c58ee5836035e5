package org.recoverycollege.tutoring.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;
import org.recoverycollege.tutoring.control.AssignmentDetails;
import org.recoverycollege.tutoring.control.MyAssignments;
import org.recoverycollege.tutoring.control.TutorDirectory;
import org.recoverycollege.tutoring.entity.Assignment;
import org.recoverycollege.tutoring.entity.Tutor;

/** {@code /tutor/}: the signed-in tutor's offered runs, to accept or decline, and their confirmed runs. */
@Named
@RequestScoped
public class TutorHomeBacking {

    @Inject
    private TutorDirectory tutors;

    @Inject
    private MyAssignments assignments;

    @Inject
    private Caller caller;

    private Optional<Tutor> tutor;
    private List<AssignmentDetails> offered;
    private List<AssignmentDetails> accepted;
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void load() {
        tutor = tutors.findByAccountEmail(caller.name());
        List<AssignmentDetails> all = tutor.isPresent() ? assignments.list() : List.of();
        offered = all.stream().filter(AssignmentDetails::isOffered).toList();
        accepted = all.stream().filter(AssignmentDetails::isAccepted).toList();
    }

    public String accept(long assignmentId) {
        assignments.accept(assignmentId);
        UserMessages.infoAfterRedirect("assignments.accepted");
        return "/tutor/index?faces-redirect=true";
    }

    public String decline(long assignmentId) {
        String reason = reasons.get(assignmentId);
        if (reason == null || reason.isBlank()) {
            UserMessages.error("assignments.reasonRequired");
            return null;
        }
        assignments.decline(assignmentId, reason);
        UserMessages.infoAfterRedirect("assignments.declined");
        return "/tutor/index?faces-redirect=true";
    }

    /** The longest reason for declining that is kept, for the form's length check (the column's size). */
    public int getReasonMax() {
        return Assignment.REASON_MAX;
    }

    public boolean isLinked() {
        return tutor.isPresent();
    }

    public Tutor getTutor() {
        return tutor.orElse(null);
    }

    public List<AssignmentDetails> getOffered() {
        return offered;
    }

    public List<AssignmentDetails> getAccepted() {
        return accepted;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
