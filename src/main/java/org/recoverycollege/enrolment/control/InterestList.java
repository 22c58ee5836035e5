package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.enrolment.entity.CourseInterest;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.notification.control.MailOutbox;
import org.recoverycollege.planning.control.RunPublished;
import org.recoverycollege.planning.entity.CourseRun;

/**
 * "Tell me when this course runs again": a signed-in student joins or leaves a course's interest list.
 * Publishing a new run of the course tells everyone on the list once, in their language and as their
 * contact preferences say (by e-mail, or on the office's to-phone list), and takes them off the list.
 * Each person's row is deleted before their mail is queued, and only the transaction whose delete
 * removed the row queues it, so two publications at once never tell anyone twice.
 */
@ApplicationScoped
@Transactional
public class InterestList implements StudentDataHolder {

    /** The mail template: {0} name, {1} course, {2} first session, {3} the course's page. */
    static final String TEMPLATE = "courseRunsAgain";

    /** A course as the interest page shows it, and whether the student is on its list. */
    public record CourseInterestView(long courseId, String slug, String title, boolean joined) implements Serializable {
    }

    /** A course the student waits to hear about. */
    public record MyInterest(long courseId, String slug, String title, OffsetDateTime joinedAt) implements Serializable {
    }

    /** A course's demand: how many people wait for a run of it, and since when the first of them. */
    public record Demand(long courseId, String title, String slug, long people, OffsetDateTime waitingSince)
            implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StudentRegistration students;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "app.base-url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /** The active course with this slug, and whether the student is on its list; empty for an unknown course. */
    public Optional<CourseInterestView> course(@NotBlank String email, String slug) {
        return activeCourse(slug).map(course -> new CourseInterestView(course.getId(), course.getSlug(),
                course.getTitle(), students.findByEmail(email).flatMap(s -> entry(course, s)).isPresent()));
    }

    /** Puts the student on the course's list; joining twice changes nothing. */
    public void join(@NotBlank String email, String slug) {
        Student student = student(email);
        Course course = activeCourse(slug).orElseThrow(() -> new EnrolmentRefused("interest.refused.noCourse"));
        if (entry(course, student).isEmpty()) {
            em.persist(new CourseInterest(course, student, OffsetDateTime.now(clock)));
        }
    }

    /** Takes the student off the course's list; true when they were on it. */
    public boolean leave(@NotBlank String email, long courseId) {
        Student student = student(email);
        Course course = em.find(Course.class, courseId);
        return course != null && entry(course, student)
                .map(entry -> em.createNamedQuery(CourseInterest.DELETE_ONE).setParameter("id", entry.getId())
                        .executeUpdate() > 0)
                .orElse(false);
    }

    /** The courses the student waits to hear about, by title. */
    public List<MyInterest> mine(@NotBlank String email) {
        return students.findByEmail(email).map(student -> em.createNamedQuery(CourseInterest.FIND_BY_STUDENT,
                CourseInterest.class).setParameter("student", student).getResultStream()
                .map(i -> new MyInterest(i.getCourse().getId(), i.getCourse().getSlug(), i.getCourse().getTitle(),
                        i.getJoinedAt()))
                .toList()).orElse(List.of());
    }

    /** Every course someone waits for, most people first: the demand to plan the next term by. */
    public List<Demand> demand() {
        return em.createNamedQuery(CourseInterest.DEMAND, Object[].class).getResultStream()
                .map(row -> new Demand((Long) row[0], (String) row[1], (String) row[2], (Long) row[3],
                        (OffsetDateTime) row[4]))
                .toList();
    }

    /** A run was published: everyone on its course's list is told once and taken off the list. */
    void runPublished(@Observes RunPublished event) {
        CourseRun run = em.find(CourseRun.class, event.runId());
        for (CourseInterest interest : em.createNamedQuery(CourseInterest.FIND_BY_COURSE, CourseInterest.class)
                .setParameter("courseId", event.courseId()).getResultList()) {
            int removed = em.createNamedQuery(CourseInterest.DELETE_ONE).setParameter("id", interest.getId())
                    .executeUpdate();
            Student student = interest.getStudent();
            if (removed == 1 && !student.isErased()) {
                Locale language = student.getAccount().preferredLocale();
                outbox.queue(student.getAccount().getEmail(), language, TEMPLATE, null,
                        student.getAccount().getDisplayName(), run.getCourse().getTitle(),
                        run.firstSession().map(first -> EnrolmentMail.describe(first, language)).orElse("-"),
                        baseUrl + "/courses/" + run.getCourse().getSlug());
            }
        }
    }

    /** The courses the student waits to hear about go into their data download. */
    @Override
    public void export(Student student, JsonObjectBuilder document) {
        JsonArrayBuilder courses = Json.createArrayBuilder();
        em.createNamedQuery(CourseInterest.FIND_BY_STUDENT, CourseInterest.class).setParameter("student", student)
                .getResultStream().forEach(i -> courses.add(Json.createObjectBuilder()
                        .add("course", i.getCourse().getTitle()).add("joinedAt", i.getJoinedAt().toString())));
        document.add("interestList", courses);
    }

    /** The student closes their account: they leave every list. */
    @Override
    public void erase(Student student) {
        em.createNamedQuery(CourseInterest.DELETE_BY_STUDENT).setParameter("student", student).executeUpdate();
    }

    private Optional<CourseInterest> entry(Course course, Student student) {
        return em.createNamedQuery(CourseInterest.FIND, CourseInterest.class).setParameter("course", course)
                .setParameter("student", student).getResultStream().findFirst();
    }

    private Optional<Course> activeCourse(String slug) {
        if (slug == null || slug.isBlank() || slug.length() > 200) {
            return Optional.empty();
        }
        return em.createNamedQuery(Course.FIND_BY_SLUG, Course.class).setParameter("slug", slug).getResultStream()
                .filter(Course::isActive).findFirst();
    }

    private Student student(String email) {
        return students.findByEmail(email).orElseThrow(() -> new EnrolmentRefused("enrolment.refused.notStudent"));
    }
}
