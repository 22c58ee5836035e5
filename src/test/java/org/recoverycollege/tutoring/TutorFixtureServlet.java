package org.recoverycollege.tutoring;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.recoverycollege.account.control.PasswordHashing;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Setting;
import org.recoverycollege.testing.incontainer.Transactions;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * Test-only: builds a {@link TutorWorld} around the demo tutor for browser tests, which run outside the
 * server ({@code GET /test-fixtures/tutor-world}, answered as {@code name=value} lines), and counts a
 * session's register marks ({@code ?attendanceOf=sessionId}), and sets the weekly permitted-earnings limit
 * ({@code ?permittedEarnings=50.00}, answered with the previous value).
 */
@WebServlet("/test-fixtures/tutor-world")
public class TutorFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String INTRUDER_PASSWORD = "intruder-pass-2026";

    @Inject
    private Transactions tx;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private Clock clock;

    @Inject
    private CollegeSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String attendanceOf = request.getParameter("attendanceOf");
        if (attendanceOf != null) {
            Long count = tx.call(em -> em.createQuery("SELECT COUNT(a) FROM Attendance a WHERE a.session.id = :s",
                    Long.class).setParameter("s", Long.valueOf(attendanceOf)).getSingleResult());
            response.getWriter().print(count);
            return;
        }
        String permittedEarnings = request.getParameter("permittedEarnings");
        if (permittedEarnings != null) {
            String previous = tx.call(em -> settings.change(Setting.PERMITTED_EARNINGS_WEEKLY, permittedEarnings));
            response.getWriter().print(previous);
            return;
        }
        String hash = hashing.hash(INTRUDER_PASSWORD);
        TutorWorld world = tx.call(em -> {
            Tutor demoTutor = em.createQuery("SELECT t FROM Tutor t WHERE t.account.email = 'tutor@example.org'",
                    Tutor.class).getSingleResult();
            return TutorWorld.build(em, LocalDate.now(clock), OffsetDateTime.now(clock), demoTutor, hash);
        });
        StringBuilder answer = new StringBuilder();
        try {
            for (RecordComponent component : TutorWorld.class.getRecordComponents()) {
                answer.append(component.getName()).append('=').append(component.getAccessor().invoke(world))
                        .append('\n');
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        response.getWriter().print(answer);
    }
}
