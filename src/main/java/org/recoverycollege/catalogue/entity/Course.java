package org.recoverycollege.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/** A catalogue entry: what a course is about, for whom, how long it runs and how it is delivered. */
@Entity
@Table(name = "course")
@NamedQuery(name = Course.FIND_BY_SLUG, query = "SELECT c FROM Course c WHERE c.slug = :slug")
@NamedQuery(name = Course.FIND_ALL, query = "SELECT c FROM Course c ORDER BY c.title")
@NamedQuery(name = Course.FIND_BY_STATUS, query = "SELECT c FROM Course c WHERE c.status = :status ORDER BY c.title")
@NamedQuery(name = Course.FIND_BY_CATEGORY,
        query = "SELECT c FROM Course c WHERE c.category = :category ORDER BY c.title")
public class Course extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_SLUG = "Course.findBySlug";
    public static final String FIND_ALL = "Course.findAll";
    public static final String FIND_BY_STATUS = "Course.findByStatus";
    public static final String FIND_BY_CATEGORY = "Course.findByCategory";

    public static final int SLUG_MAX = 80;
    public static final int TITLE_MAX = 160;
    public static final int TEXT_MAX = 4000;
    public static final int AUDIENCE_MAX = 1000;
    public static final int SESSION_COUNT_MIN = 1;
    public static final int SESSION_COUNT_MAX = 52;
    public static final int SESSION_MINUTES_MIN = 15;
    public static final int SESSION_MINUTES_MAX = 480;
    /** Lower-case ASCII letters and digits in words joined by single hyphens. */
    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    @NotBlank
    @Size(max = SLUG_MAX)
    @Pattern(regexp = SLUG_PATTERN)
    @Column(nullable = false, length = SLUG_MAX)
    private String slug;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(nullable = false, length = TEXT_MAX)
    private String summary;

    @Size(max = TEXT_MAX)
    @Column(name = "easy_read_summary", length = TEXT_MAX)
    private String easyReadSummary;

    @Size(max = TEXT_MAX)
    @Column(name = "learning_outcomes", length = TEXT_MAX)
    private String learningOutcomes;

    @Size(max = AUDIENCE_MAX)
    @Column(length = AUDIENCE_MAX)
    private String audience;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

    @Min(SESSION_COUNT_MIN)
    @Max(SESSION_COUNT_MAX)
    @Column(name = "session_count", nullable = false)
    private int sessionCount;

    @Min(SESSION_MINUTES_MIN)
    @Max(SESSION_MINUTES_MAX)
    @Column(name = "session_minutes", nullable = false)
    private int sessionMinutes;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false, length = 16)
    private DeliveryMode deliveryMode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "prerequisite_id")
    private Course prerequisite;

    @Column(name = "co_designed", nullable = false)
    private boolean coDesigned;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CourseStatus status = CourseStatus.DRAFT;

    protected Course() {
        // for JPA
    }

    /** A new draft course; its slug is derived from the title. */
    public Course(String title, String summary, Category category, int sessionCount, int sessionMinutes,
            DeliveryMode deliveryMode) {
        this.title = Texts.required(title, TITLE_MAX, "title");
        this.slug = slugOf(this.title);
        this.summary = Texts.required(summary, TEXT_MAX, "summary");
        this.category = Objects.requireNonNull(category, "category");
        this.sessionCount = checkSessionCount(sessionCount);
        this.sessionMinutes = checkSessionMinutes(sessionMinutes);
        this.deliveryMode = Objects.requireNonNull(deliveryMode, "delivery mode");
    }

    /**
     * The URL name of a title: lower case ASCII, accents dropped, apostrophes removed, every other run of
     * non-alphanumeric characters turned into one hyphen, at most {@value #SLUG_MAX} characters.
     * "Living with Psychosis (Part 2)" gives "living-with-psychosis-part-2".
     */
    public static String slugOf(String title) {
        String ascii = Normalizer.normalize(Objects.requireNonNull(title, "title"), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("['\u2019]", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_MAX) {
            slug = slug.substring(0, SLUG_MAX).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("\"" + title + "\" has no letters or digits to make a slug from");
        }
        return slug;
    }

    static String requireSlug(String slug) {
        if (slug == null || slug.length() > SLUG_MAX || !slug.matches(SLUG_PATTERN)) {
            throw new IllegalArgumentException("\"" + slug + "\" is not a slug (lower-case letters, digits and "
                    + "single hyphens, at most " + SLUG_MAX + " characters)");
        }
        return slug;
    }

    /** Makes the course available for scheduling and the prospectus. */
    public void activate() {
        if (status == CourseStatus.ACTIVE) {
            throw new IllegalStateException("The course " + slug + " is already active");
        }
        status = CourseStatus.ACTIVE;
    }

    /** Takes the course out of the catalogue; runs already scheduled are not touched. */
    public void retire() {
        if (status == CourseStatus.RETIRED) {
            throw new IllegalStateException("The course " + slug + " is already retired");
        }
        status = CourseStatus.RETIRED;
    }

    public boolean isActive() {
        return status == CourseStatus.ACTIVE;
    }

    public void retitle(String newTitle) {
        this.title = Texts.required(newTitle, TITLE_MAX, "title");
    }

    /** Changes the URL name; slugs are kept when a course is retitled so that links keep working. */
    public void changeSlug(String newSlug) {
        this.slug = requireSlug(newSlug);
    }

    public void describe(String newSummary, String newEasyReadSummary, String newLearningOutcomes,
            String newAudience) {
        this.summary = Texts.required(newSummary, TEXT_MAX, "summary");
        this.easyReadSummary = Texts.optional(newEasyReadSummary, TEXT_MAX, "easy-read summary");
        this.learningOutcomes = Texts.optional(newLearningOutcomes, TEXT_MAX, "learning outcomes");
        this.audience = Texts.optional(newAudience, AUDIENCE_MAX, "audience");
    }

    public void moveTo(Category newCategory) {
        this.category = Objects.requireNonNull(newCategory, "category");
    }

    public void changeFormat(int newSessionCount, int newSessionMinutes, DeliveryMode newDeliveryMode) {
        this.sessionCount = checkSessionCount(newSessionCount);
        this.sessionMinutes = checkSessionMinutes(newSessionMinutes);
        this.deliveryMode = Objects.requireNonNull(newDeliveryMode, "delivery mode");
    }

    private static int checkSessionCount(int count) {
        if (count < SESSION_COUNT_MIN || count > SESSION_COUNT_MAX) {
            throw new IllegalArgumentException("A course has " + SESSION_COUNT_MIN + " to " + SESSION_COUNT_MAX
                    + " sessions, not " + count);
        }
        return count;
    }

    private static int checkSessionMinutes(int minutes) {
        if (minutes < SESSION_MINUTES_MIN || minutes > SESSION_MINUTES_MAX) {
            throw new IllegalArgumentException("A session lasts " + SESSION_MINUTES_MIN + " to "
                    + SESSION_MINUTES_MAX + " minutes, not " + minutes);
        }
        return minutes;
    }

    /** Sets or clears (null) the course to take first; refuses the course itself and any cycle. */
    public void requirePrerequisite(Course course) {
        for (Course step = course; step != null; step = step.getPrerequisite()) {
            if (step == this) {
                throw new IllegalArgumentException("The course " + slug + " cannot require itself, directly or "
                        + "through " + course.getSlug());
            }
        }
        this.prerequisite = course;
    }

    public void markCoDesigned(boolean designedTogether) {
        this.coDesigned = designedTogether;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getEasyReadSummary() {
        return easyReadSummary;
    }

    public String getLearningOutcomes() {
        return learningOutcomes;
    }

    public String getAudience() {
        return audience;
    }

    public Category getCategory() {
        return category;
    }

    public int getSessionCount() {
        return sessionCount;
    }

    public int getSessionMinutes() {
        return sessionMinutes;
    }

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    /** The course to take first, or null. */
    public Course getPrerequisite() {
        return prerequisite;
    }

    public boolean isCoDesigned() {
        return coDesigned;
    }

    public CourseStatus getStatus() {
        return status;
    }

    @Override
    public String toString() {
        return "Course#" + getId() + " " + slug;
    }
}
