package org.recoverycollege.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/**
 * A course's texts in one language other than English (the catalogue's own language). The title is
 * required; a text left empty falls back to the course's English text.
 */
@Entity
@Table(name = "course_translation")
@NamedQuery(name = CourseTranslation.FIND_BY_COURSE,
        query = "SELECT t FROM CourseTranslation t WHERE t.course.id = :courseId ORDER BY t.language")
@NamedQuery(name = CourseTranslation.FIND_BY_COURSE_AND_LANGUAGE,
        query = "SELECT t FROM CourseTranslation t WHERE t.course.id = :courseId AND t.language = :language")
@NamedQuery(name = CourseTranslation.FIND_BY_SLUGS_AND_LANGUAGE,
        query = "SELECT t.course.slug, t FROM CourseTranslation t WHERE t.course.slug IN :slugs AND t.language = :language")
public class CourseTranslation extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_COURSE = "CourseTranslation.findByCourse";
    public static final String FIND_BY_COURSE_AND_LANGUAGE = "CourseTranslation.findByCourseAndLanguage";
    public static final String FIND_BY_SLUGS_AND_LANGUAGE = "CourseTranslation.findBySlugsAndLanguage";

    public static final int LANGUAGE_MAX = 8;
    public static final int TITLE_MAX = Course.TITLE_MAX;
    public static final int TEXT_MAX = Course.TEXT_MAX;
    /** An ISO 639 language code in lower case (two or three letters). */
    public static final String LANGUAGE_PATTERN = "[a-z]{2,3}";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @NotBlank
    @Size(max = LANGUAGE_MAX)
    @Pattern(regexp = LANGUAGE_PATTERN)
    @Column(nullable = false, updatable = false, length = LANGUAGE_MAX)
    private String language;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = TEXT_MAX)
    @Column(length = TEXT_MAX)
    private String summary;

    @Size(max = TEXT_MAX)
    @Column(name = "easy_read_summary", length = TEXT_MAX)
    private String easyReadSummary;

    @Size(max = TEXT_MAX)
    @Column(name = "learning_outcomes", length = TEXT_MAX)
    private String learningOutcomes;

    protected CourseTranslation() {
        // for JPA
    }

    /** A translation of the course into the language (an ISO 639 code other than English). */
    public CourseTranslation(Course course, String language, String title) {
        this.course = Objects.requireNonNull(course, "course");
        if (language == null || !language.matches(LANGUAGE_PATTERN) || "en".equals(language)) {
            throw new IllegalArgumentException("\"" + language + "\" is not a language to translate an English course into");
        }
        this.language = language;
        this.title = Texts.required(title, TITLE_MAX, "title");
    }

    /** Replaces the translated texts; empty texts mean "use the English one". */
    public void reword(String newTitle, String newSummary, String newEasyReadSummary, String newLearningOutcomes) {
        this.title = Texts.required(newTitle, TITLE_MAX, "title");
        this.summary = Texts.optional(newSummary, TEXT_MAX, "summary");
        this.easyReadSummary = Texts.optional(newEasyReadSummary, TEXT_MAX, "easy-read summary");
        this.learningOutcomes = Texts.optional(newLearningOutcomes, TEXT_MAX, "learning outcomes");
    }

    public Course getCourse() {
        return course;
    }

    public String getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    /** The translated summary, or null when the English one is to be shown. */
    public String getSummary() {
        return summary;
    }

    public String getEasyReadSummary() {
        return easyReadSummary;
    }

    public String getLearningOutcomes() {
        return learningOutcomes;
    }
}
