package org.recoverycollege.tutoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;
import org.recoverycollege.tutoring.control.ReadinessRecords;
import org.recoverycollege.tutoring.entity.ReadinessItem;

/** The readiness section of {@code /admin/tutors}: the selected tutor's items, recorded, renewed or removed. */
@Named
@ViewScoped
public class ReadinessBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TutorsBacking tutors;
    @Inject
    private ReadinessRecords records;
    @Inject
    private Caller caller;

    private ReadinessForm form = new ReadinessForm();

    public List<ReadinessRecords.Row> getRows() {
        Long tutorId = tutors.getDraft().getId();
        return tutorId == null ? List.of() : records.rows(tutorId);
    }

    public ReadinessItem[] getItems() {
        return ReadinessItem.values();
    }

    /** Fills the form with a recorded item, to renew it. */
    public void renew(ReadinessRecords.Row row) {
        form = new ReadinessForm();
        form.setItem(row.item());
        form.setCompletedOn(row.completedOn());
        form.setExpiresOn(row.expiresOn());
    }

    public void save() {
        records.record(caller.name(), tutors.getDraft().getId(), form.getItem(), form.getCompletedOn(),
                form.getExpiresOn());
        UserMessages.info("readiness.saved", UserMessages.text("ReadinessItem." + form.getItem().name()));
        form = new ReadinessForm();
    }

    public void remove(ReadinessItem item) {
        records.remove(caller.name(), tutors.getDraft().getId(), item);
        UserMessages.info("readiness.removed", UserMessages.text("ReadinessItem." + item.name()));
    }

    public ReadinessForm getForm() {
        return form;
    }
}
