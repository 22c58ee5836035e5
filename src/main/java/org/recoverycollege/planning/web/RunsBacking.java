package org.recoverycollege.planning.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.recoverycollege.catalogue.control.CourseCatalogue;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.CourseStatus;
import org.recoverycollege.planning.control.PlaceAdmin;
import org.recoverycollege.planning.control.RunDraft;
import org.recoverycollege.planning.control.RunPlanning;
import org.recoverycollege.planning.control.RunRow;
import org.recoverycollege.planning.control.RunSearch;
import org.recoverycollege.planning.entity.Recurrence;
import org.recoverycollege.planning.entity.Room;
import org.recoverycollege.planning.entity.RunStatus;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.platform.web.PagedModel;
import org.recoverycollege.platform.web.RequestParameters;
import org.recoverycollege.platform.web.UserMessages;

/**
 * {@code /admin/runs}: every run, a page at a time, filtered by term, category, course, venue and
 * status (term and category also from the address, so dashboard figures open here); and a new run.
 */
@Named
@ViewScoped
public class RunsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RunSearch search;
    @Inject
    private RunPlanning planning;
    @Inject
    private PlaceAdmin places;
    @Inject
    private CourseCatalogue catalogue;

    private PagedModel<RunRow> runs;
    private Long termId;
    private Long categoryId;
    private RunDraft draft = new RunDraft();

    @PostConstruct
    void init() {
        runs = new PagedModel<>(search, RunRow::id);
        termId = RequestParameters.number("term");
        categoryId = RequestParameters.number("category");
        applyFilters();
    }

    public void applyFilters() {
        runs.withFilter("termId", termId).withFilter("categoryId", categoryId);
    }

    public String create() {
        long id = planning.create(Faces.getRemoteUser(), draft);
        UserMessages.infoAfterRedirect("runs.created");
        return "/admin/run?faces-redirect=true&id=" + id;
    }

    public List<Course> getCourses() {
        return catalogue.courses().stream().filter(c -> c.getStatus() != CourseStatus.RETIRED).toList();
    }

    public List<Term> getTerms() {
        return places.terms();
    }

    public List<Venue> getVenues() {
        return places.venues();
    }

    public List<Room> getRooms() {
        return draft.getVenueId() == null ? List.of() : places.rooms(draft.getVenueId());
    }

    public List<org.recoverycollege.catalogue.entity.Category> getCategories() {
        return catalogue.categories();
    }

    public Recurrence[] getRecurrences() {
        return Recurrence.values();
    }

    public RunStatus[] getStatuses() {
        return RunStatus.values();
    }

    public PagedModel<RunRow> getRuns() { return runs; }
    public RunDraft getDraft() { return draft; }
    public Long getTermId() { return termId; }
    public void setTermId(Long termId) { this.termId = termId; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
}
