package org.recoverycollege.planning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recoverycollege.platform.control.AuditSearch;
import org.recoverycollege.platform.entity.AuditEntry;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.catalogue.control.CourseCatalogue;
import org.recoverycollege.catalogue.control.CourseDraft;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.enrolment.control.EnrolmentAdmin;
import org.recoverycollege.enrolment.control.EnrolmentLists;
import org.recoverycollege.enrolment.control.EnrolmentOutcome;
import org.recoverycollege.enrolment.control.EnrolmentRefused;
import org.recoverycollege.enrolment.control.MyCoursesService;
import org.recoverycollege.enrolment.control.MyEnrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.enrolment.control.StudentRecords;
import org.recoverycollege.enrolment.control.StudentSearch;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.Relation;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.enrolment.entity.SupportNeed;
import org.recoverycollege.evaluation.entity.Evaluation;
import org.recoverycollege.evaluation.entity.Rating;
import org.recoverycollege.involvement.entity.PaymentKind;
import org.recoverycollege.involvement.entity.PaymentLine;
import org.recoverycollege.notification.entity.OutboxMail;
import org.recoverycollege.planning.entity.AccessFeature;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.Recurrence;
import org.recoverycollege.planning.entity.RunStatus;
import org.recoverycollege.platform.control.PageRequest;
import org.recoverycollege.platform.control.Refusal;
import org.recoverycollege.register.entity.Attendance;
import org.recoverycollege.register.entity.AttendanceMark;
import org.recoverycollege.reporting.control.ExportTable;
import org.recoverycollege.reporting.control.Exports;
import org.recoverycollege.reporting.control.TableFiles;
import org.recoverycollege.reporting.control.TermReport;
import org.recoverycollege.testing.incontainer.Transactions;
import org.recoverycollege.tutoring.control.TutorDraft;
import org.recoverycollege.tutoring.control.TutorRecords;
import org.recoverycollege.tutoring.entity.Arrangement;
import org.recoverycollege.tutoring.entity.Assignment;
import org.recoverycollege.tutoring.entity.Expertise;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * The administration's services inside Payara Micro on PostgreSQL: planning a run from a pattern, the
 * capacity rule, session changes that tell people, audited records, exports read back from CSV and
 * Excel, and the main tables with 10,000 students and 50,000 enrolments.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    private static final String ADMIN = "admin-it@example.org";
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T10:00:00Z");

    @Inject
    private Transactions tx;
    @Inject
    private CourseCatalogue catalogue;
    @Inject
    private PlaceAdmin places;
    @Inject
    private RunPlanning planning;
    @Inject
    private RunSearch runSearch;
    @Inject
    private StudentSearch studentSearch;
    @Inject
    private StudentRecords studentRecords;
    @Inject
    private EnrolmentLists enrolmentLists;
    @Inject
    private AuditSearch auditSearch;
    @Inject
    private TutorRecords tutorRecords;
    @Inject
    private Exports exports;
    @Inject
    private TermReport termReport;
    @Inject
    private EnrolmentAdmin enrolmentAdmin;
    @Inject
    private MyCoursesService myCourses;

    /** A fresh active course, term and venue; returns {course, term, venue} ids. */
    private long[] catalogueAndTerm(String suffix, int sessions) {
        long category = catalogue.addCategory(ADMIN, "Category " + suffix, null);
        CourseDraft draft = new CourseDraft();
        draft.setTitle("Course " + suffix);
        draft.setSummary("A course for the administration test.");
        draft.setCategoryId(category);
        draft.setSessionCount(sessions);
        draft.setCoDesigned(true);
        long course = catalogue.save(ADMIN, draft);
        catalogue.activate(ADMIN, course);
        LocalDate start = LocalDate.of(2027, 1, 4);
        long term = places.saveTerm(ADMIN, null, "Term " + suffix, start, start.plusWeeks(20), start.minusWeeks(8),
                start.minusWeeks(6), start.plusWeeks(1));
        long venue = places.saveVenue(ADMIN, null, "Venue " + suffix, "1 High Street", "AB1 2CD", false, null,
                EnumSet.of(AccessFeature.STEP_FREE_ACCESS));
        return new long[] {course, term, venue};
    }

    private long run(long[] ids, LocalDate first, Recurrence recurrence, int capacity) {
        RunDraft draft = new RunDraft();
        draft.setCourseId(ids[0]);
        draft.setTermId(ids[1]);
        draft.setVenueId(ids[2]);
        draft.setCapacity(capacity);
        draft.setFirstDate(first);
        draft.setStartsAt(LocalTime.of(10, 0));
        draft.setEndsAt(LocalTime.of(12, 0));
        draft.setRecurrence(recurrence);
        return planning.create(ADMIN, draft);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aRunGetsItsSessionsFromThePatternAcrossTheClockChangeAndIsPublished() {
        String suffix = suffix();
        long[] ids = catalogueAndTerm(suffix, 4);
        // fortnightly from Monday 12 October 2026: the third session falls after the clocks go back
        long runId = run(ids, LocalDate.of(2026, 10, 12), Recurrence.FORTNIGHTLY, 12);

        List<CourseSession> sessions = tx.call(em -> {
            List<CourseSession> list = em.find(CourseRun.class, runId).getSessions();
            list.size();
            return list;
        });
        assertEquals(List.of(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 9),
                LocalDate.of(2026, 11, 23)), sessions.stream().map(CourseSession::getSessionDate).toList());
        assertTrue(sessions.stream().allMatch(s -> s.getStartsAt().equals(LocalTime.of(10, 0))));

        planning.publish(ADMIN, runId);
        assertEquals(RunStatus.PUBLISHED, planning.getRun(runId).getStatus());

        var found = runSearch.page(new PageRequest(0, 10, null, true, Map.of("courseTitle", suffix)));
        assertEquals(1, found.size());
        assertEquals(LocalDate.of(2026, 10, 12), found.get(0).firstDate());
        assertEquals(1, runSearch.count(new PageRequest(0, 0, null, true, Map.of("termId", String.valueOf(ids[1])))));
        assertFalse(auditSearch.page(new PageRequest(0, 50, null, false,
                Map.of("entityType", "CourseRun", "entityId", String.valueOf(runId)))).isEmpty());
    }

    @Test
    void aCourseWithRunsIsRetiredNotDeletedAndARetiredCourseGetsNoNewRuns() {
        long[] ids = catalogueAndTerm(suffix(), 2);
        run(ids, LocalDate.of(2027, 1, 5), Recurrence.WEEKLY, 10);

        Refusal refused = assertThrows(Refusal.class, () -> catalogue.delete(ADMIN, ids[0]));
        assertEquals("catalogue.hasRuns", refused.messageKey());
        catalogue.retire(ADMIN, ids[0]);
        Refusal noRun = assertThrows(Refusal.class, () -> run(ids, LocalDate.of(2027, 2, 1), Recurrence.WEEKLY, 10));
        assertEquals("runs.courseRetired", noRun.messageKey());
        assertTrue(catalogue.findCourse(ids[0]).isPresent());
    }

    @Test
    void capacityNeverGoesBelowTheConfirmedPlaces() {
        long[] ids = catalogueAndTerm(suffix(), 3);
        long runId = run(ids, LocalDate.of(2027, 1, 6), Recurrence.WEEKLY, 10);
        // stands in for the enrolment service's conditional update
        tx.run(em -> em.createNativeQuery("UPDATE course_run SET confirmed_count = 8 WHERE id = ?")
                .setParameter(1, runId).executeUpdate());

        Refusal refused = assertThrows(Refusal.class, () -> planning.changeCapacity(ADMIN, runId, 7));
        assertEquals("runs.capacityBelowConfirmed", refused.messageKey());
        planning.changeCapacity(ADMIN, runId, 8);
        assertEquals(8, planning.getRun(runId).getCapacity());
        assertThrows(Exception.class, () -> tx.run(em -> em.createNativeQuery(
                "UPDATE course_run SET capacity = 5 WHERE id = ?").setParameter(1, runId).executeUpdate()),
                "the database refuses what Java might miss");
        List<AuditEntry> capacity = auditSearch.page(new PageRequest(0, 10, null, false,
                Map.of("entityType", "CourseRun", "entityId", String.valueOf(runId), "actor", ADMIN)));
        assertTrue(capacity.stream().anyMatch(e -> "capacity".equals(e.getFieldName()) && "10".equals(e.getOldValue())
                && "8".equals(e.getNewValue())), "the capacity change is audited");
    }

    /** Two students with confirmed places and an accepted peer trainer with an account; returns their e-mails. */
    private List<String> peopleOn(long runId, String suffix) {
        return tx.call(em -> {
            CourseRun run = em.find(CourseRun.class, runId);
            List<String> emails = new java.util.ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                UserAccount account = new UserAccount("student" + i + "-" + suffix + "@example.org", "Student " + i, NOW);
                account.grant(Role.STUDENT);
                em.persist(account);
                Student student = new Student(account, Relation.OTHER);
                em.persist(student);
                em.flush();
                em.persist(Enrolment.confirmed(student, run, NOW.plusMinutes(i)));
                emails.add(account.getEmail());
            }
            em.createNativeQuery("UPDATE course_run SET confirmed_count = 2 WHERE id = ?").setParameter(1, runId)
                    .executeUpdate();
            UserAccount tutorAccount = new UserAccount("tutor-" + suffix + "@example.org", "Tutor " + suffix, NOW);
            em.persist(tutorAccount);
            Tutor tutor = new Tutor("Tutor " + suffix, tutorAccount.getEmail(), Expertise.LIVED_EXPERIENCE,
                    Arrangement.PAID_CO_PRODUCER, 3);
            tutor.linkAccount(tutorAccount);
            for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
                tutor.addSlot(day, LocalTime.of(8, 0), LocalTime.of(20, 0), null);
            }
            em.persist(tutor);
            Assignment assignment = Assignment.propose(run, tutor, NOW);
            assignment.offer(ADMIN, NOW);
            assignment.accept(NOW);
            em.persist(assignment);
            emails.add(tutorAccount.getEmail());
            return emails;
        });
    }

    private List<OutboxMail> mailsTo(List<String> recipients) {
        return tx.call(em -> em.createQuery("SELECT m FROM OutboxMail m WHERE m.recipient IN :r", OutboxMail.class)
                .setParameter("r", recipients).getResultList());
    }

    @Test
    void movingOrCancellingASessionTellsTheEnrolledStudentsAndThePair() {
        String suffix = suffix();
        long[] ids = catalogueAndTerm(suffix, 3);
        long runId = run(ids, LocalDate.of(2027, 1, 7), Recurrence.WEEKLY, 10);
        List<String> people = peopleOn(runId, suffix);
        List<CourseSession> sessions = planning.getRun(runId).getSessions();

        planning.changeSession(ADMIN, sessions.get(1).getId(), LocalDate.of(2027, 1, 15), LocalTime.of(14, 0),
                LocalTime.of(16, 0), null, null);
        List<OutboxMail> moved = mailsTo(people);
        assertEquals(3, moved.size(), "both students and the tutor");
        assertTrue(moved.stream().allMatch(m -> m.getSubject().contains("Course " + suffix) && m.getBody().contains("14:00")));

        planning.cancelSession(ADMIN, sessions.get(2).getId());
        assertEquals(6, mailsTo(people).size());
        assertTrue(planning.getRun(runId).getSessions().get(2).isCancelled());

        Refusal clash = assertThrows(Refusal.class, () -> planning.changeSession(ADMIN, sessions.get(0).getId(),
                LocalDate.of(2027, 1, 15), LocalTime.of(15, 0), LocalTime.of(17, 0), null, null));
        assertEquals("runs.sessionClash", clash.messageKey());
        assertEquals(LocalDate.of(2027, 1, 7), planning.getRun(runId).getSessions().get(0).getSessionDate(),
                "a refused move changes nothing");
        assertEquals(2, enrolmentLists.confirmed(runId).size());
    }

    /** A run of the course at the venue (room null for none), weekly from the first date, from..to o'clock. */
    private long runIn(long[] ids, Long roomId, LocalDate first, int from, int to) {
        RunDraft draft = new RunDraft();
        draft.setCourseId(ids[0]);
        draft.setTermId(ids[1]);
        draft.setVenueId(ids[2]);
        draft.setRoomId(roomId);
        draft.setCapacity(10);
        draft.setFirstDate(first);
        draft.setStartsAt(LocalTime.of(from, 0));
        draft.setEndsAt(LocalTime.of(to, 0));
        draft.setRecurrence(Recurrence.WEEKLY);
        return planning.create(ADMIN, draft);
    }

    @Test
    void aRoomHoldsOneSessionAtATimeAndMovingASessionReChecksIt() {
        String suffix = suffix();
        long[] ids = catalogueAndTerm(suffix, 2);
        long room = places.addRoom(ADMIN, ids[2], "Room " + suffix, 12);
        runIn(ids, room, LocalDate.of(2027, 4, 5), 10, 12); // Mondays 5 and 12 April, 10:00-12:00

        Refusal clash = assertThrows(Refusal.class, () -> runIn(ids, room, LocalDate.of(2027, 4, 12), 11, 13));
        assertEquals("runs.roomClash", clash.messageKey());
        assertEquals(List.of("Room " + suffix, "Course " + suffix, LocalDate.of(2027, 4, 12), "10:00", "12:00"),
                List.of(clash.arguments()), "the clash is named: room, course, date and time");
        long touching = runIn(ids, room, LocalDate.of(2027, 4, 12), 12, 14);
        runIn(ids, null, LocalDate.of(2027, 4, 5), 10, 12); // no room: nothing to book

        CourseSession session = planning.getRun(touching).getSessions().get(0);
        Refusal moved = assertThrows(Refusal.class, () -> planning.changeSession(ADMIN, session.getId(),
                LocalDate.of(2027, 4, 5), LocalTime.of(11, 0), LocalTime.of(13, 0), room, null));
        assertEquals("runs.roomClash", moved.messageKey());
        assertEquals(LocalDate.of(2027, 4, 5), moved.arguments()[2]);
        assertEquals(LocalDate.of(2027, 4, 12), planning.getRun(touching).getSessions().get(0).getSessionDate(),
                "a refused move changes nothing");
        planning.changeSession(ADMIN, session.getId(), LocalDate.of(2027, 4, 5), LocalTime.of(11, 0),
                LocalTime.of(13, 0), null, "https://meet.example.org/" + suffix);
        assertEquals(LocalDate.of(2027, 4, 5), planning.getRun(touching).getSessions().get(0).getSessionDate(),
                "online, without the room, the time is free");
    }

    @Test
    void twoBookingsOfOneRoomAtOnceCannotBothSucceed() throws Exception {
        String suffix = suffix();
        long[] ids = catalogueAndTerm(suffix, 2);
        long room = places.addRoom(ADMIN, ids[2], "Room " + suffix, 12);
        jakarta.enterprise.concurrent.ManagedExecutorService executor =
                javax.naming.InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.Callable<Object> book = () -> {
            go.await();
            try {
                return runIn(ids, room, LocalDate.of(2027, 5, 3), 10, 12);
            } catch (Refusal refused) {
                return refused.messageKey();
            }
        };
        var first = executor.submit(book);
        var second = executor.submit(book);
        go.countDown();
        List<Object> outcomes = List.of(first.get(60, java.util.concurrent.TimeUnit.SECONDS),
                second.get(60, java.util.concurrent.TimeUnit.SECONDS));

        assertEquals(1, outcomes.stream().filter(Long.class::isInstance).count(), outcomes.toString());
        assertTrue(outcomes.contains("runs.roomClash"), outcomes.toString());
        assertEquals(2L, (long) tx.call(em -> em.createQuery(
                "SELECT COUNT(s) FROM CourseSession s WHERE s.room.id = :room", Long.class)
                .setParameter("room", room).getSingleResult()), "one run's two sessions in the room");
    }

    @Test
    void movingASessionReChecksTheTutorsAndTheStudentsOtherPlaces() {
        String suffix = suffix();
        long runId = runIn(catalogueAndTerm(suffix, 3), null, LocalDate.of(2027, 3, 1), 10, 12); // Mondays
        List<String> people = peopleOn(runId, suffix);
        long otherCourseRun = runIn(catalogueAndTerm(suffix + "b", 1), null, LocalDate.of(2027, 3, 2), 14, 16);
        long tutorsOtherRun = runIn(catalogueAndTerm(suffix + "c", 1), null, LocalDate.of(2027, 3, 3), 10, 12);
        tx.run(em -> {
            Student student = em.createQuery("SELECT s FROM Student s WHERE s.account.email = :e", Student.class)
                    .setParameter("e", people.get(0)).getSingleResult();
            em.persist(Enrolment.confirmed(student, em.find(CourseRun.class, otherCourseRun), NOW));
            Tutor tutor = em.createQuery("SELECT t FROM Tutor t WHERE t.email = :e", Tutor.class)
                    .setParameter("e", people.get(2)).getSingleResult();
            Assignment assignment = Assignment.propose(em.find(CourseRun.class, tutorsOtherRun), tutor, NOW);
            assignment.offer(ADMIN, NOW);
            assignment.accept(NOW);
            em.persist(assignment);
        });
        long sessionId = planning.getRun(runId).getSessions().get(0).getId();

        Refusal student = assertThrows(Refusal.class, () -> planning.changeSession(ADMIN, sessionId,
                LocalDate.of(2027, 3, 2), LocalTime.of(15, 0), LocalTime.of(17, 0), null, null));
        assertEquals("runs.studentClash", student.messageKey());
        assertEquals(List.of(1, "Student 1", "Course " + suffix + "b", LocalDate.of(2027, 3, 2), "14:00", "16:00"),
                List.of(student.arguments()));
        Refusal busy = assertThrows(Refusal.class, () -> planning.changeSession(ADMIN, sessionId,
                LocalDate.of(2027, 3, 3), LocalTime.of(11, 0), LocalTime.of(13, 0), null, null));
        assertEquals("runs.tutorBusy", busy.messageKey());
        assertEquals(List.of("Tutor " + suffix, "Course " + suffix + "c", LocalDate.of(2027, 3, 3), "10:00", "12:00"),
                List.of(busy.arguments()));
        Refusal away = assertThrows(Refusal.class, () -> planning.changeSession(ADMIN, sessionId,
                LocalDate.of(2027, 3, 4), LocalTime.of(20, 0), LocalTime.of(21, 0), null, null));
        assertEquals("runs.tutorUnavailable", away.messageKey());
        assertEquals(LocalDate.of(2027, 3, 1), planning.getRun(runId).getSessions().get(0).getSessionDate());

        planning.changeSession(ADMIN, sessionId, LocalDate.of(2027, 3, 4), LocalTime.of(10, 0), LocalTime.of(12, 0), null, null);
        assertEquals(LocalDate.of(2027, 3, 4), planning.getRun(runId).getSessions().get(0).getSessionDate());
    }

    @Test
    void aJoiningLinkThatIsNoWebAddressIsRefusedAndNothingIsStored() {
        String suffix = suffix();
        long[] ids = catalogueAndTerm(suffix, 2);
        long runId = run(ids, LocalDate.of(2027, 2, 4), Recurrence.WEEKLY, 10);
        CourseSession first = planning.getRun(runId).getSessions().get(0);

        for (String link : List.of("javascript:alert(document.domain)", " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox(1)", "//evil.example/join", "https://")) {
            Refusal refused = assertThrows(Refusal.class, () -> planning.changeSession(ADMIN, first.getId(),
                    first.getSessionDate(), first.getStartsAt(), first.getEndsAt(), null, link), link);
            assertEquals("runs.linkNotWeb", refused.messageKey());
            assertEquals(null, planning.getRun(runId).getSessions().get(0).getJoiningLink(), "nothing stored for " + link);
        }
        planning.changeSession(ADMIN, first.getId(), first.getSessionDate(), first.getStartsAt(), first.getEndsAt(), null,
                "https://meet.example.org/room-7");
        assertEquals("https://meet.example.org/room-7", planning.getRun(runId).getSessions().get(0).getJoiningLink());
    }

    @Test
    void viewingAndChangingAStudentRecordIsAudited() {
        String suffix = suffix();
        long[] ids = catalogueAndTerm(suffix, 2);
        long runId = run(ids, LocalDate.of(2027, 1, 8), Recurrence.WEEKLY, 10);
        String email = peopleOn(runId, suffix).get(0);
        long studentId = tx.call(em -> em.createQuery("SELECT s.id FROM Student s WHERE s.account.email = :e", Long.class)
                .setParameter("e", email).getSingleResult());

        var record = studentRecords.view(ADMIN, studentId);
        assertEquals(1, record.places().size());
        studentRecords.recordNeeds(ADMIN, studentId, Set.of(SupportNeed.LARGE_PRINT), "A seat near the door");

        List<AuditEntry> entries = auditSearch.page(new PageRequest(0, 20, null, false,
                Map.of("entityType", "Student", "entityId", String.valueOf(studentId))));
        assertTrue(entries.stream().anyMatch(e -> e.getAction().equals("VIEW") && e.getActor().equals(ADMIN)));
        assertTrue(entries.stream().anyMatch(e -> "supportNeeds".equals(e.getFieldName())
                && "[]".equals(e.getOldValue()) && "[LARGE_PRINT]".equals(e.getNewValue())));
        assertTrue(entries.stream().anyMatch(e -> "otherNeeds".equals(e.getFieldName())
                && "A seat near the door".equals(e.getNewValue())));
        assertEquals(1, studentSearch.count(new PageRequest(0, 0, null, true, Map.of("email", email))));
    }

    @Test
    void tutorRecordsKeepTrainingAndLinkAnAccount() {
        String suffix = suffix();
        long[] ids = catalogueAndTerm(suffix, 2);
        TutorDraft draft = new TutorDraft();
        draft.setFullName("Ola " + suffix);
        draft.setEmail("ola-" + suffix + "@example.org");
        draft.setExpertise(Expertise.PROFESSIONAL);
        draft.setArrangement(Arrangement.EMPLOYED);
        draft.setMaxSessionsPerWeek(4);
        long tutorId = tutorRecords.save(ADMIN, draft);
        tutorRecords.train(ADMIN, tutorId, ids[0], LocalDate.of(2026, 6, 1));
        assertEquals("tutors.alreadyTrained", assertThrows(Refusal.class,
                () -> tutorRecords.train(ADMIN, tutorId, ids[0], LocalDate.of(2026, 7, 1))).messageKey());

        assertTrue(tutorRecords.linkAccount(ADMIN, tutorId), "a new account holder is invited");
        assertEquals(1, mailsTo(List.of(draft.getEmail())).size(), "the invitation to choose a password");

        tx.run(em -> {
            Tutor tutor = em.find(Tutor.class, tutorId);
            assertEquals(1, tutor.getTrainedCourses().size());
            assertEquals(LocalDate.of(2026, 6, 1), tutor.getTrainedCourses().get(0).getTrainedOn());
            assertTrue(tutor.getAccount().holds(Role.TUTOR));
            assertEquals(draft.getEmail(), tutor.getAccount().getEmail());
        });
    }

    @Test
    void exportsReadBackFromCsvAndExcel() throws IOException {
        String suffix = suffix();
        long[] ids = catalogueAndTerm(suffix, 2);
        long runId = run(ids, LocalDate.of(2027, 1, 11), Recurrence.WEEKLY, 10);
        List<String> people = peopleOn(runId, suffix);
        tx.run(em -> {
            CourseRun run = em.find(CourseRun.class, runId);
            CourseSession first = run.getSessions().get(0);
            List<Enrolment> places = em.createQuery("SELECT e FROM Enrolment e WHERE e.run = :run ORDER BY e.requestedAt",
                    Enrolment.class).setParameter("run", run).getResultList();
            em.persist(new Attendance(first, places.get(0), AttendanceMark.PRESENT, ADMIN, NOW));
            em.persist(new Attendance(first, places.get(1), AttendanceMark.APOLOGIES, ADMIN, NOW));
            em.persist(new Evaluation(places.get(0), Rating.EXCELLENT, "The pair", null, NOW));
            Tutor tutor = em.createNamedQuery(Tutor.FIND_BY_EMAIL, Tutor.class).setParameter("email", people.get(2))
                    .getSingleResult();
            em.persist(new PaymentLine(tutor, first, PaymentKind.SESSIONAL_FEE, new BigDecimal("75.00"),
                    LocalDate.of(2031, 3, 1), NOW));
        });

        List<CSVRecord> roster = csv(exports.roster(ADMIN, runId));
        assertEquals(List.of(people.get(0), people.get(1)), roster.stream().map(r -> r.get("exports.col.email")).toList());
        assertEquals("CONFIRMED", roster.get(0).get("exports.col.status"));

        // the workbook's format is TableFilesTest's; here: what the register export holds
        ExportTable register = exports.register(ADMIN, runId);
        assertEquals("2027-01-11", register.headings().get(1));
        assertEquals(List.of("Student 1", "PRESENT"), register.rows().get(0).subList(0, 2));
        assertEquals("APOLOGIES", register.rows().get(1).get(1));
        assertEquals(1, ((Number) register.rows().get(0).get(3)).intValue());
        assertTrue(excel(register).length > 0, "the register opens as a workbook");

        List<CSVRecord> evaluations = csv(exports.evaluations(ADMIN, ids[1]));
        assertEquals(1, evaluations.size());
        assertEquals("EXCELLENT", evaluations.get(0).get("exports.col.rating"));
        assertFalse(evaluations.get(0).toMap().containsValue("Student 1"), "evaluations are anonymous");

        // other tests' tutors may be paid in the same month: find this test's line
        ExportTable payments = exports.payments(ADMIN, YearMonth.of(2031, 3));
        List<List<Object>> lines = payments.rows().stream().filter(row -> ("Tutor " + suffix).equals(row.get(0))).toList();
        assertEquals(1, lines.size());
        assertEquals(0, new BigDecimal("75.00").compareTo((BigDecimal) lines.get(0).get(6)));
        assertEquals(List.of("75.00"), csv(payments).stream()
                .filter(line -> ("Tutor " + suffix).equals(line.get("exports.col.tutor")))
                .map(line -> line.get("exports.col.amount")).toList());
        assertFalse(auditSearch.page(new PageRequest(0, 5, null, false,
                Map.of("action", "EXPORT", "entityType", "CourseRun", "entityId", String.valueOf(runId)))).isEmpty());
    }

    /** Students with accounts, by e-mail address. */
    private List<String> students(String suffix, int count) {
        return tx.call(em -> {
            List<String> emails = new java.util.ArrayList<>();
            for (int i = 1; i <= count; i++) {
                UserAccount account = new UserAccount("phone" + i + "-" + suffix + "@example.org", "Caller " + i, NOW);
                account.grant(Role.STUDENT);
                em.persist(account);
                em.persist(new Student(account, Relation.OTHER));
                emails.add(account.getEmail());
            }
            return emails;
        });
    }

    @Test
    void administratorsEnrolWithdrawAndMovePeopleAndNewPlacesGoToTheWaitingList() {
        String suffix = suffix();
        long[] ids = catalogueAndTerm(suffix, 2);
        LocalDate today = LocalDate.now();
        long openTerm = places.saveTerm(ADMIN, null, "Open term " + suffix, today.plusWeeks(2), today.plusWeeks(14),
                today.minusDays(7), today.minusDays(1), today.plusWeeks(4));
        long[] open = {ids[0], openTerm, ids[2]};
        long first = run(open, today.plusWeeks(2), Recurrence.WEEKLY, 1);
        long second = run(open, today.plusWeeks(3).plusDays(1), Recurrence.WEEKLY, 5);
        planning.publish(ADMIN, first);
        planning.publish(ADMIN, second);
        List<String> callers = students(suffix, 3);

        EnrolmentOutcome a = enrolmentAdmin.enrolOnBehalf(ADMIN, callers.get(0), first);
        EnrolmentOutcome b = enrolmentAdmin.enrolOnBehalf(ADMIN, callers.get(1), first);
        assertEquals(EnrolmentStatus.CONFIRMED, a.status());
        assertEquals(EnrolmentStatus.WAITLISTED, b.status());
        assertEquals(1, b.waitingListPosition());
        assertEquals("enrolment.refused.alreadyEnrolled", assertThrows(EnrolmentRefused.class,
                () -> enrolmentAdmin.enrolOnBehalf(ADMIN, callers.get(1), first)).messageKey());

        planning.changeCapacity(ADMIN, first, 2);
        assertEquals(List.of(callers.get(0), callers.get(1)),
                enrolmentLists.confirmed(first).stream().map(p -> p.email()).toList(), "the new place went to the waiting list");

        EnrolmentOutcome c = enrolmentAdmin.enrolOnBehalf(ADMIN, callers.get(2), first);
        assertEquals(EnrolmentStatus.WAITLISTED, c.status());
        enrolmentAdmin.withdraw(ADMIN, a.enrolmentId());
        assertEquals(List.of(callers.get(1), callers.get(2)),
                enrolmentLists.confirmed(first).stream().map(p -> p.email()).toList(), "the freed place went to the next person");

        EnrolmentOutcome moved = enrolmentAdmin.move(ADMIN, b.enrolmentId(), second);
        assertEquals(EnrolmentStatus.CONFIRMED, moved.status());
        assertEquals(List.of(callers.get(1)), enrolmentLists.confirmed(second).stream().map(p -> p.email()).toList());
        assertEquals(List.of(callers.get(2)), enrolmentLists.confirmed(first).stream().map(p -> p.email()).toList());
        assertEquals(1, planning.getRun(first).getConfirmedCount());

        long otherCourse = catalogueAndTerm(suffix + "b", 2)[0];
        long elsewhere = run(new long[] {otherCourse, openTerm, ids[2]}, today.plusWeeks(5), Recurrence.WEEKLY, 5);
        assertEquals("enrolment.admin.moveSameCourse", assertThrows(EnrolmentRefused.class,
                () -> enrolmentAdmin.move(ADMIN, c.enrolmentId(), elsewhere)).messageKey());
        assertEquals(List.of(callers.get(2)), enrolmentLists.confirmed(first).stream().map(p -> p.email()).toList(),
                "a refused move keeps the place");
    }

    @Test
    void movingSomeoneToAFullRunKeepsTheirPlaceUntilTheOtherRunConfirmsThem() {
        String suffix = suffix();
        long[] ids = catalogueAndTerm(suffix, 2);
        LocalDate today = LocalDate.now();
        long openTerm = places.saveTerm(ADMIN, null, "Open term " + suffix, today.plusWeeks(2), today.plusWeeks(14),
                today.minusDays(7), today.minusDays(1), today.plusWeeks(4));
        long otherVenue = places.saveVenue(ADMIN, null, "Other venue " + suffix, "2 High Street", "AB1 2CE", false, null,
                EnumSet.of(AccessFeature.STEP_FREE_ACCESS));
        // the two runs meet at the same hours: the place kept during the move must not count as a clash
        long current = run(new long[] {ids[0], openTerm, ids[2]}, today.plusWeeks(2), Recurrence.WEEKLY, 1);
        long full = run(new long[] {ids[0], openTerm, otherVenue}, today.plusWeeks(2), Recurrence.WEEKLY, 1);
        planning.publish(ADMIN, current);
        planning.publish(ADMIN, full);
        List<String> people = students(suffix, 3);
        EnrolmentOutcome mover = enrolmentAdmin.enrolOnBehalf(ADMIN, people.get(0), current);
        EnrolmentOutcome waitingHere = enrolmentAdmin.enrolOnBehalf(ADMIN, people.get(1), current);
        EnrolmentOutcome holder = enrolmentAdmin.enrolOnBehalf(ADMIN, people.get(2), full);
        assertEquals(EnrolmentStatus.WAITLISTED, waitingHere.status());

        EnrolmentOutcome moved = enrolmentAdmin.move(ADMIN, mover.enrolmentId(), full);
        assertEquals(EnrolmentStatus.WAITLISTED, moved.status());
        assertEquals(1, moved.waitingListPosition());
        assertEquals(List.of(people.get(0)), enrolmentLists.confirmed(current).stream().map(p -> p.email()).toList(),
                "the mover keeps their confirmed place while they wait");
        assertEquals(List.of(people.get(1)), enrolmentLists.waiting(current).stream().map(p -> p.email()).toList());
        String keptNote = enrolmentLists.confirmed(current).get(0).moveRun();
        assertTrue(keptNote != null && keptNote.contains("Other venue " + suffix), "the kept place names the run waited for");
        String waitingNote = enrolmentLists.waiting(full).get(0).moveRun();
        assertTrue(waitingNote != null && waitingNote.contains("Venue " + suffix), "the waiting entry names the place kept");
        assertTrue(mailsTo(List.of(people.get(0))).stream().anyMatch(m -> m.getSubject().contains("keep your current place")),
                "the mover is told they keep their place");
        List<MyEnrolment> mine = myCourses.enrolmentsOf(people.get(0));
        assertEquals(2, mine.size());
        assertTrue(mine.stream().allMatch(e -> e.moveRun() != null), "My courses explains both sides of the move: " + mine);
        assertEquals("enrolment.admin.alreadyMoving", assertThrows(EnrolmentRefused.class,
                () -> enrolmentAdmin.move(ADMIN, mover.enrolmentId(), full)).messageKey());

        enrolmentAdmin.withdraw(ADMIN, holder.enrolmentId());
        assertEquals(List.of(people.get(0)), enrolmentLists.confirmed(full).stream().map(p -> p.email()).toList(),
                "the freed place on the full run went to the mover");
        assertEquals(List.of(people.get(1)), enrolmentLists.confirmed(current).stream().map(p -> p.email()).toList(),
                "the released place went to the next person waiting there");
        assertTrue(enrolmentLists.waiting(current).isEmpty());
        assertEquals(1, planning.getRun(current).getConfirmedCount());
        assertEquals(1, planning.getRun(full).getConfirmedCount());
        assertTrue(enrolmentLists.confirmed(full).get(0).moveRun() == null, "the move is complete");
        assertEquals(EnrolmentStatus.WITHDRAWN, tx.call(em -> em.find(Enrolment.class, mover.enrolmentId()).getStatus()));
        assertTrue(mailsTo(List.of(people.get(0))).stream().anyMatch(m -> m.getSubject().contains("is complete")),
                "the mover is told the old place was given up");
        assertFalse(auditSearch.page(new PageRequest(0, 5, null, false, Map.of("entityType", "Enrolment",
                "entityId", String.valueOf(mover.enrolmentId())))).isEmpty(), "the release is audited");
    }

    private static List<CSVRecord> csv(ExportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.csv(table.headings(), table.rows(), out);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
    }

    private static byte[] excel(ExportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.excel("export", table.headings(), table.rows(), out);
        return out.toByteArray();
    }

    @Test
    // a benchmark of PostgreSQL's query plans (production's database), generated with PostgreSQL's set-based SQL
    // (generate_series, INSERT ... RETURNING, ANALYZE); its queries run on H2 in the other tests of this class
    @DisabledIfSystemProperty(named = "recoverycollege.it.db", matches = "h2",
            disabledReason = "measures PostgreSQL with PostgreSQL-only SQL")
    void theMainTablesStayFastWithTenThousandStudentsAndFiftyThousandEnrolments() {
        String suffix = suffix();
        long termId = LargeCollege.generate(tx, suffix);

        StringBuilder report = new StringBuilder("Administration tables with 10,000 more students and 50,000 more enrolments:\n");
        report.append(time("runs of the term, page 1 of 20 rows", () -> {
            PageRequest request = new PageRequest(0, 20, null, true, Map.of("termId", String.valueOf(termId)));
            assertEquals(200, runSearch.count(request));
            assertEquals(20, runSearch.page(request).size());
        }));
        report.append(time("all runs sorted by confirmed places, page 3", () ->
                assertEquals(20, runSearch.page(new PageRequest(40, 20, "confirmed", false, Map.of())).size())));
        report.append(time("student search, page 1 by name", () -> {
            PageRequest request = new PageRequest(0, 25, "name", true, Map.of());
            assertTrue(studentSearch.count(request) >= 10_000);
            assertEquals(25, studentSearch.page(request).size());
        }));
        report.append(time("student search by part of an e-mail address", () -> assertEquals(12, // 100, 1000-1009, 10000
                studentSearch.count(new PageRequest(0, 25, null, true, Map.of("email", "bench-" + suffix + "-100"))))));
        report.append(time("student search, last page", () -> assertFalse(
                studentSearch.page(new PageRequest(9_975, 25, "email", false, Map.of())).isEmpty())));
        long firstRun = runSearch.page(new PageRequest(0, 1, null, true, Map.of("termId", String.valueOf(termId)))).get(0).id();
        report.append(time("a run's confirmed list", () -> assertEquals(50, enrolmentLists.confirmed(firstRun).size())));
        report.append(time("the term's figures (200 runs)", () -> assertEquals(200, termReport.facts(termId).size())));
        report.append(time("audit log, count and page 1", () -> {
            PageRequest request = new PageRequest(0, 25, null, false, Map.of());
            assertEquals(Math.min(25, auditSearch.count(request)), auditSearch.page(request).size());
        }));
        System.out.println(report);
        LargeCollege.writeReport(report.toString());
    }

    /** Runs the work twice (the first warms caches and the JIT) and reports the second run's time. */
    private static String time(String what, Runnable work) {
        work.run();
        long start = System.nanoTime();
        work.run();
        return String.format("  %-55s %6.1f ms%n", what, (System.nanoTime() - start) / 1e6);
    }
}
