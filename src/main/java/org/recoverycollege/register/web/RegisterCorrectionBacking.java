package org.recoverycollege.register.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.recoverycollege.platform.web.UserMessages;
import org.recoverycollege.register.control.RegisterHistory;
import org.recoverycollege.register.control.RegisterService;
import org.recoverycollege.register.control.RegisterSheet;
import org.recoverycollege.register.entity.AttendanceMark;

/**
 * {@code /admin/register?session=id}: an administrator corrects a session's register, also after the
 * tutors' edit window; each change is audited and listed under the register.
 */
@Named
@RequestScoped
public class RegisterCorrectionBacking {

    @Inject
    private RegisterService registers;
    @Inject
    private RegisterHistory history;

    @Inject
    @Param
    private Long session;

    private RegisterSheet sheet;
    private RegisterForm form = new RegisterForm();
    private List<RegisterHistory.MarkChange> changes;
    private boolean frozen;

    @PostConstruct
    void load() {
        sheet = session == null ? null : registers.findSheet(session).orElse(null);
        if (sheet != null) {
            form = RegisterForm.of(sheet);
            frozen = history.isFrozen(session);
        }
    }

    public String save() {
        if (session == null) {
            return null;
        }
        registers.record(session, form.recordedMarks(), form.presentTutors());
        UserMessages.infoAfterRedirect("registerCorrection.saved");
        return "/admin/register?faces-redirect=true&session=" + session;
    }

    public List<RegisterHistory.MarkChange> getChanges() {
        if (changes == null) {
            changes = session == null ? List.of() : history.changes(session);
        }
        return changes;
    }

    /** True when the run is over or the session cancelled: the page says the register can no longer change. */
    public boolean isFrozen() {
        return frozen;
    }

    public Long getRunId() {
        return session == null ? null : history.runOf(session).orElse(null);
    }

    public AttendanceMark[] getMarkOptions() {
        return AttendanceMark.values();
    }

    public RegisterSheet getSheet() { return sheet; }
    public RegisterForm getForm() { return form; }
    public Long getSession() { return session; }
}
