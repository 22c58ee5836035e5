package org.recoverycollege.planning.control;

import java.io.Serializable;
import java.util.List;
import org.recoverycollege.catalogue.entity.DeliveryMode;

/** The public course page: what the course is and every run of it in the prospectus. */
public record CourseDetails(String slug, String title, String categoryName, String summary, String easyReadSummary,
        String learningOutcomes, String audience, DeliveryMode deliveryMode, int sessionCount,
        String prerequisiteTitle, String prerequisiteSlug, List<RunDetails> runs) implements Serializable {

    /** The slugs of the course and of its prerequisite, if any: the courses whose texts the page shows. */
    public List<String> shownSlugs() {
        return prerequisiteSlug == null ? List.of(slug) : List.of(slug, prerequisiteSlug);
    }

    /** No run takes enrolments with places left: the page offers "tell me when this course runs again". */
    public boolean isInterestOffered() {
        return runs.stream().noneMatch(run -> run.enrolmentOpen() && !run.isFull());
    }
}
