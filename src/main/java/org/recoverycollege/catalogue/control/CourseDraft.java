package org.recoverycollege.catalogue.control;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.DeliveryMode;

/** What an administrator types for a new or changed course (id null for a new one). */
public class CourseDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    @NotBlank
    @Size(max = Course.TITLE_MAX)
    private String title;
    @Size(max = Course.SLUG_MAX)
    private String slug;
    @NotBlank
    @Size(max = Course.TEXT_MAX)
    private String summary;
    @Size(max = Course.TEXT_MAX)
    private String easyReadSummary;
    @Size(max = Course.TEXT_MAX)
    private String learningOutcomes;
    @Size(max = Course.AUDIENCE_MAX)
    private String audience;
    @NotNull
    private Long categoryId;
    @Min(Course.SESSION_COUNT_MIN)
    @Max(Course.SESSION_COUNT_MAX)
    private int sessionCount = 5;
    @Min(Course.SESSION_MINUTES_MIN)
    @Max(Course.SESSION_MINUTES_MAX)
    private int sessionMinutes = 120;
    @NotNull
    private DeliveryMode deliveryMode = DeliveryMode.IN_PERSON;
    private Long prerequisiteId;
    private boolean coDesigned;

    public static CourseDraft of(Course course) {
        CourseDraft draft = new CourseDraft();
        draft.id = course.getId();
        draft.title = course.getTitle();
        draft.slug = course.getSlug();
        draft.summary = course.getSummary();
        draft.easyReadSummary = course.getEasyReadSummary();
        draft.learningOutcomes = course.getLearningOutcomes();
        draft.audience = course.getAudience();
        draft.categoryId = course.getCategory().getId();
        draft.sessionCount = course.getSessionCount();
        draft.sessionMinutes = course.getSessionMinutes();
        draft.deliveryMode = course.getDeliveryMode();
        draft.prerequisiteId = course.getPrerequisite() == null ? null : course.getPrerequisite().getId();
        draft.coDesigned = course.isCoDesigned();
        return draft;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getEasyReadSummary() { return easyReadSummary; }
    public void setEasyReadSummary(String easyReadSummary) { this.easyReadSummary = easyReadSummary; }
    public String getLearningOutcomes() { return learningOutcomes; }
    public void setLearningOutcomes(String learningOutcomes) { this.learningOutcomes = learningOutcomes; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public int getSessionCount() { return sessionCount; }
    public void setSessionCount(int sessionCount) { this.sessionCount = sessionCount; }
    public int getSessionMinutes() { return sessionMinutes; }
    public void setSessionMinutes(int sessionMinutes) { this.sessionMinutes = sessionMinutes; }
    public DeliveryMode getDeliveryMode() { return deliveryMode; }
    public void setDeliveryMode(DeliveryMode deliveryMode) { this.deliveryMode = deliveryMode; }
    public Long getPrerequisiteId() { return prerequisiteId; }
    public void setPrerequisiteId(Long prerequisiteId) { this.prerequisiteId = prerequisiteId; }
    public boolean isCoDesigned() { return coDesigned; }
    public void setCoDesigned(boolean coDesigned) { this.coDesigned = coDesigned; }
}
