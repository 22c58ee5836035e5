package org.recoverycollege.catalogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.recoverycollege.catalogue.control.CourseCatalogue;
import org.recoverycollege.catalogue.control.CourseDraft;
import org.recoverycollege.catalogue.entity.Category;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.DeliveryMode;
import org.recoverycollege.platform.web.UserMessages;

/** {@code /admin/courses}: the catalogue, a course form for new and changed courses, and categories. */
@Named
@ViewScoped
public class CoursesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseCatalogue catalogue;

    private CourseDraft draft = new CourseDraft();
    @Size(max = Category.NAME_MAX, message = "{input.tooLong}")
    private String categoryName;
    @Size(max = Category.DESCRIPTION_MAX, message = "{input.tooLong}")
    private String categoryDescription;
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
        catalogue.save(Faces.getRemoteUser(), draft);
        UserMessages.info(isNew ? "courses.created" : "courses.saved", draft.getTitle());
        draft = new CourseDraft();
        courses = null;
    }

    public void activate(long courseId) {
        act(() -> catalogue.activate(Faces.getRemoteUser(), courseId), "courses.activated");
    }

    public void retire(long courseId) {
        act(() -> catalogue.retire(Faces.getRemoteUser(), courseId), "courses.retired");
    }

    public void delete(long courseId) {
        act(() -> catalogue.delete(Faces.getRemoteUser(), courseId), "courses.deleted");
    }

    private void act(Runnable action, String doneKey) {
        action.run();
        UserMessages.info(doneKey);
        courses = null;
    }

    public void addCategory() {
        catalogue.addCategory(Faces.getRemoteUser(), categoryName, categoryDescription);
        UserMessages.info("courses.categoryAdded", categoryName);
        categoryName = null;
        categoryDescription = null;
    }

    public CourseDraft getDraft() {
        return draft;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public void setCategoryName(String categoryName) {
        this.categoryName = categoryName;
    }

    public String getCategoryDescription() {
        return categoryDescription;
    }

    public void setCategoryDescription(String categoryDescription) {
        this.categoryDescription = categoryDescription;
    }
}
