/**
 * E-mail and calendars. Mail is written to an outbox in the business transaction and sent after commit
 * with retries and exponential backoff, so a failing mail server never undoes an enrolment. A mail may carry
 * a course run's calendar by the run's id: the file comes from {@code CalendarAttachments}, which planning
 * implements (this feature knows no course or run).
 */
package org.recoverycollege.notification;
