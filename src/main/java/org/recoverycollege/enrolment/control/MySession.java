package org.recoverycollege.enrolment.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.recoverycollege.platform.entity.WebLinks;

/**
 * A session in "my courses"; the joining link is null unless the place is confirmed; attendance is a mark name or null.
 * The joining link is rendered as a link, so it is only ever an http(s) address: a stored link of any other
 * kind is not kept.
 */
public record MySession(int sequenceNo, LocalDate date, LocalTime startsAt, LocalTime endsAt, String room,
        String joiningLink, boolean cancelled, String attendance) implements Serializable {

    public MySession {
        joiningLink = WebLinks.safe(joiningLink);
    }
}
