package org.recoverycollege.evaluation.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.recoverycollege.account.control.PasswordHashing;
import org.recoverycollege.account.entity.PrivacyAcceptance;
import org.recoverycollege.account.entity.PrivacyNotice;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.catalogue.entity.Category;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.DeliveryMode;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.Relation;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.register.entity.Attendance;
import org.recoverycollege.register.entity.AttendanceMark;
import org.recoverycollege.testing.incontainer.Transactions;

/**
 * Test-only: a student of their own who came to a course that has finished, so feedback is due
 * ({@code GET /test-fixtures/feedback-world}, answered as {@code email=...}, {@code course=...} and
 * {@code enrolment=...} lines).
 */
@WebServlet("/test-fixtures/feedback-world")
public class FeedbackFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PASSWORD = "feedback-pass-2026";

    @Inject
    private Transactions tx;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String hash = hashing.hash(PASSWORD);
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String answer = tx.call(em -> {
            Category category = new Category("fb-" + suffix, "Feedback test " + suffix, null);
            em.persist(category);
            Course course = new Course("Finding Hope " + suffix, "Summary", category, 2, 120, DeliveryMode.IN_PERSON);
            course.activate();
            em.persist(course);
            Term term = new Term("Term " + suffix, today.minusDays(40), today.plusDays(80), today.minusDays(70),
                    today.minusDays(60), today.plusDays(20));
            em.persist(term);
            Venue venue = new Venue("Venue " + suffix, "1 High Street", "EB1 1AA", false, null);
            em.persist(venue);
            CourseRun run = new CourseRun(course, term, venue, 12);
            em.persist(run);
            CourseSession first = run.addSession(today.minusDays(10), LocalTime.of(10, 0), LocalTime.of(12, 0));
            run.addSession(today.minusDays(3), LocalTime.of(10, 0), LocalTime.of(12, 0));
            run.publish();
            UserAccount account = new UserAccount("feedback-" + suffix + "@example.org", "Fran " + suffix, now);
            account.grant(Role.STUDENT);
            account.changePasswordHash(hash);
            em.persist(account);
            // signs in: has accepted the privacy notice in force, as a person who signed up has
            em.persist(new PrivacyAcceptance(account, em.createNamedQuery(PrivacyNotice.FIND_NEWEST, PrivacyNotice.class).setMaxResults(1).getSingleResult(), now));
            Student student = new Student(account, Relation.USES_SERVICES);
            em.persist(student);
            Enrolment place = Enrolment.confirmed(student, run, now);
            em.persist(place);
            run.start();
            run.complete();
            em.flush();
            em.persist(new Attendance(first, place, AttendanceMark.PRESENT, "admin@example.org", now));
            em.flush();
            return "email=" + account.getEmail() + "\ncourse=" + course.getTitle() + "\nenrolment=" + place.getId()
                    + "\n";
        });
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }
}
