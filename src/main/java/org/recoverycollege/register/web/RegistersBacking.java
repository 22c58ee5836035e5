package org.recoverycollege.register.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.recoverycollege.platform.web.UserMessages;
import org.recoverycollege.register.control.RegisterService;
import org.recoverycollege.register.control.RegisterSheet;
import org.recoverycollege.register.entity.AttendanceMark;

/** {@code /tutor/registers}: the sessions I deliver, and with {@code ?session=id} that session's register. */
@Named
@RequestScoped
public class RegistersBacking {

    @Inject
    private RegisterService registers;

    @Inject
    @Param
    private Long session;

    private List<RegisterService.Entry> entries;
    private RegisterSheet sheet;
    private boolean refused;
    private RegisterForm form = new RegisterForm();

    @PostConstruct
    void load() {
        if (session == null) {
            return;
        }
        // not the caller's: shown by the page itself, as this bean may first be used after the messages were rendered
        sheet = registers.findSheet(session).orElse(null);
        refused = sheet == null;
        if (sheet != null) {
            form = RegisterForm.of(sheet);
        }
    }

    public String save() {
        registers.record(session, form.recordedMarks(), form.presentTutors());
        UserMessages.infoAfterRedirect("register.saved");
        return "/tutor/registers?faces-redirect=true&session=" + session;
    }

    public List<RegisterService.Entry> getEntries() {
        if (entries == null) {
            entries = registers.mySessions();
        }
        return entries;
    }

    public AttendanceMark[] getMarkOptions() {
        return AttendanceMark.values();
    }

    public RegisterSheet getSheet() {
        return sheet;
    }

    public RegisterForm getForm() {
        return form;
    }

    /** True when the register asked for is not the caller's (or does not exist). */
    public boolean isRefused() {
        return refused;
    }

    public Long getSession() {
        return session;
    }
}
