package org.recoverycollege.notification.control;

import java.util.Optional;

/** Turns a course run (by id) into an iCalendar file for a mail attachment; implemented by {@code planning}. */
public interface CalendarAttachments {

    /** The run's sessions as a {@code text/calendar} document, when one can be made. */
    Optional<byte[]> icsFor(long runId);
}
