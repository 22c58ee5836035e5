package org.recoverycollege.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recoverycollege.platform.entity.AuditEntry;
import org.recoverycollege.account.entity.PasswordReset;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.catalogue.entity.Category;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.DeliveryMode;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.Relation;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.enrolment.entity.SupportNeed;
import org.recoverycollege.evaluation.entity.Evaluation;
import org.recoverycollege.evaluation.entity.Rating;
import org.recoverycollege.evaluation.entity.WellbeingScale;
import org.recoverycollege.involvement.entity.PaymentKind;
import org.recoverycollege.involvement.entity.PaymentLine;
import org.recoverycollege.notification.entity.OutboxMail;
import org.recoverycollege.planning.entity.AccessFeature;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.Room;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.register.entity.Attendance;
import org.recoverycollege.register.entity.AttendanceMark;
import org.recoverycollege.register.entity.FacilitatorAttendance;
import org.recoverycollege.testing.incontainer.Transactions;
import org.recoverycollege.tutoring.entity.Arrangement;
import org.recoverycollege.tutoring.entity.Assignment;
import org.recoverycollege.tutoring.entity.CoverRequest;
import org.recoverycollege.tutoring.entity.Expertise;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * Inside Payara Micro on PostgreSQL: the migrations ran, every aggregate is stored and read back, and
 * the database itself refuses what concurrency could otherwise break.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T10:00:00Z");

    @Inject
    private Transactions tx;

    @Test
    void flywayAppliedTheSchemaOnPostgres() {
        Number applied = tx.call(em -> (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version = '1'").getSingleResult());
        assertEquals(1, applied.intValue());
        String product = tx.call(em -> (String) em.createNativeQuery("SELECT version()").getSingleResult());
        assertTrue(product.startsWith("PostgreSQL"), product);
    }

    @Test
    void everyAggregateIsStoredAndReadBack() {
        College c = tx.call(em -> College.create(em, "agg"));
        tx.run(em -> {
            Student student = em.find(Student.class, c.student.getId());
            Enrolment enrolment = Enrolment.confirmed(student, em.find(CourseRun.class, c.run.getId()), NOW);
            em.persist(enrolment);
            CourseSession first = em.find(CourseRun.class, c.run.getId()).getSessions().get(0);
            em.persist(new Attendance(first, enrolment, AttendanceMark.PRESENT, "tutor", NOW));
            em.persist(new FacilitatorAttendance(first, em.find(Tutor.class, c.peer.getId()), true));
            em.persist(new Evaluation(enrolment, Rating.GOOD, "The group", "More time", WellbeingScale.SWEMWBS, 20, 25, NOW));
            em.persist(new PaymentLine(em.find(Tutor.class, c.peer.getId()), first, PaymentKind.SESSIONAL_FEE,
                    new BigDecimal("75.00"), LocalDate.of(2026, 11, 1), NOW));
            em.persist(Assignment.propose(em.find(CourseRun.class, c.run.getId()), em.find(Tutor.class, c.peer.getId()), NOW));
            em.persist(new CoverRequest(first, em.find(Tutor.class, c.peer.getId()), "tutor", NOW));
            em.persist(new OutboxMail(student.getAccount().getEmail(), "Your place", "Body", null, NOW));
            em.persist(new AuditEntry(NOW, "admin@example.org", "UPDATE", "CourseRun", c.run.getId(), "capacity", "12", "14"));
            em.persist(new PasswordReset(student.getAccount(), UUID.randomUUID().toString().replace("-", ""), NOW, NOW.plusHours(1)));
            em.persist(new CollegeSetting("test.agg." + c.suffix, "70"));
        });

        tx.run(em -> {
            CourseRun run = em.find(CourseRun.class, c.run.getId());
            assertEquals(4, run.getSessions().size());
            assertEquals(LocalTime.of(10, 0), run.getSessions().get(0).getStartsAt());
            assertEquals(Set.of(AccessFeature.STEP_FREE_ACCESS, AccessFeature.HEARING_LOOP), run.getVenue().getAccessFeatures());
            Student student = em.find(Student.class, c.student.getId());
            assertEquals(Set.of(SupportNeed.BSL_INTERPRETER), student.getSupportNeeds());
            assertEquals(Set.of(Role.STUDENT), student.getAccount().getRoles());
            Tutor peer = em.find(Tutor.class, c.peer.getId());
            assertTrue(peer.isTrainedFor(run.getCourse()));
            assertTrue(peer.isAvailable(run.getSessions().get(0).getSessionDate(), LocalTime.of(10, 0), LocalTime.of(12, 0)));
            Evaluation evaluation = em.createQuery("SELECT e FROM Evaluation e WHERE e.enrolment.student = :s", Evaluation.class)
                    .setParameter("s", student).getSingleResult();
            assertEquals(Rating.GOOD, evaluation.getRating());
            assertEquals(25, evaluation.getWellbeingAfter());
            PaymentLine line = em.createQuery("SELECT p FROM PaymentLine p WHERE p.tutor = :t", PaymentLine.class)
                    .setParameter("t", peer).getSingleResult();
            assertEquals(new BigDecimal("75.00"), line.getAmount());
            assertEquals(1L, em.createQuery("SELECT COUNT(a) FROM Attendance a WHERE a.enrolment.student = :s", Long.class)
                    .setParameter("s", student).getSingleResult());
        });
    }

    @Test
    void aSecondLiveEnrolmentForTheSameStudentAndRunIsRefused() {
        College c = tx.call(em -> College.create(em, "twice"));
        tx.run(em -> em.persist(Enrolment.waitlisted(em.find(Student.class, c.student.getId()),
                em.find(CourseRun.class, c.run.getId()), NOW)));

        Exception refused = assertThrows(Exception.class, () -> tx.run(em -> em.persist(Enrolment.confirmed(
                em.find(Student.class, c.student.getId()), em.find(CourseRun.class, c.run.getId()), NOW))));
        assertTrue(causeMentions(refused, "uq_enrolment_live"), describe(refused));

        // once the first is cancelled, enrolling again is allowed
        tx.run(em -> em.createQuery("SELECT e FROM Enrolment e WHERE e.student.id = :s", Enrolment.class)
                .setParameter("s", c.student.getId()).getSingleResult().cancelByStudent(NOW));
        tx.run(em -> em.persist(Enrolment.confirmed(em.find(Student.class, c.student.getId()),
                em.find(CourseRun.class, c.run.getId()), NOW)));
    }

    @Test
    void aRunNeverHoldsMoreConfirmedPlacesThanItsCapacity() {
        College c = tx.call(em -> College.create(em, "full"));
        Exception refused = assertThrows(Exception.class, () -> tx.run(em -> em.createNativeQuery(
                "UPDATE course_run SET confirmed_count = capacity + 1 WHERE id = ?1")
                .setParameter(1, c.run.getId()).executeUpdate()));
        assertTrue(causeMentions(refused, "ck_course_run_places"), describe(refused));
    }

    @Test
    void aRunHasAtMostOnePeerAndOneProfessionalOfTheRightExpertise() {
        College c = tx.call(em -> College.create(em, "pair"));
        Tutor secondPeer = tx.call(em -> {
            Tutor tutor = new Tutor("Second Peer " + c.suffix, "peer2-" + c.suffix + "@example.org",
                    Expertise.LIVED_EXPERIENCE, Arrangement.VOLUNTEER, 2);
            em.persist(tutor);
            return tutor;
        });
        tx.run(em -> {
            CourseRun run = em.find(CourseRun.class, c.run.getId());
            em.persist(Assignment.propose(run, em.find(Tutor.class, c.peer.getId()), NOW));
            em.persist(Assignment.propose(run, em.find(Tutor.class, c.professional.getId()), NOW));
        });

        Exception twoPeers = assertThrows(Exception.class, () -> tx.run(em -> em.persist(
                Assignment.propose(em.find(CourseRun.class, c.run.getId()), em.find(Tutor.class, secondPeer.getId()), NOW))));
        assertTrue(causeMentions(twoPeers, "uq_assignment_live"), describe(twoPeers));

        // an assignment cannot claim an expertise its tutor does not have
        Exception wrongExpertise = assertThrows(Exception.class, () -> tx.run(em -> em.createNativeQuery(
                "INSERT INTO assignment (id, version, run_id, tutor_id, expertise, status, live_expertise, updated_at)"
                        + " VALUES (nextval('entity_id_seq'), 1, ?1, ?2, 'PROFESSIONAL', 'WITHDRAWN', NULL, now())")
                .setParameter(1, c.run.getId()).setParameter(2, secondPeer.getId()).executeUpdate()));
        assertTrue(causeMentions(wrongExpertise, "fk_assignment_tutor"), describe(wrongExpertise));
    }

    @Test
    void coverMustComeFromATutorOfTheSameExpertise() {
        College c = tx.call(em -> College.create(em, "cover"));
        Exception refused = assertThrows(Exception.class, () -> tx.run(em -> em.createNativeQuery(
                "INSERT INTO cover_request (id, version, session_id, absent_tutor_id, cover_tutor_id, expertise, status,"
                        + " live_absent_tutor_id, requested_by, requested_at)"
                        + " VALUES (nextval('entity_id_seq'), 1, ?1, ?2, ?3, 'LIVED_EXPERIENCE', 'ASKED', ?2, 'x', now())")
                .setParameter(1, c.run.getSessions().get(0).getId())
                .setParameter(2, c.peer.getId())
                .setParameter(3, c.professional.getId())
                .executeUpdate()));
        assertTrue(causeMentions(refused, "fk_cover_tutor"), describe(refused));
    }

    private static boolean causeMentions(Throwable thrown, String constraint) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return text.toString();
    }

    /** A small college of its own for each test, so tests share nothing. */
    private static final class College {
        String suffix;
        CourseRun run;
        Student student;
        Tutor peer;
        Tutor professional;

        static College create(EntityManager em, String name) {
            College c = new College();
            c.suffix = name + "-" + UUID.randomUUID().toString().substring(0, 8);
            Category category = new Category("cat-" + c.suffix, "Category " + c.suffix, null);
            em.persist(category);
            Course course = new Course("Course " + c.suffix, "Summary", category, 4, 120, DeliveryMode.IN_PERSON);
            course.activate();
            em.persist(course);
            Term term = new Term("Term " + c.suffix, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 26),
                    LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 9), LocalDate.of(2027, 2, 1));
            em.persist(term);
            Venue venue = new Venue("Venue " + c.suffix, "1 High Street", "EB1 1AA", false, null);
            venue.recordAccessFeatures(EnumSet.of(AccessFeature.STEP_FREE_ACCESS, AccessFeature.HEARING_LOOP));
            em.persist(venue);
            Room room = new Room(venue, "Room 1", 14);
            em.persist(room);
            c.run = new CourseRun(course, term, venue, 12);
            c.run.moveTo(venue, room);
            c.run.scheduleWeekly(LocalDate.of(2027, 1, 5), LocalTime.of(10, 0), LocalTime.of(12, 0));
            em.persist(c.run);
            UserAccount account = new UserAccount("student-" + c.suffix + "@example.org", "Student " + c.suffix, NOW);
            account.grant(Role.STUDENT);
            em.persist(account);
            c.student = new Student(account, Relation.CARER_FAMILY_FRIEND);
            c.student.recordNeeds(EnumSet.of(SupportNeed.BSL_INTERPRETER), null);
            em.persist(c.student);
            c.peer = new Tutor("Peer " + c.suffix, "peer-" + c.suffix + "@example.org", Expertise.LIVED_EXPERIENCE,
                    Arrangement.PAID_CO_PRODUCER, 3);
            c.peer.train(course, LocalDate.of(2026, 1, 10));
            c.peer.addSlot(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0), null);
            em.persist(c.peer);
            c.professional = new Tutor("Professional " + c.suffix, "pro-" + c.suffix + "@example.org",
                    Expertise.PROFESSIONAL, Arrangement.EMPLOYED, 4);
            c.professional.train(course, LocalDate.of(2025, 5, 1));
            em.persist(c.professional);
            return c;
        }
    }
}
