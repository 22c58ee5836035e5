/**
 * The demo college: a believable college (courses, terms, venues, runs, tutors, students, enrolments)
 * loaded into an empty embedded database for the local run, or on request. It loads at most once, even
 * when several instances start together, and never into a database that already holds accounts.
 */
package org.recoverycollege.demo;
