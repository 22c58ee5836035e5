package org.recoverycollege.notification.control;

import java.util.Optional;
import org.recoverycollege.planning.entity.CourseRun;

/** Turns a run into an iCalendar file for a mail attachment; implemented by the calendar feature. */
public interface CalendarAttachments {

    /** The run's sessions as a {@code text/calendar} document, when one can be made. */
    Optional<byte[]> icsFor(CourseRun run);
}
