package org.recoverycollege.planning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.recoverycollege.catalogue.control.CourseCatalogue;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.CourseStatus;
import org.recoverycollege.planning.control.PlaceAdmin;
import org.recoverycollege.planning.control.RunDraft;
import org.recoverycollege.planning.control.RunPlanning;
import org.recoverycollege.planning.entity.Recurrence;
import org.recoverycollege.planning.entity.Room;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;

/**
 * The new-run form on {@code /admin/runs}: a course, term, venue (its rooms follow the venue chosen) and
 * the session pattern; a created run opens on its own page. The table of runs is {@link RunsBacking}'s.
 */
@Named
@ViewScoped
public class NewRunBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RunPlanning planning;
    @Inject
    private PlaceAdmin places;
    @Inject
    private CourseCatalogue catalogue;
    @Inject
    private Caller caller;

    private final RunDraft draft = new RunDraft();

    public String create() {
        long id = planning.create(caller.name(), draft);
        UserMessages.infoAfterRedirect("runs.created");
        return "/admin/run?faces-redirect=true&id=" + id;
    }

    /** Courses a run can be planned for: all but retired ones. */
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

    public Recurrence[] getRecurrences() {
        return Recurrence.values();
    }

    public RunDraft getDraft() {
        return draft;
    }
}
