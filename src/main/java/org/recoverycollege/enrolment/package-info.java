/**
 * Students and their places on runs. A student holds at most one live (confirmed or waitlisted)
 * enrolment per run, enforced by the live key {@code live_student_id} and a unique constraint; freed places
 * go to the waiting list first come, first served, and only while the run is published and its term's
 * enrolment window is open.
 */
package org.recoverycollege.enrolment;
