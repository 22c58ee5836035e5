/**
 * Attendance registers: one mark (present, absent, apologies) per session and enrolment, and whether each
 * tutor facilitated a session. Tutors see and keep only the registers of their own runs; completion and
 * co-production figures are derived from these marks.
 */
package org.recoverycollege.register;
