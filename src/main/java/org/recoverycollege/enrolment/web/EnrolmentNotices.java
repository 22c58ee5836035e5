package org.recoverycollege.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.recoverycollege.enrolment.control.MyCoursesService;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.Notice;
import org.recoverycollege.platform.web.NoticeSource;

/**
 * {@code /my/?enrolled=<enrolment id>}, where enrolling leads: reads that enrolment of the signed-in person
 * from the database and says "place confirmed" or "number N on the waiting list" (as it stands now).
 * Another person's enrolment id shows nothing.
 */
@RequestScoped
public class EnrolmentNotices implements NoticeSource {

    static final String PARAMETER = "enrolled";

    @Inject
    private MyCoursesService myCourses;

    @Inject
    private Caller caller;

    /** Read from the address like every other id ({@code @Param}), not from the parameters handed over. */
    @Inject
    @Param(name = PARAMETER)
    private Long enrolmentId;

    @Override
    public Optional<Notice> noticeFor(Map<String, String> parameters) {
        String me = caller.name();
        if (enrolmentId == null || me == null) {
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
