package org.recoverycollege.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.catalogue.entity.Category;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.platform.control.Refusal;

/**
 * The administrators' catalogue: courses and categories. Every change is written to the audit log field
 * by field; a course that has runs is retired, never deleted, so past figures keep their course.
 */
@ApplicationScoped
@Transactional
public class CourseCatalogue {

    static final String ENTITY = "Course";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    @Any
    private Instance<CourseHolders> holders;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Course> courses() {
        return em.createQuery("SELECT c FROM Course c JOIN FETCH c.category ORDER BY c.title", Course.class)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Category> categories() {
        return em.createNamedQuery(Category.FIND_ALL, Category.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Course> findCourse(long id) {
        return Optional.ofNullable(em.find(Course.class, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Course getCourse(long id) {
        return findCourse(id).orElseThrow(() -> new Refusal("catalogue.courseNotFound"));
    }

    /** Creates the course (as a draft) or applies the changes to it; returns its id. */
    public long save(@NotBlank String actor, @Valid CourseDraft draft) {
        Category category = em.find(Category.class, draft.getCategoryId());
        if (category == null) {
            throw new Refusal("catalogue.categoryNotFound");
        }
        String slug = draft.getSlug() == null || draft.getSlug().isBlank() ? slugOf(draft.getTitle()) : draft.getSlug().strip();
        if (!slug.matches(Course.SLUG_PATTERN)) {
            throw new Refusal("catalogue.slugInvalid");
        }
        Optional<Course> sameSlug = em.createNamedQuery(Course.FIND_BY_SLUG, Course.class)
                .setParameter("slug", slug).getResultStream().findFirst();
        if (sameSlug.isPresent() && !sameSlug.get().getId().equals(draft.getId())) {
            throw new Refusal("catalogue.slugTaken", slug);
        }
        Course course;
        if (draft.getId() == null) {
            course = new Course(draft.getTitle(), draft.getSummary(), category, draft.getSessionCount(),
                    draft.getSessionMinutes(), draft.getDeliveryMode());
            course.changeSlug(slug);
            apply(course, draft);
            em.persist(course);
            em.flush();
            audit.recorded(actor, AuditLog.CREATE, ENTITY, course.getId());
            audit.changed(actor, ENTITY, course.getId(), "title", null, course.getTitle());
            return course.getId();
        }
        course = getCourse(draft.getId());
        CourseDraft before = CourseDraft.of(course);
        course.retitle(draft.getTitle());
        course.changeSlug(slug);
        course.moveTo(category);
        course.changeFormat(draft.getSessionCount(), draft.getSessionMinutes(), draft.getDeliveryMode());
        apply(course, draft);
        CourseDraft after = CourseDraft.of(course);
        auditChanges(actor, course.getId(), before, after);
        return course.getId();
    }

    private static String slugOf(String title) {
        try {
            return Course.slugOf(title);
        } catch (IllegalArgumentException e) {
            throw new Refusal("catalogue.slugInvalid");
        }
    }

    private void apply(Course course, CourseDraft draft) {
        course.describe(draft.getSummary(), draft.getEasyReadSummary(), draft.getLearningOutcomes(), draft.getAudience());
        course.markCoDesigned(draft.isCoDesigned());
        Course prerequisite = draft.getPrerequisiteId() == null ? null : getCourse(draft.getPrerequisiteId());
        try {
            course.requirePrerequisite(prerequisite);
        } catch (IllegalArgumentException e) {
            throw new Refusal("catalogue.prerequisiteCycle");
        }
    }

    private void auditChanges(String actor, long id, CourseDraft before, CourseDraft after) {
        audit.changed(actor, ENTITY, id, "title", before.getTitle(), after.getTitle());
        audit.changed(actor, ENTITY, id, "slug", before.getSlug(), after.getSlug());
        audit.changed(actor, ENTITY, id, "summary", before.getSummary(), after.getSummary());
        audit.changed(actor, ENTITY, id, "easyReadSummary", before.getEasyReadSummary(), after.getEasyReadSummary());
        audit.changed(actor, ENTITY, id, "learningOutcomes", before.getLearningOutcomes(), after.getLearningOutcomes());
        audit.changed(actor, ENTITY, id, "audience", before.getAudience(), after.getAudience());
        audit.changed(actor, ENTITY, id, "category", before.getCategoryId(), after.getCategoryId());
        audit.changed(actor, ENTITY, id, "sessionCount", before.getSessionCount(), after.getSessionCount());
        audit.changed(actor, ENTITY, id, "sessionMinutes", before.getSessionMinutes(), after.getSessionMinutes());
        audit.changed(actor, ENTITY, id, "deliveryMode", before.getDeliveryMode(), after.getDeliveryMode());
        audit.changed(actor, ENTITY, id, "prerequisite", before.getPrerequisiteId(), after.getPrerequisiteId());
        audit.changed(actor, ENTITY, id, "coDesigned", before.isCoDesigned(), after.isCoDesigned());
    }

    public void activate(@NotBlank String actor, long courseId) {
        Course course = getCourse(courseId);
        if (course.isActive()) {
            return;
        }
        Object before = course.getStatus();
        course.activate();
        audit.changed(actor, ENTITY, courseId, "status", before, course.getStatus());
    }

    public void retire(@NotBlank String actor, long courseId) {
        Course course = getCourse(courseId);
        Object before = course.getStatus();
        if (before == org.recoverycollege.catalogue.entity.CourseStatus.RETIRED) {
            return;
        }
        course.retire();
        audit.changed(actor, ENTITY, courseId, "status", before, course.getStatus());
    }

    /** Deletes a course nobody has scheduled yet; one with runs is refused (retire it instead). */
    public void delete(@NotBlank String actor, long courseId) {
        Course course = getCourse(courseId);
        boolean kept = holders.stream().anyMatch(holder -> holder.keeps(course));
        long dependants = em.createQuery("SELECT COUNT(c) FROM Course c WHERE c.prerequisite = :course", Long.class)
                .setParameter("course", course).getSingleResult();
        if (kept || dependants > 0) {
            throw new Refusal("catalogue.hasRuns", course.getTitle());
        }
        holders.forEach(holder -> holder.release(course));
        em.remove(course);
        audit.recorded(actor, AuditLog.DELETE, ENTITY, courseId);
    }

    public long addCategory(@NotBlank String actor, @NotBlank String name, String description) {
        Category category;
        try {
            category = Category.named(name, description);
        } catch (IllegalArgumentException e) {
            throw new Refusal("catalogue.slugInvalid");
        }
        if (em.createNamedQuery(Category.FIND_BY_SLUG, Category.class).setParameter("slug", category.getSlug())
                .getResultStream().findFirst().isPresent()) {
            throw new Refusal("catalogue.categoryTaken", name);
        }
        em.persist(category);
        em.flush();
        audit.recorded(actor, AuditLog.CREATE, "Category", category.getId());
        audit.changed(actor, "Category", category.getId(), "name", null, category.getName());
        return category.getId();
    }
}
