package org.recoverycollege.planning.control;

import org.recoverycollege.platform.control.Caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recoverycollege.platform.entity.AuditEntry;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.catalogue.entity.Category;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.DeliveryMode;
import org.recoverycollege.enrolment.control.EnrolmentRefused;
import org.recoverycollege.enrolment.control.EnrolmentService;
import org.recoverycollege.enrolment.control.MyCoursesService;
import org.recoverycollege.enrolment.control.MyEnrolment;
import org.recoverycollege.enrolment.control.PlaceOffers;
import org.recoverycollege.enrolment.control.ReminderJob;
import org.recoverycollege.enrolment.control.Retention;
import org.recoverycollege.enrolment.control.ToPhoneList;
import org.recoverycollege.evaluation.control.FeedbackRefused;
import org.recoverycollege.evaluation.control.WellbeingScores;
import org.recoverycollege.evaluation.entity.WellbeingScale;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.enrolment.entity.Relation;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.involvement.entity.PaymentKind;
import org.recoverycollege.involvement.entity.PaymentLine;
import org.recoverycollege.notification.entity.OutboxMail;
import org.recoverycollege.pairing.control.PairingAssignments;
import org.recoverycollege.pairing.control.PairingEngine;
import org.recoverycollege.pairing.control.PairingProblems;
import org.recoverycollege.pairing.domain.PairingSolution;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.RunStatus;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Refusal;
import org.recoverycollege.platform.control.Setting;
import org.recoverycollege.register.entity.Attendance;
import org.recoverycollege.register.control.FollowUps;
import org.recoverycollege.register.control.RegisterService;
import org.recoverycollege.register.entity.AttendanceMark;
import org.recoverycollege.register.entity.FollowUp;
import org.recoverycollege.register.entity.FollowUpOutcome;
import org.recoverycollege.reporting.control.ExportTable;
import org.recoverycollege.reporting.control.Exports;
import org.recoverycollege.reporting.control.Figures;
import org.recoverycollege.reporting.control.Share;
import org.recoverycollege.reporting.control.TableFiles;
import org.recoverycollege.reporting.control.TermReport;
import org.recoverycollege.testing.Deployments;
import org.recoverycollege.testing.clock.MovableClock;
import org.recoverycollege.testing.incontainer.Transactions;
import org.recoverycollege.tutoring.ActingCaller;
import org.recoverycollege.tutoring.TutorWorld;
import org.recoverycollege.tutoring.control.MyAssignments;
import org.recoverycollege.tutoring.entity.Arrangement;
import org.recoverycollege.tutoring.entity.Assignment;
import org.recoverycollege.tutoring.entity.AssignmentStatus;
import org.recoverycollege.tutoring.entity.Expertise;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * A term lived by the clock, inside Payara Micro, through the services and JPA only (so it runs on
 * PostgreSQL and on H2 alike): the application's clock is moved from enrolment to the week after the last
 * register could be edited, and the lifecycle sweep alone starts runs, closes their enrolment (telling the
 * people still waiting and offering the course's next run), and completes them with their completions
 * settled, which the term's figures show. A run cancelled on the way tells its student and tutor.
 */
@ExtendWith(ArquillianExtension.class)
class RunLifecycleIT {

    private static final LocalDate TERM_STARTS = LocalDate.of(2031, 3, 1);
    /** A Monday: run A meets on 3, 10 and 17 March 2031 at 10:00. */
    private static final LocalDate A_FIRST = LocalDate.of(2031, 3, 3);
    private static final LocalTime TEN = LocalTime.of(10, 0);

    @Deployment
    static WebArchive application() {
        // ActingCaller: tutors accept their offers and keep registers as if signed in
        return Deployments.application().addClasses(MovableClock.class, ActingCaller.class, TutorWorld.class)
                .addPackages(true, "org.assertj.core");
    }

    @Inject
    private Transactions tx;

    @Inject
    private MovableClock time;

    @Inject
    private RunLifecycle lifecycle;

    @Inject
    private RunLifecycleSteps steps;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private RunPlanning planning;

    @Inject
    private ProspectusService prospectus;

    @Inject
    private CoursePages coursePages;

    @Inject
    private TermReport report;

    @Inject
    private MyCoursesService myCourses;

    @Inject
    private FollowUps followUps;

    @Inject
    private ReminderJob reminderJob;

    @Inject
    private ToPhoneList toPhone;

    @Inject
    private WellbeingScores wellbeing;

    @Inject
    private Retention retention;

    @Inject
    private PairingProblems pairingProblems;

    @Inject
    private PairingEngine pairingEngine;

    @Inject
    private PairingAssignments pairingAssignments;

    @Inject
    private MyAssignments myAssignments;

    @Inject
    private RegisterService registers;

    @Inject
    private Exports exports;

    @Inject
    private CollegeSettings settings;

    @Inject
    private PlaceOffers offers;

    @AfterEach
    void realTimeAgain() {
        time.reset();
    }

    /** tutorC: the peer (Expert by Experience, a paid co-producer); professional: employed staff. */
    record World(String tag, long termId, String courseSlug, long runA, long runB, long runC, long tutorC,
            long professional, long ann, long bea, long cal, long dev, long eve) {
    }

    @Test
    void aTermLivedByTheClock() {
        time.set(LocalDateTime.of(2031, 2, 1, 9, 0));
        World w = tx.call(RunLifecycleIT::build);
        String peer = "Tutor " + w.tag();
        String professional = "Professional " + w.tag();

        // pairing: the solver fills every place of the term (run C's peer place stays as offered by hand), the
        // office publishes the pairs, and the tutors accept their offers
        pairTheTerm(w);
        tx.run(em -> {
            for (long run : List.of(w.runA(), w.runB(), w.runC())) {
                assertThat(em.createNamedQuery(Assignment.FIND_LIVE_BY_RUN, Assignment.class)
                        .setParameter("run", em.find(CourseRun.class, run)).getResultList())
                        .extracting(a -> a.getTutor().getFullName(), Assignment::getExpertise, Assignment::getStatus)
                        .containsExactlyInAnyOrder(tuple(peer, Expertise.LIVED_EXPERIENCE, AssignmentStatus.OFFERED),
                                tuple(professional, Expertise.PROFESSIONAL, AssignmentStatus.OFFERED));
            }
        });
        assertThat(mailsTo(professionalEmail(w.tag()))).extracting(OutboxMail::getSubject)
                .containsExactly("You are offered Wellbeing " + w.tag(), "You are offered Wellbeing " + w.tag(),
                        "You are offered Wellbeing " + w.tag());
        for (String email : List.of(tutorEmail(w.tag()), professionalEmail(w.tag()))) {
            List<Long> offers = tx.call(em -> em.createQuery("SELECT a.id FROM Assignment a WHERE a.tutor.email = :email"
                    + " AND a.status = :offered ORDER BY a.id", Long.class).setParameter("email", email)
                    .setParameter("offered", AssignmentStatus.OFFERED).getResultList());
            assertThat(offers).hasSize(3);
            ActingCaller.as(email, () -> offers.forEach(myAssignments::accept));
        }

        // enrolment: run A has two places; two more people wait
        assertThat(enrolments.enrol(w.ann(), w.runA()).isConfirmed()).isTrue();
        assertThat(enrolments.enrol(w.eve(), w.runA()).isConfirmed()).isTrue();
        assertThat(enrolments.enrol(w.bea(), w.runA()).isConfirmed()).isFalse();
        assertThat(enrolments.enrol(w.cal(), w.runC()).isConfirmed()).isTrue();
        lifecycle.sweep();
        assertThat(status(w.runA())).isEqualTo(RunStatus.PUBLISHED);
        assertThat(prospectusRunIds()).contains(w.runA(), w.runB(), w.runC());

        // the first session starts: the sweep starts the run, once, whoever sweeps
        time.set(A_FIRST.atTime(TEN));
        lifecycle.sweep();
        assertThat(status(w.runA())).isEqualTo(RunStatus.RUNNING);
        assertThat(steps.advance(w.runA(), A_FIRST.atTime(TEN))).isZero();
        bothTutorsDelivered(w, w.runA(), 1);
        assertThat(audit(w.runA(), "status")).extracting(AuditEntry::getActor, AuditEntry::getNewValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Caller.SYSTEM, "RUNNING"));
        assertThat(status(w.runC())).isEqualTo(RunStatus.PUBLISHED);
        // until the second session people may still join (here: the waiting list)
        assertThat(prospectusRunIds()).contains(w.runA());
        assertThat(enrolments.enrol(w.dev(), w.runA()).isConfirmed()).isFalse();

        // run C is cancelled after its first session: its student and tutor are told, the tutor released
        time.set(LocalDateTime.of(2031, 3, 5, 13, 0));
        lifecycle.sweep();
        assertThat(status(w.runC())).isEqualTo(RunStatus.RUNNING);
        bothTutorsDelivered(w, w.runC(), 1);
        planning.cancelRun("office-" + w.tag() + "@example.org", w.runC(), "The tutor is unwell");
        tx.run(em -> {
            CourseRun c = em.find(CourseRun.class, w.runC());
            assertThat(c.getStatus()).isEqualTo(RunStatus.CANCELLED);
            assertThat(c.getSessions()).extracting(CourseSession::isCancelled).containsExactly(false, true, true);
            assertThat(enrolmentOf(em, w.cal(), w.runC()).getStatus()).isEqualTo(EnrolmentStatus.WITHDRAWN);
            assertThat(em.createNamedQuery(Assignment.FIND_BY_RUN, Assignment.class).setParameter("run", c)
                    .getResultList()).extracting(Assignment::getExpertise, Assignment::getStatus)
                    .containsExactlyInAnyOrder(tuple(Expertise.LIVED_EXPERIENCE, AssignmentStatus.WITHDRAWN),
                            tuple(Expertise.PROFESSIONAL, AssignmentStatus.WITHDRAWN));
        });
        assertThat(mailsTo(studentEmail(w.tag(), "cal"))).anySatisfy(m -> {
            assertThat(m.getSubject()).contains("Wellbeing " + w.tag()).contains("cancelled");
            assertThat(m.getBody()).contains("The tutor is unwell");
        });
        for (String tutor : List.of(tutorEmail(w.tag()), professionalEmail(w.tag()))) {
            assertThat(mailsTo(tutor)).anySatisfy(m -> assertThat(m.getBody()).contains("The tutor is unwell"));
        }
        assertThat(audit(w.runC(), "cancelReason")).extracting(AuditEntry::getNewValue).containsExactly("The tutor is unwell");
        assertThat(prospectusRunIds()).doesNotContain(w.runC());
        assertThatThrownBy(() -> planning.cancelRun("office@example.org", w.runC(), "again"))
                .isInstanceOf(Refusal.class);

        // the second session starts: enrolment closes, the people waiting are told and offered run B
        time.set(A_FIRST.plusWeeks(1).atTime(TEN));
        lifecycle.sweep();
        bothTutorsDelivered(w, w.runA(), 2);
        tx.run(em -> {
            assertThat(enrolmentOf(em, w.bea(), w.runA()).getStatus()).isEqualTo(EnrolmentStatus.WITHDRAWN);
            assertThat(enrolmentOf(em, w.dev(), w.runA()).getStatus()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        });
        assertThat(mailsTo(studentEmail(w.tag(), "bea"))).anySatisfy(m -> {
            assertThat(m.getSubject()).contains("has started");
            assertThat(m.getBody()).contains("/my/enrol?run=" + w.runB());
        });
        assertThatThrownBy(() -> enrolments.enrol(w.cal(), w.runA())).isInstanceOf(EnrolmentRefused.class)
                .extracting(e -> ((EnrolmentRefused) e).messageKey()).isEqualTo("enrolment.refused.closed");
        assertThat(prospectusRunIds()).doesNotContain(w.runA()).contains(w.runB());
        assertThat(coursePages.findBySlug(w.courseSlug()).orElseThrow().runs())
                .extracting(RunDetails::runId).containsExactly(w.runB());

        // registers: Ann comes every week, Eve once
        tx.run(em -> {
            CourseRun a = em.find(CourseRun.class, w.runA());
            Enrolment ann = enrolmentOf(em, w.ann(), w.runA());
            Enrolment eve = enrolmentOf(em, w.eve(), w.runA());
            OffsetDateTime now = OffsetDateTime.now();
            for (CourseSession s : a.getSessions()) {
                em.persist(new Attendance(s, ann, AttendanceMark.PRESENT, "tutor", now));
                em.persist(new Attendance(s, eve, s.getSequenceNo() == 1 ? AttendanceMark.PRESENT
                        : AttendanceMark.ABSENT, "tutor", now));
            }
        });

        // Eve missed two sessions in a row without apology: the office is asked to call her
        tx.run(em -> em.find(CourseRun.class, w.runA()).getSessions().forEach(followUps::consider));
        FollowUps.Row eve = followUps.open().stream().filter(r -> r.runId() == w.runA()).collect(
                java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), rows -> {
                    assertThat(rows).extracting(FollowUps.Row::name).containsExactly("Student eve");
                    return rows.get(0);
                }));
        assertThat(eve.reason()).isEqualTo(FollowUp.Reason.IN_A_ROW);
        followUps.close(eve.followUpId(), FollowUpOutcome.NO_ANSWER, "office@example.org");
        assertThat(followUps.open()).noneMatch(r -> r.runId() == w.runA());
        assertThatThrownBy(() -> followUps.close(eve.followUpId(), FollowUpOutcome.CONTACTED, "office@example.org"))
                .isInstanceOf(Refusal.class);

        // the peer tutor keeps the last session's register on its day (17 March): both tutors delivered it
        time.set(LocalDateTime.of(2031, 3, 17, 12, 30));
        bothTutorsDelivered(w, w.runA(), 3);

        // the last session was on 17 March; tutors may edit its register for 7 days
        time.set(LocalDateTime.of(2031, 3, 24, 23, 0));
        lifecycle.sweep();
        assertThat(status(w.runA())).isEqualTo(RunStatus.RUNNING);
        time.set(LocalDateTime.of(2031, 3, 25, 0, 5));
        lifecycle.sweep();
        assertThat(status(w.runA())).isEqualTo(RunStatus.COMPLETED);
        tx.run(em -> {
            assertThat(enrolmentOf(em, w.ann(), w.runA()).getStatus()).isEqualTo(EnrolmentStatus.COMPLETED);
            assertThat(enrolmentOf(em, w.eve(), w.runA()).getStatus()).isEqualTo(EnrolmentStatus.CONFIRMED);
        });
        assertThat(status(w.runB())).isEqualTo(RunStatus.PUBLISHED);
        // everyone who came at least once is invited to give feedback, completed or not
        for (String name : List.of("ann", "eve")) {
            assertThat(mailsTo(studentEmail(w.tag(), name))).filteredOn(m -> m.getSubject().startsWith("How was"))
                    .singleElement().satisfies(m -> assertThat(m.getBody()).contains("/my/feedback?enrolment="));
        }
        assertThat(mailsTo(studentEmail(w.tag(), "bea"))).noneMatch(m -> m.getSubject().startsWith("How was"));

        // the term's figures: runs A and B count (C was cancelled); one of A's two people completed
        Figures figures = Figures.of(report.facts(w.termId()));
        assertThat(figures.runs()).isEqualTo(2);
        assertThat(figures.completion()).isEqualTo(new Share(1, 2));
        assertThat(figures.attendance()).isEqualTo(new Share(4, 6));

        // payment lines: the peer, a paid co-producer, earns the sessional fee for each session delivered (A's
        // three, and C's first, held before it was cancelled; none for C's cancelled sessions); the employed
        // professional earns nothing extra
        BigDecimal fee = settings.money(Setting.SESSIONAL_FEE).setScale(2);
        LocalDate march = LocalDate.of(2031, 3, 1);
        tx.run(em -> assertThat(em.createQuery("SELECT p FROM PaymentLine p WHERE p.session.run.term.id = :term"
                + " ORDER BY p.session.sessionDate", PaymentLine.class).setParameter("term", w.termId()).getResultList())
                .extracting(p -> p.getTutor().getFullName(), p -> p.getSession().getRun().getId(),
                        p -> p.getSession().getSessionDate(), PaymentLine::getKind, PaymentLine::getAmount,
                        PaymentLine::getPaymentMonth)
                .containsExactly(
                        tuple(peer, w.runA(), LocalDate.of(2031, 3, 3), PaymentKind.SESSIONAL_FEE, fee, march),
                        tuple(peer, w.runC(), LocalDate.of(2031, 3, 5), PaymentKind.SESSIONAL_FEE, fee, march),
                        tuple(peer, w.runA(), LocalDate.of(2031, 3, 10), PaymentKind.SESSIONAL_FEE, fee, march),
                        tuple(peer, w.runA(), LocalDate.of(2031, 3, 17), PaymentKind.SESSIONAL_FEE, fee, march)));

        // the administrator's exports of the term
        String office = "office-" + w.tag() + "@example.org";
        Map<Long, CSVRecord> runList = csv(exports.runList(office, w.termId())).stream()
                .collect(java.util.stream.Collectors.toMap(r -> Long.parseLong(r.get("exports.col.run")), r -> r));
        assertThat(runList).containsOnlyKeys(w.runA(), w.runB(), w.runC());
        CSVRecord rowA = runList.get(w.runA());
        assertThat(rowA.get("exports.col.course")).isEqualTo("Wellbeing " + w.tag());
        assertThat(rowA.get("exports.col.venue")).isEqualTo("Hall " + w.tag());
        assertThat(rowA.get("exports.col.firstDate")).isEqualTo("2031-03-03");
        assertThat(rowA.get("exports.col.sessions")).isEqualTo("3");
        assertThat(rowA.get("exports.col.capacity")).isEqualTo("2");
        assertThat(rowA.get("exports.col.confirmed")).isEqualTo("2");
        assertThat(rowA.get("exports.col.status")).isEqualTo("COMPLETED");
        // the cancelled run is listed as cancelled, with only the session it held
        CSVRecord rowC = runList.get(w.runC());
        assertThat(rowC.get("exports.col.status")).isEqualTo("CANCELLED");
        assertThat(rowC.get("exports.col.sessions")).isEqualTo("1");
        assertThat(runList.get(w.runB()).get("exports.col.status")).isEqualTo("PUBLISHED");
        // run A's register: Ann came to all three sessions (she completed), Eve to one
        List<CSVRecord> register = csv(exports.register(office, w.runA()));
        assertThat(register).extracting(r -> r.get("exports.col.name"), r -> r.get("2031-03-03"),
                r -> r.get("2031-03-10"), r -> r.get("2031-03-17"), r -> r.get("exports.col.attended"))
                .containsExactlyInAnyOrder(tuple("Student ann", "PRESENT", "PRESENT", "PRESENT", "3"),
                        tuple("Student eve", "PRESENT", "ABSENT", "ABSENT", "1"));
        // March's payment lines for finance: the peer's four fees, nothing for the professional
        List<CSVRecord> payments = csv(exports.payments(office, YearMonth.of(2031, 3))).stream()
                .filter(r -> r.get("exports.col.course").equals("Wellbeing " + w.tag())).toList();
        assertThat(payments).extracting(r -> r.get("exports.col.tutor"), r -> r.get("exports.col.email"),
                r -> r.get("exports.col.sessionDate"), r -> r.get("exports.col.amount"))
                .containsExactly(tuple(peer, tutorEmail(w.tag()), "2031-03-03", fee.toPlainString()),
                        tuple(peer, tutorEmail(w.tag()), "2031-03-05", fee.toPlainString()),
                        tuple(peer, tutorEmail(w.tag()), "2031-03-10", fee.toPlainString()),
                        tuple(peer, tutorEmail(w.tag()), "2031-03-17", fee.toPlainString()));
    }

    /**
     * The pairing as the administrator's "Solve" runs it (without the background job): the term's problem,
     * solved, stored as proposals; then "Publish" offers them to the tutors.
     */
    private void pairTheTerm(World w) {
        String office = "office-" + w.tag() + "@example.org";
        Term term = tx.call(em -> em.find(Term.class, w.termId()));
        PairingProblems.Loaded loaded = pairingProblems.load(term);
        PairingSolution best = pairingEngine.solver(10).solve(loaded.solution());
        assertThat(best.getScore().hardScore()).isZero();
        assertThat(best.getScore().mediumScore()).as("no place left unfilled").isZero();
        // A's and B's two places each, and C's professional place
        assertThat(pairingAssignments.storeSolution(loaded, best, office)).isEqualTo(5);
        assertThat(pairingAssignments.publish(term, office)).isEqualTo(5);
    }

    /** The peer tutor keeps the register of the run's session on its day: both tutors were there. */
    private void bothTutorsDelivered(World w, long runId, int sequenceNo) {
        long sessionId = tx.call(em -> em.find(CourseRun.class, runId).getSessions().stream()
                .filter(s -> s.getSequenceNo() == sequenceNo).findFirst().orElseThrow().getId());
        ActingCaller.as(tutorEmail(w.tag()),
                () -> registers.record(sessionId, Map.of(), Set.of(w.tutorC(), w.professional())));
    }

    private static List<CSVRecord> csv(ExportTable table) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TableFiles.csv(table.headings(), table.rows(), out);
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theDemoCollegeHasAPastTermWithBelievableFiguresAndTheDemoStudentsAttendance() {
        // the deployment loads the demo college (app.demo-data=true): its past term has completed runs
        Term pastTerm = tx.call(em -> em.createQuery("SELECT r.term FROM CourseRun r WHERE r.status = :done"
                + " ORDER BY r.term.startsOn, r.id", Term.class).setParameter("done", RunStatus.COMPLETED)
                .setMaxResults(1).getSingleResult());
        Figures figures = Figures.of(report.facts(pastTerm.getId()));
        assertThat(figures.runs()).isGreaterThanOrEqualTo(18);
        assertThat(figures.completion().part()).isPositive();
        assertThat(figures.completion().percent()).isBetween(30, 100);
        assertThat(figures.attendance().percent()).isBetween(50, 100);
        assertThat(figures.goodRatings().whole()).isPositive();
        assertThat(figures.meanWellbeingChange()).isNotNull();
        assertThat(figures.sessionsBothPresent().part()).isPositive();
        long paymentLines = tx.call(em -> em.createQuery("SELECT COUNT(p) FROM PaymentLine p", Long.class)
                .getSingleResult());
        assertThat(paymentLines).isPositive();

        List<MyEnrolment> sams = myCourses.enrolmentsOf("student@example.org");
        MyEnrolment past = sams.stream().filter(e -> e.termName().equals(pastTerm.getName())).findFirst().orElseThrow();
        assertThat(past.status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(past.sessions()).hasSize(5);
        assertThat(past.sessions()).filteredOn(s -> "PRESENT".equals(s.attendance())).hasSize(4);
    }

    @Test
    void remindersBeforeEverySessionOnceAPhoneCallInsteadOfMailAndAWithdrawalFreesAPlace() {
        time.set(LocalDateTime.of(2031, 2, 1, 9, 0));
        World w = tx.call(RunLifecycleIT::build);
        // Fay asked to be phoned, not e-mailed
        long fay = tx.call(em -> {
            long id = student(em, w.tag(), "fay");
            em.find(Student.class, id).changeContactPreferences(false, true, "0113 496 0000");
            return id;
        });
        String link = "https://meet.example.org/" + w.tag();
        long online = tx.call(em -> {
            Venue venue = new Venue("Online " + w.tag(), null, null, true, null);
            em.persist(venue);
            CourseRun run = new CourseRun(em.find(CourseRun.class, w.runB()).getCourse(),
                    em.find(Term.class, w.termId()), venue, 12);
            run.changeOnlineLink(link);
            run.scheduleWeekly(LocalDate.of(2031, 4, 8), TEN, TEN.plusHours(2));
            run.publish();
            em.persist(run);
            em.flush();
            return run.getId();
        });
        assertThat(enrolments.enrol(w.ann(), online).isConfirmed()).isTrue();
        assertThat(enrolments.enrol(fay, online).isConfirmed()).isTrue();
        assertThat(mailsTo(studentEmail(w.tag(), "fay"))).isEmpty();
        assertThat(toPhoneFor(w.tag(), "fay")).extracting(ToPhoneList.Row::topic).containsExactly("enrolmentConfirmed");
        // with the place confirmed, Ann is asked for her wellbeing score at the start, once
        String ann = studentEmail(w.tag(), "ann");
        long annOnline = wellbeing.waitingForBefore(ann).stream().filter(o -> o.courseTitle().contains(w.tag()))
                .findFirst().orElseThrow().enrolmentId();
        assertThatThrownBy(() -> wellbeing.recordBefore(annOnline, ann, WellbeingScale.SWEMWBS, 40))
                .isInstanceOf(FeedbackRefused.class);
        wellbeing.recordBefore(annOnline, ann, WellbeingScale.SWEMWBS, 21);
        assertThat(wellbeing.waitingForBefore(ann)).noneMatch(o -> o.enrolmentId() == annOnline);
        assertThatThrownBy(() -> wellbeing.recordBefore(annOnline, ann, WellbeingScale.SWEMWBS, 22))
                .isInstanceOf(FeedbackRefused.class);
        int scoreAtStart = tx.call(em -> wellbeing.before(em.find(Enrolment.class, annOnline)).orElseThrow().getScore());
        assertThat(scoreAtStart).isEqualTo(21);

        // run A is full (Ann, Eve), Bea waits; Eve misses the first session, and tells the office she withdrew
        time.set(LocalDateTime.of(2031, 2, 2, 9, 0));
        assertThat(enrolments.enrol(w.ann(), w.runA()).isConfirmed()).isTrue();
        assertThat(enrolments.enrol(w.eve(), w.runA()).isConfirmed()).isTrue();
        assertThat(enrolments.enrol(w.bea(), w.runA()).isConfirmed()).isFalse();
        time.set(A_FIRST.atTime(13, 0));
        tx.run(em -> {
            CourseSession first = em.find(CourseRun.class, w.runA()).getSessions().get(0);
            OffsetDateTime now = OffsetDateTime.now();
            em.persist(new Attendance(first, enrolmentOf(em, w.ann(), w.runA()), AttendanceMark.PRESENT, "tutor", now));
            em.persist(new Attendance(first, enrolmentOf(em, w.eve(), w.runA()), AttendanceMark.ABSENT, "tutor", now));
            em.flush();
            followUps.consider(first);
        });
        FollowUps.Row eve = followUps.open().stream().filter(r -> r.runId() == w.runA()).findFirst().orElseThrow();
        assertThat(eve.name()).isEqualTo("Student eve");
        assertThat(eve.reason()).isEqualTo(FollowUp.Reason.FIRST_SESSION);
        followUps.close(eve.followUpId(), FollowUpOutcome.WITHDREW, "office@example.org");
        tx.run(em -> {
            assertThat(enrolmentOf(em, w.eve(), w.runA()).getStatus()).isEqualTo(EnrolmentStatus.WITHDRAWN);
            assertThat(enrolmentOf(em, w.bea(), w.runA()).getStatus()).isEqualTo(EnrolmentStatus.CONFIRMED);
        });
        assertThat(mailsTo(studentEmail(w.tag(), "bea"))).anyMatch(m -> m.getSubject().contains("place"));

        // two days before the first session (8 April): each reminder once, however often the job runs
        time.set(LocalDateTime.of(2031, 4, 6, 9, 0));
        reminderJob.sendDueReminders();
        reminderJob.sendDueReminders();
        assertThat(mailsTo(studentEmail(w.tag(), "ann"))).filteredOn(m -> m.getSubject().startsWith("Reminder"))
                .singleElement().satisfies(m -> {
                    assertThat(m.getSubject()).contains("session 1");
                    assertThat(m.getBody()).contains(link);
                });
        // two days before the second session: its reminder too, once
        time.set(LocalDateTime.of(2031, 4, 13, 9, 0));
        reminderJob.sendDueReminders();
        reminderJob.sendDueReminders();
        assertThat(mailsTo(studentEmail(w.tag(), "ann"))).filteredOn(m -> m.getSubject().startsWith("Reminder"))
                .extracting(OutboxMail::getSubject).hasSize(2).anyMatch(subject -> subject.contains("session 2"));
        // Fay is never e-mailed; the office's list tells them to phone her about each reminder
        assertThat(mailsTo(studentEmail(w.tag(), "fay"))).isEmpty();
        List<ToPhoneList.Row> calls = toPhoneFor(w.tag(), "fay");
        assertThat(calls).extracting(ToPhoneList.Row::topic)
                .containsExactly("enrolmentConfirmed", "sessionReminder", "sessionReminder");
        assertThat(calls).allSatisfy(row -> assertThat(row.phone()).isEqualTo("0113 496 0000"));
        assertThat(calls.get(1).message()).contains(link);
        assertThat(toPhone.markDone(calls.get(0).id(), "office@example.org")).isTrue();
        assertThat(toPhone.markDone(calls.get(0).id(), "office@example.org")).isFalse();
        assertThat(toPhoneFor(w.tag(), "fay")).hasSize(2);

        // Fay never gave her score at the start: she is asked until the last session day, and not after it
        String fayEmail = studentEmail(w.tag(), "fay");
        LocalDate lastSession = tx.call(em -> em.find(CourseRun.class, online).getSessions().stream()
                .map(CourseSession::getSessionDate).max(LocalDate::compareTo).orElseThrow());
        time.set(lastSession.atTime(9, 0));
        assertThat(wellbeing.waitingForBefore(fayEmail)).anyMatch(o -> o.courseTitle().contains(w.tag()));
        time.set(lastSession.plusDays(1).atTime(9, 0));
        assertThat(wellbeing.waitingForBefore(fayEmail)).noneMatch(o -> o.courseTitle().contains(w.tag()));
    }

    @Test
    void waitingListOffersEndWithTheClockAndNeverOutliveTheEnrolment() {
        time.set(LocalDateTime.of(2031, 2, 20, 9, 0));
        World w = tx.call(RunLifecycleIT::build);
        String before = settings.change(Setting.WAITING_LIST_OFFER_HOURS, "48");
        try {
            // run A (2 places, first session Monday 3 March, enrolment closes at the second on 10 March)
            long annPlace = enrolments.enrol(w.ann(), w.runA()).enrolmentId();
            long beaPlace = enrolments.enrol(w.bea(), w.runA()).enrolmentId();
            enrolments.enrol(w.cal(), w.runA());
            enrolments.enrol(w.dev(), w.runA());
            enrolments.enrol(w.eve(), w.runA());

            time.set(LocalDateTime.of(2031, 2, 20, 12, 0));
            enrolments.cancel(annPlace, studentEmail(w.tag(), "ann"));
            assertThat(offerEnd(w.cal(), w.runA())).isEqualTo(LocalDateTime.of(2031, 2, 22, 12, 0));

            time.set(LocalDateTime.of(2031, 2, 22, 11, 59));
            assertThat(offers.expireDue()).as("a minute before the deadline").isZero();
            time.set(LocalDateTime.of(2031, 2, 22, 12, 0));
            assertThat(offers.expireDue()).isEqualTo(1);
            assertThat(statusOn(w.cal(), w.runA())).isEqualTo(EnrolmentStatus.WITHDRAWN);
            assertThat(offerEnd(w.dev(), w.runA())).isEqualTo(LocalDateTime.of(2031, 2, 24, 12, 0));
            time.set(LocalDateTime.of(2031, 2, 23, 18, 30));
            enrolments.answerOffer(tx.call(em -> enrolmentOf(em, w.dev(), w.runA()).getId()), true, studentEmail(w.tag(), "dev"));
            assertThat(statusOn(w.dev(), w.runA())).isEqualTo(EnrolmentStatus.CONFIRMED);

            // a place freed the day before enrolment closes is held only until it closes, and then let go
            time.set(LocalDateTime.of(2031, 3, 9, 9, 0));
            lifecycle.sweep();
            enrolments.withdraw(beaPlace, "office@example.org");
            assertThat(offerEnd(w.eve(), w.runA())).isEqualTo(LocalDateTime.of(2031, 3, 10, 10, 0));
            assertThat(placesHeld(w.runA())).as("dev's, and eve's held").isEqualTo(2);
            time.set(LocalDateTime.of(2031, 3, 10, 10, 0));
            lifecycle.sweep();
            offers.expireDue();
            assertThat(statusOn(w.eve(), w.runA())).isEqualTo(EnrolmentStatus.WITHDRAWN);
            assertThat(placesHeld(w.runA())).as("only dev's").isEqualTo(1);
        } finally {
            settings.change(Setting.WAITING_LIST_OFFER_HOURS, before);
        }
    }

    private EnrolmentStatus statusOn(long studentId, long runId) {
        return tx.call(em -> enrolmentOf(em, studentId, runId).getStatus());
    }

    private int placesHeld(long runId) {
        return tx.call(em -> em.find(CourseRun.class, runId).getConfirmedCount());
    }

    /** When the offer to the student on the run ends, in college time. */
    private LocalDateTime offerEnd(long studentId, long runId) {
        return tx.call(em -> enrolmentOf(em, studentId, runId).getOfferExpiresAt()
                .atZoneSameInstant(java.time.ZoneId.of("Europe/London")).toLocalDateTime());
    }

    @Test
    void personalDataIsErasedAfterTheRetentionPeriodAndOldMailIsShredded() {
        time.set(LocalDateTime.of(2031, 2, 1, 9, 0));
        World w = tx.call(RunLifecycleIT::build);
        String ann = studentEmail(w.tag(), "ann");
        assertThat(enrolments.enrol(w.ann(), w.runB()).isConfirmed()).isTrue();
        assertThat(mailsTo(ann)).isNotEmpty();
        java.time.ZoneId zone = java.time.ZoneId.of("Europe/London");

        // run B's last session is on 21 April 2031: Ann's data goes 24 months later, shown a month ahead
        time.set(LocalDateTime.of(2033, 4, 1, 9, 0));
        assertThat(retention.erasedBy(LocalDate.of(2033, 5, 1), zone)).filteredOn(d -> d.studentId() == w.ann())
                .singleElement().satisfies(d -> {
                    assertThat(d.lastActivity()).isEqualTo(LocalDate.of(2031, 4, 21));
                    assertThat(d.erasedOn()).isEqualTo(LocalDate.of(2033, 4, 21));
                });
        assertThat(retention.erasedBy(LocalDate.of(2033, 4, 1), zone)).noneMatch(d -> d.studentId() == w.ann());
        assertThat(retention.eraseIfDue(w.ann(), LocalDate.of(2033, 4, 1), zone)).isFalse();
        // the office's page shows the same list a page at a time, soonest first, with the total
        List<Retention.Due> due = retention.erasedBy(LocalDate.of(2033, 5, 1), zone);
        Retention.DuePage first = retention.erasedBy(LocalDate.of(2033, 5, 1), zone, 0, 2);
        assertThat(first.total()).isEqualTo(due.size());
        assertThat(first.rows()).containsExactlyElementsOf(due.subList(0, Math.min(2, due.size())));
        assertThat(retention.erasedBy(LocalDate.of(2033, 5, 1), zone, due.size(), 2).rows()).isEmpty();

        time.set(LocalDateTime.of(2033, 4, 22, 9, 0));
        assertThat(retention.eraseIfDue(w.ann(), LocalDate.of(2033, 4, 22), zone)).isTrue();
        assertThat(retention.eraseIfDue(w.ann(), LocalDate.of(2033, 4, 22), zone)).isFalse();
        tx.run(em -> {
            Student student = em.find(Student.class, w.ann());
            assertThat(student.isErased()).isTrue();
            assertThat(student.getAccount().getEmail()).doesNotContain("ann-" + w.tag());
            // the anonymous place stays for the figures
            assertThat(enrolmentOf(em, w.ann(), w.runB())).isNotNull();
            assertThat(em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.newValue LIKE :tag OR a.oldValue LIKE :tag"
                    + " OR a.actor LIKE :tag", Long.class).setParameter("tag", "%ann-" + w.tag() + "%").getSingleResult())
                    .isZero();
        });
        assertThat(mailsTo(ann)).isEmpty();
        assertThat(retention.erasedBy(LocalDate.of(2033, 5, 22), zone)).noneMatch(d -> d.studentId() == w.ann());

        // sent mails lose their text and address after 30 days
        long old = tx.call(em -> {
            OutboxMail mail = new OutboxMail("old-" + w.tag() + "@example.org", "Old", "Old text", null,
                    OffsetDateTime.of(2033, 3, 1, 9, 0, 0, 0, java.time.ZoneOffset.UTC));
            mail.markSent(OffsetDateTime.of(2033, 3, 1, 9, 1, 0, 0, java.time.ZoneOffset.UTC));
            em.persist(mail);
            OutboxMail recent = new OutboxMail("recent-" + w.tag() + "@example.org", "Recent", "Recent text", null,
                    OffsetDateTime.of(2033, 4, 20, 9, 0, 0, 0, java.time.ZoneOffset.UTC));
            recent.markSent(OffsetDateTime.of(2033, 4, 20, 9, 1, 0, 0, java.time.ZoneOffset.UTC));
            em.persist(recent);
            em.flush();
            return mail.getId();
        });
        assertThat(retention.shredOldMail(OffsetDateTime.of(2033, 4, 22, 9, 0, 0, 0, java.time.ZoneOffset.UTC)))
                .isPositive();
        tx.run(em -> {
            OutboxMail shredded = em.find(OutboxMail.class, old);
            assertThat(shredded.getRecipient()).doesNotContain(w.tag());
            assertThat(shredded.getBody()).doesNotContain("Old text");
        });
        assertThat(mailsTo("recent-" + w.tag() + "@example.org")).singleElement()
                .satisfies(m -> assertThat(m.getBody()).isEqualTo("Recent text"));
    }

    private List<ToPhoneList.Row> toPhoneFor(String tag, String name) {
        return toPhone.open(0, 1000).rows().stream().filter(r -> r.name().equals("Student " + name)
                && r.subject().contains(tag)).toList();
    }

    private RunStatus status(long runId) {
        return tx.call(em -> em.find(CourseRun.class, runId).getStatus());
    }

    private List<Long> prospectusRunIds() {
        return prospectus.search(ProspectusFilter.ANY).stream().map(ProspectusEntry::runId).toList();
    }

    private List<AuditEntry> audit(long runId, String field) {
        return tx.call(em -> em.createQuery("SELECT a FROM AuditEntry a WHERE a.entityType = 'CourseRun'"
                + " AND a.entityId = :id AND a.fieldName = :field ORDER BY a.id", AuditEntry.class)
                .setParameter("id", runId).setParameter("field", field).getResultList());
    }

    private List<OutboxMail> mailsTo(String email) {
        return tx.call(em -> em.createQuery("SELECT m FROM OutboxMail m WHERE m.recipient = :to ORDER BY m.id",
                OutboxMail.class).setParameter("to", email).getResultList());
    }

    private static Enrolment enrolmentOf(EntityManager em, long studentId, long runId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.student.id = :s AND e.run.id = :r ORDER BY e.id DESC",
                Enrolment.class).setParameter("s", studentId).setParameter("r", runId).getResultList().get(0);
    }

    private static String studentEmail(String tag, String name) {
        return name + "-" + tag + "@example.org";
    }

    private static World build(EntityManager em) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Category category = new Category("life-" + tag, "Life " + tag, null);
        em.persist(category);
        Course course = new Course("Wellbeing " + tag, "Looking after yourself", category, 3, 120, DeliveryMode.IN_PERSON);
        course.changeSlug("wellbeing-" + tag);
        course.activate();
        em.persist(course);
        Term term = new Term("Spring " + tag, TERM_STARTS, LocalDate.of(2031, 6, 30), LocalDate.of(2031, 1, 1),
                LocalDate.of(2031, 1, 15), LocalDate.of(2031, 5, 31));
        em.persist(term);
        Venue venue = new Venue("Hall " + tag, "1 High Street", "EB1 1AA", false, null);
        em.persist(venue);
        CourseRun a = run(em, course, term, venue, 2, A_FIRST);
        CourseRun b = run(em, course, term, venue, 12, LocalDate.of(2031, 4, 7));
        CourseRun c = run(em, course, term, venue, 12, LocalDate.of(2031, 3, 5));
        Tutor tutor = TutorWorld.tutor(em, "Tutor " + tag, tutorEmail(tag), Expertise.LIVED_EXPERIENCE,
                Arrangement.PAID_CO_PRODUCER, 6, course, TERM_STARTS, false);
        Tutor professional = TutorWorld.tutor(em, "Professional " + tag, professionalEmail(tag), Expertise.PROFESSIONAL,
                Arrangement.EMPLOYED, 6, course, TERM_STARTS, false);
        // run C's peer place was offered by hand before the pairing; runs A and B are left to the pairing
        Assignment assignment = Assignment.propose(c, tutor, OffsetDateTime.now());
        assignment.offer("office@example.org", OffsetDateTime.now());
        em.persist(assignment);
        em.flush();
        return new World(tag, term.getId(), course.getSlug(), a.getId(), b.getId(), c.getId(), tutor.getId(),
                professional.getId(), student(em, tag, "ann"), student(em, tag, "bea"), student(em, tag, "cal"), student(em, tag, "dev"),
                student(em, tag, "eve"));
    }

    private static String tutorEmail(String tag) {
        return "tutor-" + tag + "@example.org";
    }

    private static String professionalEmail(String tag) {
        return "professional-" + tag + "@example.org";
    }

    private static CourseRun run(EntityManager em, Course course, Term term, Venue venue, int capacity, LocalDate first) {
        CourseRun run = new CourseRun(course, term, venue, capacity);
        run.scheduleWeekly(first, TEN, TEN.plusHours(2));
        run.publish();
        em.persist(run);
        return run;
    }

    private static long student(EntityManager em, String tag, String name) {
        UserAccount account = new UserAccount(studentEmail(tag, name), "Student " + name, OffsetDateTime.now());
        account.grant(Role.STUDENT);
        em.persist(account);
        Student student = new Student(account, Relation.OTHER);
        em.persist(student);
        em.flush();
        return student.getId();
    }
}
