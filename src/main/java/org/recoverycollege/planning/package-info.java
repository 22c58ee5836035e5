/**
 * Terms, venues and rooms, and course runs with their sessions. A run is published only while drafted,
 * for an active course and with sessions, and its confirmed places never exceed its capacity: the
 * enrolment service counts them with a conditional update that a database check backs, so no entity
 * writes that count.
 */
package org.recoverycollege.planning;
