package org.recoverycollege.enrolment.control;

import org.recoverycollege.platform.control.Refusal;

/**
 * An enrolment request the rules refuse; the message key (with its arguments) tells the person why,
 * from the resource bundle, for example {@code enrolment.refused.overlap} with the clashing course.
 */
public class EnrolmentRefused extends Refusal {

    private static final long serialVersionUID = 1L;

    public EnrolmentRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
