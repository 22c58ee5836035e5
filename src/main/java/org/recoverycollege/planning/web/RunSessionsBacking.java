package org.recoverycollege.planning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.recoverycollege.planning.control.PlaceAdmin;
import org.recoverycollege.planning.control.RunPlanning;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.Room;
import org.recoverycollege.platform.control.Caller;

/**
 * The sessions of the run on {@code /admin/run?id=}: each moved (date, times, room, joining link) or
 * cancelled on its own, with e-mail to those concerned. The run itself is {@link RunBacking}'s.
 */
@Named
@ViewScoped
public class RunSessionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RunPlanning planning;
    @Inject
    private PlaceAdmin places;
    @Inject
    private Caller caller;
    @Inject
    private RunBacking runBacking;

    private SessionForm form;

    public void edit(CourseSession session) {
        form = new SessionForm(session);
    }

    /** The rooms of the run's venue, for moving a session to another room. */
    public List<Room> getRooms() {
        return runBacking.getRun() == null ? List.of() : places.rooms(runBacking.getRun().getVenue().getId());
    }

    public void save() {
        SessionForm moved = form;
        runBacking.act(() -> planning.changeSession(caller.name(), moved.getSessionId(), moved.getSessionDate(),
                moved.getStartsAt(), moved.getEndsAt(), moved.getRoomId(), moved.getJoiningLink()), "runs.sessionMoved");
        form = null;
    }

    public void cancel(long session) {
        runBacking.act(() -> planning.cancelSession(caller.name(), session), "runs.sessionCancelledDone");
    }

    /** The session being moved, or null when none is. */
    public SessionForm getForm() {
        return form;
    }
}
