package org.recoverycollege.enrolment.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.recoverycollege.enrolment.control.MyCoursesService;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.Notice;
import org.recoverycollege.platform.web.NoticeSource;
import org.recoverycollege.platform.web.RequestParameters;

/**
 * {@code /my/?enrolled=<enrolment id>}, where enrolling leads: reads that enrolment of the signed-in person
 * from the database and says "place confirmed" or "number N on the waiting list" (as it stands now).
 * Another person's enrolment id shows nothing. Asked before every page a person opens, so a page without the
 * parameter costs one map look-up.
 */
@ApplicationScoped
public class EnrolmentNotices implements NoticeSource {

    static final String PARAMETER = "enrolled";

    @Inject
    private MyCoursesService myCourses;

    @Inject
    private Caller caller;

    @Override
    public Optional<Notice> noticeFor(Map<String, String> parameters) {
        Long enrolmentId = RequestParameters.number(parameters, PARAMETER);
        if (enrolmentId == null) {
            return Optional.empty();
        }
        String me = caller.name();
        if (me == null) {
            return Optional.empty();
        }
        return myCourses.enrolmentOf(me, enrolmentId)
                .flatMap(enrolment -> enrolment.isConfirmed()
                        ? Optional.of(Notice.of("enrol.confirmed", enrolment.courseTitle()))
                        : enrolment.isWaitlisted()
                        ? Optional.of(Notice.of("enrol.waitlisted", enrolment.courseTitle(), enrolment.waitingListPosition()))
                        : Optional.empty());
    }
}
