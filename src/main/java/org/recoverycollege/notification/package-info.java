/**
 * E-mail and calendar feeds. Mail is written to an outbox in the business transaction and sent after
 * commit with retries and exponential backoff, so a failing mail server never undoes an enrolment.
 */
package org.recoverycollege.notification;
