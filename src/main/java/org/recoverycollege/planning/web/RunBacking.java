package org.recoverycollege.planning.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.omnifaces.util.Faces;
import org.recoverycollege.planning.control.PlaceAdmin;
import org.recoverycollege.planning.control.RunPlanning;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.Room;
import org.recoverycollege.platform.web.RequestParameters;
import org.recoverycollege.platform.web.UserMessages;

/**
 * {@code /admin/run?id=}: one run: publish or unpublish, capacity, its sessions (each moved or cancelled
 * on its own, with e-mail to those concerned); its people are in {@code RunEnrolmentsBacking}.
 */
@Named
@ViewScoped
public class RunBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RunPlanning planning;
    @Inject
    private PlaceAdmin places;

    private Long id;
    @Min(value = 1, message = "{input.atLeast}")
    private int capacity;
    private Long sessionId;
    private LocalDate sessionDate;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private Long roomId;
    @Size(max = CourseSession.LINK_MAX, message = "{input.tooLong}")
    private String joiningLink;
    private String cancelReason;
    private transient CourseRun run;

    @PostConstruct
    void load() {
        id = RequestParameters.number("id");
        if (getRun() == null) {
            id = null;
        } else {
            capacity = run.getCapacity();
        }
    }

    /** The run, or null when the address names none. */
    public CourseRun getRun() {
        if (run == null && id != null) {
            run = planning.findRun(id).orElse(null);
        }
        return run;
    }

    public void publish() {
        act(() -> planning.publish(Faces.getRemoteUser(), id), "runs.published");
    }

    public void unpublish() {
        act(() -> planning.unpublish(Faces.getRemoteUser(), id), "runs.unpublished");
    }

    public void cancelRun() {
        act(() -> planning.cancelRun(Faces.getRemoteUser(), id, cancelReason), "runs.runCancelled");
        cancelReason = null;
    }

    public void changeCapacity() {
        act(() -> planning.changeCapacity(Faces.getRemoteUser(), id, capacity), "runs.capacityChanged");
    }

    public void editSession(CourseSession session) {
        sessionId = session.getId();
        sessionDate = session.getSessionDate();
        startsAt = session.getStartsAt();
        endsAt = session.getEndsAt();
        roomId = session.getRoom() == null ? null : session.getRoom().getId();
        joiningLink = session.getJoiningLink();
    }

    public List<Room> getRooms() {
        return getRun() == null ? List.of() : places.rooms(getRun().getVenue().getId());
    }

    public void saveSession() {
        act(() -> planning.changeSession(Faces.getRemoteUser(), sessionId, sessionDate, startsAt, endsAt,
                roomId, joiningLink), "runs.sessionMoved");
        sessionId = null;
    }

    public void cancelSession(long session) {
        act(() -> planning.cancelSession(Faces.getRemoteUser(), session), "runs.sessionCancelledDone");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            UserMessages.info(doneKey);
        } finally {
            run = null;
            capacity = getRun().getCapacity();
        }
    }

    public Long getId() { return id; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public Long getSessionId() { return sessionId; }
    public LocalDate getSessionDate() { return sessionDate; }
    public void setSessionDate(LocalDate sessionDate) { this.sessionDate = sessionDate; }
    public LocalTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalTime startsAt) { this.startsAt = startsAt; }
    public LocalTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalTime endsAt) { this.endsAt = endsAt; }
    public Long getRoomId() { return roomId; }
    public void setRoomId(Long roomId) { this.roomId = roomId; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public String getJoiningLink() { return joiningLink; }
    public void setJoiningLink(String joiningLink) { this.joiningLink = joiningLink; }
}
