package org.recoverycollege.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import org.recoverycollege.enrolment.control.EnrolmentRefused;
import org.recoverycollege.planning.web.RunDates;
import org.recoverycollege.platform.web.UserMessages;

/** Shows why an enrolment request was refused, with dates written out in the page's language. */
@RequestScoped
public class RefusalMessages {

    @Inject
    private RunDates dates;

    public void show(EnrolmentRefused refused) {
        Object[] arguments = Arrays.stream(refused.arguments())
                .map(argument -> argument instanceof LocalDate date ? dates.date(date) : argument)
                .toArray();
        UserMessages.error(refused.messageKey(), arguments);
    }
}
