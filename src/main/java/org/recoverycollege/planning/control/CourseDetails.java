package org.recoverycollege.planning.control;

import java.io.Serializable;
import java.util.List;
import org.recoverycollege.catalogue.entity.DeliveryMode;

/** The public course page: what the course is and every run of it in the prospectus. */
public record CourseDetails(String slug, String title, String categoryName, String summary, String easyReadSummary,
        String learningOutcomes, String audience, DeliveryMode deliveryMode, int sessionCount,
        String prerequisiteTitle, String prerequisiteSlug, List<RunDetails> runs) implements Serializable {

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public String getSummary() {
        return summary;
    }

    public String getEasyReadSummary() {
        return easyReadSummary;
    }

    public boolean isHasEasyRead() {
        return easyReadSummary != null;
    }

    public String getLearningOutcomes() {
        return learningOutcomes;
    }

    public String getAudience() {
        return audience;
    }

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    public int getSessionCount() {
        return sessionCount;
    }

    public String getPrerequisiteTitle() {
        return prerequisiteTitle;
    }

    public String getPrerequisiteSlug() {
        return prerequisiteSlug;
    }

    public List<RunDetails> getRuns() {
        return runs;
    }
}
