/**
 * Tutors, their expertise (peer or professional), trained courses, weekly availability and exceptions,
 * their assignments to runs and cover for single sessions. A run holds at most one live assignment per
 * expertise, and cover for a session comes from another tutor of the same expertise; the database checks
 * both through live keys and composite foreign keys on (tutor id, expertise).
 */
package org.recoverycollege.tutoring;
