/**
 * Students and their places on runs. A place is taken only by a conditional UPDATE of
 * {@code course_run.confirmed_count} (backed by a CHECK), so capacity holds on any number of instances; a
 * student holds at most one live enrolment per run (the live key {@code live_student_id} and a unique
 * constraint); freed places go to the waiting list first come, first served, while the run is published.
 * Cancellations and promotions lock the run row, and each run's reminders are claimed once in the database.
 */
package org.recoverycollege.enrolment;
