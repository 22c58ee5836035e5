/**
 * E-mail and calendars. Mail is written to an outbox in the business transaction and sent after commit
 * with retries and exponential backoff, so a failing mail server never undoes an enrolment. Calendars are
 * made with ical4j (one event per session, stable ids), for mail attachments, downloads and private feeds.
 */
package org.recoverycollege.notification;
