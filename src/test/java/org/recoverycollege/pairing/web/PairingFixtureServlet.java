package org.recoverycollege.pairing.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.UUID;
import org.recoverycollege.account.control.AccountService;
import org.recoverycollege.account.control.PasswordHashing;
import org.recoverycollege.account.control.PrivacyNotices;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.catalogue.entity.Category;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.DeliveryMode;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.testing.incontainer.Transactions;
import org.recoverycollege.tutoring.entity.Arrangement;
import org.recoverycollege.tutoring.entity.Expertise;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * Test data only (added to the test deployment, never to the product): a draft Saturday run in the open
 * term of a new course that only two new tutors are trained for, so solving must pair them. Answers with
 * the course title and the professional tutor's e-mail (password {@code demo-password}), one per line.
 */
@WebServlet("/test-fixtures/pairing")
public class PairingFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Transactions transactions;

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private PrivacyNotices privacyNotices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String title = "Pairing Test Course " + suffix;
        String professionalEmail = "pairing-pro-" + suffix + "@tutors.example.org";
        transactions.run(em -> {
            LocalDate today = LocalDate.now();
            Term term = em.createNamedQuery(Term.FIND_ALL, Term.class).getResultList().stream()
                    .filter(t -> t.isEnrolmentOpenOn(today)).findFirst().orElseThrow();
            Category category = em.createNamedQuery(Category.FIND_ALL, Category.class).getResultList().get(0);
            Venue venue = em.createNamedQuery(Venue.FIND_ALL, Venue.class).getResultList().get(0);
            Course course = new Course(title, "A course for the pairing test.", category, 3, 120, DeliveryMode.IN_PERSON);
            course.activate();
            em.persist(course);
            CourseRun run = new CourseRun(course, term, venue, 10);
            run.scheduleWeekly(term.getStartsOn().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)),
                    LocalTime.of(10, 0), LocalTime.of(12, 0));
            em.persist(run);
            em.persist(tutor("Pat Peer " + suffix, "pairing-peer-" + suffix + "@tutors.example.org",
                    Expertise.LIVED_EXPERIENCE, course));
            Tutor professional = tutor("Robin Professional " + suffix, professionalEmail, Expertise.PROFESSIONAL, course);
            UserAccount account = accounts.openWithHash(professionalEmail, professional.getFullName(),
                    hashing.hash("demo-password"), Set.of(Role.TUTOR));
            // signs in: has accepted the privacy notice in force
            privacyNotices.accept(account, privacyNotices.current().getNoticeVersion());
            professional.linkAccount(account);
            em.persist(professional);
        });
        response.setContentType("text/plain");
        response.getWriter().print(title + "\n" + professionalEmail);
    }

    private static Tutor tutor(String name, String email, Expertise expertise, Course course) {
        Tutor tutor = new Tutor(name, email, expertise, Arrangement.VOLUNTEER, 3);
        tutor.train(course, LocalDate.now().minusMonths(1));
        tutor.addSlot(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(17, 0), null);
        return tutor;
    }
}
