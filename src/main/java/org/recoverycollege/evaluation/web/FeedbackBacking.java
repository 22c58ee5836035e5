package org.recoverycollege.evaluation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import org.recoverycollege.evaluation.control.FeedbackRefused;
import org.recoverycollege.evaluation.control.FeedbackService;
import org.recoverycollege.evaluation.entity.Evaluation;
import org.recoverycollege.evaluation.entity.Rating;
import org.recoverycollege.evaluation.entity.WellbeingScale;
import org.recoverycollege.platform.web.UserMessages;

/** {@code /my/feedback?enrolment=<id>}: the end-of-course feedback form, once per enrolment. */
@Named
@RequestScoped
public class FeedbackBacking {

    @Inject
    private FeedbackService feedback;

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    private Long enrolmentId;
    private String courseTitle;
    private Rating rating;
    @Size(max = Evaluation.TEXT_MAX, message = "{input.tooLong}")
    private String whatHelped;
    @Size(max = Evaluation.TEXT_MAX, message = "{input.tooLong}")
    private String couldBeBetter;
    private WellbeingScale scale;
    private Integer before;
    private Integer after;

    /** The course, when feedback is open; read from the address also on a post (see EnrolBacking). */
    public String getCourseTitle() {
        if (enrolmentId == null) {
            String parameter = faces.getExternalContext().getRequestParameterMap().get("enrolment");
            enrolmentId = parameter != null && parameter.matches("\\d{1,18}") ? Long.valueOf(parameter) : null;
        }
        if (courseTitle == null && enrolmentId != null) {
            courseTitle = feedback.courseOpenForFeedback(enrolmentId, me()).orElse(null);
        }
        return courseTitle;
    }

    public void submit() throws IOException {
        try {
            feedback.submit(enrolmentId, me(), rating, whatHelped, couldBeBetter, scale, before, after);
        } catch (FeedbackRefused refused) {
            UserMessages.error(refused.messageKey());
            return;
        }
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

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public void setEnrolmentId(Long enrolmentId) {
        this.enrolmentId = enrolmentId;
    }

    public Rating getRating() {
        return rating;
    }

    public void setRating(Rating rating) {
        this.rating = rating;
    }

    public String getWhatHelped() {
        return whatHelped;
    }

    public void setWhatHelped(String whatHelped) {
        this.whatHelped = whatHelped;
    }

    public String getCouldBeBetter() {
        return couldBeBetter;
    }

    public void setCouldBeBetter(String couldBeBetter) {
        this.couldBeBetter = couldBeBetter;
    }

    public WellbeingScale getScale() {
        return scale;
    }

    public void setScale(WellbeingScale scale) {
        this.scale = scale;
    }

    public Integer getBefore() {
        return before;
    }

    public void setBefore(Integer before) {
        this.before = before;
    }

    public Integer getAfter() {
        return after;
    }

    public void setAfter(Integer after) {
        this.after = after;
    }
}
