package org.recoverycollege.enrolment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.recoverycollege.enrolment.control.StudentRecord;
import org.recoverycollege.enrolment.control.StudentRecords;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.enrolment.entity.SupportNeed;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;

/** {@code /admin/student?id=}: one student's record; opening it and changing it are audited. */
@Named
@ViewScoped
public class StudentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StudentRecords records;

    @Inject
    private Caller caller;

    @Inject
    @Param
    private Long id;

    private StudentRecord record;
    private SupportNeed[] needs = {};
    @Size(max = Student.OTHER_NEEDS_MAX, message = "{input.tooLong}")
    private String otherNeeds;

    /**
     * Opens the record named in the address once per view: that viewing is what the audit log records. No
     * such student leaves the page's empty state.
     */
    @PostConstruct
    void load() {
        record = id == null ? null : records.find(caller.name(), id).orElse(null);
        if (record != null) {
            needs = record.needs().toArray(SupportNeed[]::new);
            otherNeeds = record.otherNeeds();
        }
    }

    public void saveNeeds() {
        EnumSet<SupportNeed> chosen = EnumSet.noneOf(SupportNeed.class);
        chosen.addAll(List.of(needs));
        records.recordNeeds(caller.name(), id, chosen, otherNeeds);
        UserMessages.info("students.needsSaved");
    }

    public SupportNeed[] getAllNeeds() {
        return SupportNeed.values();
    }

    public StudentRecord getRecord() { return record; }
    public Long getId() { return id; }
    public SupportNeed[] getNeeds() { return needs; }
    public void setNeeds(SupportNeed[] needs) { this.needs = needs; }
    public String getOtherNeeds() { return otherNeeds; }
    public void setOtherNeeds(String otherNeeds) { this.otherNeeds = otherNeeds; }
}
