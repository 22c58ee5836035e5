package org.recoverycollege.tutoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.recoverycollege.catalogue.control.CourseCatalogue;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;
import org.recoverycollege.tutoring.control.TutorDraft;
import org.recoverycollege.tutoring.control.TutorRecords;
import org.recoverycollege.tutoring.entity.Arrangement;
import org.recoverycollege.tutoring.entity.Expertise;
import org.recoverycollege.tutoring.entity.Tutor;

/** {@code /admin/tutors}: tutors' records, their trained courses and their link to an account. */
@Named
@ViewScoped
public class TutorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TutorRecords records;
    @Inject
    private CourseCatalogue catalogue;
    @Inject
    private Caller caller;

    private TutorDraft draft = new TutorDraft();
    private Long courseId;
    private LocalDate trainedOn;

    public List<Tutor> getTutors() {
        return records.tutors();
    }

    public Tutor getSelected() {
        return draft.getId() == null ? null : records.getTutor(draft.getId());
    }

    public List<Course> getCourses() {
        return catalogue.courses();
    }

    public Expertise[] getExpertises() {
        return Expertise.values();
    }

    public Arrangement[] getArrangements() {
        return Arrangement.values();
    }

    public void edit(long tutorId) {
        draft = TutorDraft.of(records.getTutor(tutorId));
    }

    public void startNew() {
        draft = new TutorDraft();
    }

    public void save() {
        draft.setId(records.save(caller.name(), draft));
        UserMessages.info("tutors.saved", draft.getFullName());
    }

    public void train() {
        records.train(caller.name(), draft.getId(), courseId, trainedOn);
        UserMessages.info("tutors.trained");
        courseId = null;
    }

    public void untrain(long course) {
        records.untrain(caller.name(), draft.getId(), course);
        UserMessages.info("tutors.untrained");
    }

    public void linkAccount() {
        boolean invited = records.linkAccount(caller.name(), draft.getId());
        UserMessages.info(invited ? "tutors.invited" : "tutors.linked", draft.getEmail());
    }

    public TutorDraft getDraft() { return draft; }
    public Long getCourseId() { return courseId; }
    public void setCourseId(Long courseId) { this.courseId = courseId; }
    public LocalDate getTrainedOn() { return trainedOn; }
    public void setTrainedOn(LocalDate trainedOn) { this.trainedOn = trainedOn; }
}
