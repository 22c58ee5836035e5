package org.recoverycollege.tutoring;

import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.UUID;
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
import org.recoverycollege.enrolment.entity.AgeBand;
import org.recoverycollege.enrolment.entity.Disability;
import org.recoverycollege.enrolment.entity.EqualityAnswers;
import org.recoverycollege.enrolment.entity.Ethnicity;
import org.recoverycollege.enrolment.entity.Gender;
import org.recoverycollege.enrolment.entity.SupportNeed;
import org.recoverycollege.planning.entity.AccessFeature;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.Room;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.tutoring.entity.Arrangement;
import org.recoverycollege.tutoring.entity.Assignment;
import org.recoverycollege.tutoring.entity.Expertise;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * A small college of its own for one test, around today: a course only its tutors are trained for, a run
 * in progress (sessions 10 days ago, yesterday and in two weeks) and a finished run (3 and 2 days ago),
 * both delivered by "me" and a professional, with two students; two runs offered to me; a peer who can
 * cover, one who cannot, and an intruder: another tutor with a run of their own.
 */
public record TutorWorld(String suffix, String courseTitle, long me, long professional, long coverPeer,
        long untrainedPeer, long intruder, String intruderEmail, long runningRun, long sessionTenDaysAgo,
        long sessionYesterday, long sessionInTwoWeeks, long finishedRun, long finishedFirst, long finishedSecond,
        long studentWithNeeds, long otherStudent, long enrolmentWithNeedsRunning, long otherEnrolmentRunning,
        long enrolmentWithNeedsFinished, long otherEnrolmentFinished, long offeredAssignment,
        long secondOfferedAssignment, long intruderSession) implements Serializable {

    public static final String STUDENT_WITH_NEEDS = "Robin Needs";

    /**
     * Builds the world; "me" is the tutor linked to {@code meAccount} when given (the demo tutor), or a new
     * paid co-producer peer whose account e-mail is {@code me-<suffix>@example.org}. The intruder's account
     * gets {@code intruderPasswordHash}.
     */
    public static TutorWorld build(EntityManager em, LocalDate today, OffsetDateTime now, Tutor meOrNull,
            String intruderPasswordHash) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Category category = new Category("t4-" + suffix, "Tutor test " + suffix, null);
        em.persist(category);
        Course course = new Course("Hearing Voices " + suffix, "Summary", category, 3, 120, DeliveryMode.IN_PERSON);
        course.activate();
        em.persist(course);
        Course otherCourse = new Course("Sleep Well " + suffix, "Summary", category, 1, 120, DeliveryMode.IN_PERSON);
        otherCourse.activate();
        em.persist(otherCourse);
        Term term = new Term("Term " + suffix, today.minusDays(40), today.plusDays(80), today.minusDays(70),
                today.minusDays(60), today.plusDays(20));
        em.persist(term);
        Venue venue = new Venue("Venue " + suffix, "1 High Street", "EB1 1AA", false, null);
        venue.recordAccessFeatures(EnumSet.of(AccessFeature.STEP_FREE_ACCESS, AccessFeature.HEARING_LOOP));
        em.persist(venue);
        Room room = new Room(venue, "Room " + suffix, 14);
        em.persist(room);

        Tutor me = meOrNull != null ? meOrNull
                : tutor(em, "Me " + suffix, "me-" + suffix + "@example.org", Expertise.LIVED_EXPERIENCE,
                        Arrangement.PAID_CO_PRODUCER, 6, course, today, true);
        if (meOrNull != null && !me.isTrainedFor(course)) {
            me.train(course, today.minusYears(1));
        }
        Tutor professional = tutor(em, "Pro " + suffix, "pro-" + suffix + "@example.org", Expertise.PROFESSIONAL,
                Arrangement.EMPLOYED, 6, course, today, false);
        Tutor coverPeer = tutor(em, "Cover " + suffix, "cover-" + suffix + "@example.org",
                Expertise.LIVED_EXPERIENCE, Arrangement.VOLUNTEER, 5, course, today, true);
        Tutor untrained = tutor(em, "Untrained " + suffix, "untrained-" + suffix + "@example.org",
                Expertise.LIVED_EXPERIENCE, Arrangement.VOLUNTEER, 5, otherCourse, today, false);
        String intruderEmail = "intruder-" + suffix + "@example.org";
        Tutor intruder = tutor(em, "Intruder " + suffix, intruderEmail, Expertise.LIVED_EXPERIENCE,
                Arrangement.CONTRIBUTOR, 5, otherCourse, today, false);
        UserAccount intruderAccount = intruder.getAccount();
        if (intruderPasswordHash != null) {
            intruderAccount.changePasswordHash(intruderPasswordHash);
            // signs in: has accepted the privacy notice in force, as a person who signed up has
            em.persist(new PrivacyAcceptance(intruderAccount, em.createNamedQuery(PrivacyNotice.FIND_NEWEST, PrivacyNotice.class).setMaxResults(1).getSingleResult(), OffsetDateTime.now()));
        }

        CourseRun running = run(em, course, term, venue, room);
        CourseSession tenDaysAgo = running.addSession(today.minusDays(10), LocalTime.of(10, 0), LocalTime.of(12, 0));
        CourseSession yesterday = running.addSession(today.minusDays(1), LocalTime.of(10, 0), LocalTime.of(12, 0));
        CourseSession inTwoWeeks = running.addSession(today.plusDays(14), LocalTime.of(10, 0), LocalTime.of(12, 0));
        CourseRun finished = run(em, course, term, venue, room);
        CourseSession finishedFirst = finished.addSession(today.minusDays(3), LocalTime.of(14, 0), LocalTime.of(16, 0));
        CourseSession finishedSecond = finished.addSession(today.minusDays(2), LocalTime.of(14, 0), LocalTime.of(16, 0));
        CourseRun intruderRun = run(em, otherCourse, term, venue, room);
        CourseSession intruderSession = intruderRun.addSession(today.minusDays(1), LocalTime.of(17, 0),
                LocalTime.of(19, 0));
        em.flush();
        for (CourseRun run : new CourseRun[] {running, finished}) {
            accepted(em, run, me, now);
            accepted(em, run, professional, now);
        }
        accepted(em, intruderRun, intruder, now);
        Assignment offered = offered(em, run(em, course, term, venue, room), me, today.plusDays(30), now);
        Assignment secondOffered = offered(em, run(em, course, term, venue, room), me, today.plusDays(31), now);

        Student withNeeds = student(em, STUDENT_WITH_NEEDS + " " + suffix, "needs-" + suffix + "@example.org", now);
        withNeeds.recordNeeds(EnumSet.of(SupportNeed.BSL_INTERPRETER), "Sits near the door");
        EqualityAnswers equality = new EqualityAnswers(withNeeds);
        equality.answer(AgeBand.AGE_75_OR_OVER, Ethnicity.WHITE_GYPSY_OR_IRISH_TRAVELLER, Disability.YES,
                Gender.NON_BINARY, now);
        em.persist(equality);
        Student other = student(em, "Alex Other " + suffix, "other-" + suffix + "@example.org", now);
        Enrolment needsRunning = enrol(em, withNeeds, running, now);
        Enrolment otherRunning = enrol(em, other, running, now);
        Enrolment needsFinished = enrol(em, withNeeds, finished, now);
        Enrolment otherFinished = enrol(em, other, finished, now);
        enrol(em, student(em, "Intruder Student " + suffix, "is-" + suffix + "@example.org", now), intruderRun, now);
        em.flush();
        return new TutorWorld(suffix, course.getTitle(), me.getId(), professional.getId(), coverPeer.getId(),
                untrained.getId(), intruder.getId(), intruderEmail, running.getId(), tenDaysAgo.getId(),
                yesterday.getId(), inTwoWeeks.getId(), finished.getId(), finishedFirst.getId(),
                finishedSecond.getId(), withNeeds.getId(), other.getId(), needsRunning.getId(),
                otherRunning.getId(), needsFinished.getId(), otherFinished.getId(), offered.getId(),
                secondOffered.getId(), intruderSession.getId());
    }

    /** A tutor with an account, trained for the course and free every day from 8:00 to 20:00. */
    public static Tutor tutor(EntityManager em, String name, String email, Expertise expertise,
            Arrangement arrangement, int max, Course trainedFor, LocalDate today, boolean prefers) {
        Tutor tutor = new Tutor(name, email, expertise, arrangement, max);
        tutor.train(trainedFor, today.minusYears(1));
        if (prefers) {
            tutor.preferCourse(trainedFor);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            tutor.addSlot(day, LocalTime.of(8, 0), LocalTime.of(20, 0), null);
        }
        UserAccount account = new UserAccount(email, name, OffsetDateTime.now());
        account.grant(Role.TUTOR);
        em.persist(account);
        tutor.linkAccount(account);
        em.persist(tutor);
        return tutor;
    }

    private static CourseRun run(EntityManager em, Course course, Term term, Venue venue, Room room) {
        CourseRun run = new CourseRun(course, term, venue, 12);
        run.moveTo(venue, room);
        em.persist(run);
        return run;
    }

    private static void accepted(EntityManager em, CourseRun run, Tutor tutor, OffsetDateTime now) {
        Assignment assignment = Assignment.propose(run, tutor, now);
        assignment.offer("admin@example.org", now);
        assignment.accept(now);
        em.persist(assignment);
    }

    private static Assignment offered(EntityManager em, CourseRun run, Tutor tutor, LocalDate date,
            OffsetDateTime now) {
        run.addSession(date, LocalTime.of(10, 0), LocalTime.of(12, 0));
        Assignment assignment = Assignment.propose(run, tutor, now);
        assignment.offer("admin@example.org", now);
        em.persist(assignment);
        return assignment;
    }

    private static Student student(EntityManager em, String name, String email, OffsetDateTime now) {
        UserAccount account = new UserAccount(email, name, now);
        account.grant(Role.STUDENT);
        em.persist(account);
        Student student = new Student(account, Relation.USES_SERVICES);
        em.persist(student);
        em.flush();
        return student;
    }

    private static Enrolment enrol(EntityManager em, Student student, CourseRun run, OffsetDateTime now) {
        Enrolment enrolment = Enrolment.confirmed(student, run, now);
        em.persist(enrolment);
        return enrolment;
    }
}
