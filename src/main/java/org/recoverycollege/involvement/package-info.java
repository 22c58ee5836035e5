/**
 * Involvement payments: fee and expense lines for sessions delivered by tutors with a paid or volunteer
 * arrangement, at most one line per tutor, session and kind. Lines are filed under the month finance pays
 * them in and exported per month.
 */
package org.recoverycollege.involvement;
