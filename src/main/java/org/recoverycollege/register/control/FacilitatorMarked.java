package org.recoverycollege.register.control;

import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * A register recorded whether a tutor facilitated a session (also when a mark is corrected). Fired
 * synchronously inside the register's transaction, so what observers change (payment lines) commits or
 * rolls back with the register.
 */
public record FacilitatorMarked(Tutor tutor, CourseSession session, boolean present) {
}
