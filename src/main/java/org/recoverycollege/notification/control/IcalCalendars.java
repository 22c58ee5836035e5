package org.recoverycollege.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;

/**
 * iCalendar documents made with ical4j: one event per session, in UTC so every calendar application
 * reads the same moment. Event ids are stable ({@code session-<id>@...}), so a calendar that imports a
 * newer file or polls the feed updates the events instead of duplicating them; cancelled sessions are
 * published as cancelled events. The file carries no words of its own: an online session's place is the
 * online venue's name as the college wrote it, and its joining link is the event's description.
 */
@ApplicationScoped
public class IcalCalendars implements CalendarAttachments {

    private static final String PRODUCT = "-//Recovery College//Courses//EN";
    private static final String UID_DOMAIN = "@recovery-college";

    @Inject
    private Clock clock;

    @Override
    public Optional<byte[]> icsFor(CourseRun run) {
        return run.getSessions().isEmpty() ? Optional.empty() : Optional.of(calendarOf(java.util.List.of(run)));
    }

    /** Every session of the given runs, as one {@code text/calendar} document. */
    public byte[] calendarOf(Collection<CourseRun> runs) {
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(new Method(Method.VALUE_PUBLISH))
                .getFluentTarget();
        Instant stamp = clock.instant();
        ZoneId zone = clock.getZone();
        for (CourseRun run : runs) {
            for (CourseSession session : run.getSessions()) {
                calendar.add(eventFor(run, session, zone, stamp));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static VEvent eventFor(CourseRun run, CourseSession session, ZoneId zone, Instant stamp) {
        Instant start = session.startDateTime().atZone(zone).toInstant();
        Instant end = session.endDateTime().atZone(zone).toInstant();
        VEvent event = new VEvent(start, end, run.getCourse().getTitle() + " (" + session.getSequenceNo() + "/"
                + run.getSessions().size() + ")");
        event.add(new Uid("session-" + session.getId() + UID_DOMAIN));
        event.add(new DtStamp(stamp));
        event.add(new Location(run.getVenue().isOnline() ? run.getVenue().getName() : placeOf(run, session)));
        if (session.getJoiningLink() != null) {
            event.add(new Description(session.getJoiningLink()));
        }
        if (session.isCancelled()) {
            event.add(new Status(Status.VALUE_CANCELLED));
        }
        return event;
    }

    private static String placeOf(CourseRun run, CourseSession session) {
        StringBuilder place = new StringBuilder(run.getVenue().getName());
        if (session.getRoom() != null) {
            place.append(", ").append(session.getRoom().getName());
        }
        if (run.getVenue().getAddress() != null) {
            place.append(", ").append(run.getVenue().getAddress());
        }
        if (run.getVenue().getPostcode() != null) {
            place.append(' ').append(run.getVenue().getPostcode());
        }
        return place.toString();
    }
}
