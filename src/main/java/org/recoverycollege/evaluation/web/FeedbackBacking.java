package org.recoverycollege.evaluation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.recoverycollege.evaluation.control.FeedbackService;
import org.recoverycollege.evaluation.entity.Rating;
import org.recoverycollege.evaluation.entity.WellbeingBefore;
import org.recoverycollege.evaluation.entity.WellbeingScale;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;

/**
 * {@code /my/feedback?enrolment=<id>}: the end-of-course feedback form, once per enrolment. The enrolment
 * comes from the address on first view and from the form's hidden field on the post.
 */
@Named
@RequestScoped
public class FeedbackBacking {

    @Inject
    private FeedbackService feedback;

    @Inject
    private Caller caller;

    @Inject
    private FacesContext faces;

    @Inject
    @Param(name = "enrolment")
    private Long enrolmentId;

    private final FeedbackForm form = new FeedbackForm();
    private String courseTitle;
    private Optional<WellbeingBefore> beforeGiven;

    /** The course, when feedback is open. */
    public String getCourseTitle() {
        if (courseTitle == null && enrolmentId != null) {
            courseTitle = feedback.courseOpenForFeedback(enrolmentId, caller.name()).orElse(null);
        }
        return courseTitle;
    }

    /** The score at the start given earlier (on My courses), or null: then the form asks for both. */
    public WellbeingBefore getBeforeGiven() {
        if (beforeGiven == null && getCourseTitle() != null) {
            beforeGiven = feedback.beforeGiven(enrolmentId, caller.name());
        }
        return beforeGiven == null ? null : beforeGiven.orElse(null);
    }

    /** A refusal (feedback no longer open, a score off the scale) is shown on the page by the refusal handler. */
    public void submit() throws IOException {
        feedback.submit(enrolmentId, caller.name(), form.getRating(), form.getWhatHelped(), form.getCouldBeBetter(),
                form.getScale(), form.getBefore(), form.getAfter());
        UserMessages.infoAfterRedirect("feedback.thanks");
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/my/");
    }

    public List<Rating> getRatings() {
        return List.of(Rating.values());
    }

    public List<WellbeingScale> getScales() {
        return List.of(WellbeingScale.values());
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public FeedbackForm getForm() {
        return form;
    }
}
