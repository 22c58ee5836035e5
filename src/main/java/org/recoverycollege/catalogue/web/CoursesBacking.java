package org.recoverycollege.catalogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.recoverycollege.catalogue.control.CourseCatalogue;
import org.recoverycollege.catalogue.control.CourseDraft;
import org.recoverycollege.catalogue.entity.Category;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.DeliveryMode;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;

/** {@code /admin/courses}: the catalogue, a course form for new and changed courses, and categories. */
@Named
@ViewScoped
public class CoursesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseCatalogue catalogue;
    @Inject
    private Caller caller;

    private CourseDraft draft = new CourseDraft();
    private CategoryForm category = new CategoryForm();
    private transient List<Course> courses;

    public List<Course> getCourses() {
        if (courses == null) {
            courses = catalogue.courses();
        }
        return courses;
    }

    public List<Category> getCategories() {
        return catalogue.categories();
    }

    public DeliveryMode[] getDeliveryModes() {
        return DeliveryMode.values();
    }

    public void edit(long courseId) {
        draft = CourseDraft.of(catalogue.getCourse(courseId));
    }

    public void startNew() {
        draft = new CourseDraft();
    }

    public void save() {
        boolean isNew = draft.getId() == null;
        catalogue.save(caller.name(), draft);
        UserMessages.info(isNew ? "courses.created" : "courses.saved", draft.getTitle());
        draft = new CourseDraft();
        courses = null;
    }

    public void activate(long courseId) {
        act(() -> catalogue.activate(caller.name(), courseId), "courses.activated");
    }

    public void retire(long courseId) {
        act(() -> catalogue.retire(caller.name(), courseId), "courses.retired");
    }

    public void delete(long courseId) {
        act(() -> catalogue.delete(caller.name(), courseId), "courses.deleted");
    }

    private void act(Runnable action, String doneKey) {
        action.run();
        UserMessages.info(doneKey);
        courses = null;
    }

    public void addCategory() {
        catalogue.addCategory(caller.name(), category.getName(), category.getDescription());
        UserMessages.info("courses.categoryAdded", category.getName());
        category = new CategoryForm();
    }

    public CourseDraft getDraft() {
        return draft;
    }

    public CategoryForm getCategory() {
        return category;
    }
}
