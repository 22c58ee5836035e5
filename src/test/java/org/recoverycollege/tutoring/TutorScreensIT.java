package org.recoverycollege.tutoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.enrolment.entity.SupportNeed;
import org.recoverycollege.involvement.control.InvolvementService;
import org.recoverycollege.involvement.control.PermittedEarnings;
import org.recoverycollege.involvement.control.WeeklyEarnings;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Setting;
import org.recoverycollege.reporting.control.ExportTable;
import org.recoverycollege.reporting.control.Exports;
import org.recoverycollege.involvement.entity.PaymentKind;
import org.recoverycollege.involvement.entity.PaymentLine;
import org.recoverycollege.notification.entity.OutboxMail;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.pairing.control.BoardRow;
import org.recoverycollege.pairing.control.PairingBoard;
import org.recoverycollege.pairing.control.PairingProblems;
import org.recoverycollege.pairing.domain.TutorFact;
import org.recoverycollege.platform.control.Refusal;
import org.recoverycollege.register.control.RegisterHistory;
import org.recoverycollege.register.control.RegisterService;
import org.recoverycollege.register.control.RegisterSheet;
import org.recoverycollege.register.entity.AttendanceMark;
import org.recoverycollege.testing.incontainer.Transactions;
import org.recoverycollege.tutoring.control.AssignmentDetails;
import org.recoverycollege.tutoring.control.CoverCandidate;
import org.recoverycollege.tutoring.control.CoverService;
import org.recoverycollege.tutoring.control.MyAssignments;
import org.recoverycollege.tutoring.control.MyAvailability;
import org.recoverycollege.tutoring.control.MyPreferences;
import org.recoverycollege.tutoring.control.ReadinessRecords;
import org.recoverycollege.tutoring.control.ReadinessReminderJob;
import org.recoverycollege.tutoring.control.NotYoursException;
import org.recoverycollege.tutoring.control.SessionCovers;
import org.recoverycollege.tutoring.control.TutorCalendar;
import org.recoverycollege.tutoring.control.TutorSessions;
import org.recoverycollege.tutoring.control.TutoringException;
import org.recoverycollege.tutoring.entity.Assignment;
import org.recoverycollege.tutoring.entity.AssignmentStatus;
import org.recoverycollege.tutoring.entity.CoverRequest;
import org.recoverycollege.tutoring.entity.CoverStatus;
import org.recoverycollege.tutoring.entity.Expertise;
import org.recoverycollege.tutoring.entity.PartnerPreference;
import org.recoverycollege.tutoring.entity.ReadinessItem;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * The tutor screens' services inside Payara Micro on PostgreSQL, called as a signed-in tutor: each flow,
 * and that another tutor reaches none of it by using its ids.
 */
@ExtendWith(ArquillianExtension.class)
class TutorScreensIT {

    @Inject
    private Transactions tx;

    @Inject
    private Clock clock;

    @Inject
    private MyAssignments assignments;

    @Inject
    private MyAvailability availability;

    @Inject
    private CoverService cover;

    @Inject
    private RegisterService registers;

    @Inject
    private RegisterHistory registerHistory;

    @Inject
    private PermittedEarnings permittedEarnings;

    @Inject
    private Exports exports;

    @Inject
    private CollegeSettings settings;

    @Inject
    private SessionCovers sessionCovers;

    @Inject
    private InvolvementService involvement;

    @Inject
    private TutorCalendar calendar;

    @Inject
    private TutorSessions tutorSessions;

    @Inject
    private MyPreferences preferences;

    @Inject
    private ReadinessRecords readiness;

    @Inject
    private ReadinessReminderJob readinessJob;

    @Inject
    private PairingProblems pairingProblems;

    @Inject
    private PairingBoard board;

    private TutorWorld world;
    private String me;
    private LocalDate today;

    @BeforeEach
    void buildWorld() {
        today = LocalDate.now(clock);
        world = tx.call(em -> TutorWorld.build(em, today, OffsetDateTime.now(clock), null, null));
        me = "me-" + world.suffix() + "@example.org";
    }

    @Test
    void aTutorSeesTheirRunsWithPartnerAndNeedsAndAcceptsOrDeclinesOffers() {
        List<AssignmentDetails> mine = ActingCaller.as(me, assignments::list);
        assertThat(mine).extracting(AssignmentDetails::status).containsExactly(AssignmentStatus.OFFERED,
                AssignmentStatus.OFFERED, AssignmentStatus.ACCEPTED, AssignmentStatus.ACCEPTED);
        AssignmentDetails running = mine.stream().filter(a -> a.sessions().size() == 3).findFirst().orElseThrow();
        assertThat(running.partnerName()).isEqualTo("Pro " + world.suffix());
        assertThat(running.studentCount()).isEqualTo(2);
        assertThat(running.needs()).containsEntry(SupportNeed.BSL_INTERPRETER, 1).containsEntry(SupportNeed.OTHER, 1);

        ActingCaller.as(me, () -> assignments.accept(world.offeredAssignment()));
        ActingCaller.as(me, () -> assignments.decline(world.secondOfferedAssignment(), "On leave that month"));

        tx.run(em -> {
            assertThat(em.find(Assignment.class, world.offeredAssignment()).getStatus()).isEqualTo(AssignmentStatus.ACCEPTED);
            Assignment declined = em.find(Assignment.class, world.secondOfferedAssignment());
            assertThat(declined.getStatus()).isEqualTo(AssignmentStatus.DECLINED);
            assertThat(declined.getDeclineReason()).isEqualTo("On leave that month");
            // the run's peer place is free again: the pairing may propose another peer
            em.persist(Assignment.propose(declined.getRun(), em.find(Tutor.class, world.coverPeer()),
                    OffsetDateTime.now(clock)));
        });
        assertThatThrownBy(() -> ActingCaller.as(me, () -> assignments.accept(world.offeredAssignment())))
                .isInstanceOf(TutoringException.class);
    }

    @Test
    void anotherTutorCannotSeeOrAnswerMyOffers() {
        String intruder = world.intruderEmail();
        assertThat(ActingCaller.as(intruder, assignments::list))
                .noneMatch(a -> a.assignmentId() == world.offeredAssignment());
        assertThatThrownBy(() -> ActingCaller.as(intruder, () -> assignments.accept(world.offeredAssignment())))
                .isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> ActingCaller.as(intruder,
                () -> assignments.decline(world.offeredAssignment(), "not mine"))).isInstanceOf(NotYoursException.class);
        tx.run(em -> assertThat(em.find(Assignment.class, world.offeredAssignment()).getStatus())
                .isEqualTo(AssignmentStatus.OFFERED));
    }

    @Test
    void availabilityIsValidatedAndWarnsAboutConfirmedSessions() {
        assertThatThrownBy(() -> ActingCaller.as(me, () -> availability.addSlot(DayOfWeek.MONDAY,
                LocalTime.of(12, 0), LocalTime.of(9, 0), null)))
                .isInstanceOfSatisfying(TutoringException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("availability.endAfterStart"));
        assertThatThrownBy(() -> ActingCaller.as(me, () -> availability.addSlot(DayOfWeek.MONDAY,
                LocalTime.of(19, 0), LocalTime.of(21, 0), null)))
                .isInstanceOfSatisfying(TutoringException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("availability.overlap"));
        assertThatThrownBy(() -> ActingCaller.as(me, () -> availability.addException(today.minusDays(1),
                today.plusDays(1), null)))
                .isInstanceOfSatisfying(TutoringException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("availability.exceptionInPast"));

        LocalDate sessionDay = today.plusDays(14);
        List<MyAvailability.Conflict> conflicts = ActingCaller.as(me,
                () -> availability.addException(sessionDay, sessionDay, "hospital appointment"));
        assertThat(conflicts).containsExactly(new MyAvailability.Conflict(world.courseTitle(), sessionDay,
                LocalTime.of(10, 0)));
        assertThat(ActingCaller.as(me, availability::exceptions)).extracting(MyAvailability.Away::reason)
                .containsExactly("hospital appointment");

        // another tutor cannot remove my slot by its id
        long mySlot = ActingCaller.as(me, availability::slots).get(0).id();
        assertThatThrownBy(() -> ActingCaller.as(world.intruderEmail(), () -> availability.removeSlot(mySlot)))
                .isInstanceOf(NotYoursException.class);
        assertThat(ActingCaller.as(me, availability::slots)).hasSize(7);
    }

    @Test
    void coverIsAskedOfTheBestEligibleTutorWhoAcceptsAndEveryoneIsTold() {
        List<CoverCandidate> candidates = ActingCaller.as(me, () -> cover.candidatesFor(world.sessionInTwoWeeks()));
        assertThat(candidates).extracting(CoverCandidate::tutorId).containsExactly(world.coverPeer());

        assertThatThrownBy(() -> ActingCaller.as(me, () -> cover.askForCover(world.sessionInTwoWeeks(),
                world.untrainedPeer()))).isInstanceOf(TutoringException.class);
        ActingCaller.as(me, () -> cover.askForCover(world.sessionInTwoWeeks(), world.coverPeer()));
        String coverEmail = "cover-" + world.suffix() + "@example.org";
        assertThat(ActingCaller.as(coverEmail, cover::askedOfMe)).hasSize(1);
        long requestId = ActingCaller.as(coverEmail, cover::askedOfMe).get(0).requestId();

        // nobody but the asked tutor can answer, whatever id they send
        assertThatThrownBy(() -> ActingCaller.as(world.intruderEmail(), () -> cover.answer(requestId, true)))
                .isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> ActingCaller.as(world.intruderEmail(),
                () -> cover.candidatesFor(world.sessionInTwoWeeks()))).isInstanceOf(NotYoursException.class);

        ActingCaller.as(coverEmail, () -> cover.answer(requestId, true));
        tx.run(em -> {
            CoverRequest request = em.find(CoverRequest.class, requestId);
            assertThat(request.getStatus()).isEqualTo(CoverStatus.ACCEPTED);
            CourseSession session = em.find(CourseSession.class, world.sessionInTwoWeeks());
            List<Tutor> facilitators = tutorSessions.facilitatorsOf(session);
            assertThat(facilitators).extracting(Tutor::getId)
                    .containsExactlyInAnyOrder(world.professional(), world.coverPeer());
            assertThat(facilitators).extracting(Tutor::getExpertise)
                    .containsExactlyInAnyOrder(Expertise.LIVED_EXPERIENCE, Expertise.PROFESSIONAL);
            List<String> recipients = em.createQuery("SELECT m.recipient FROM OutboxMail m WHERE m.subject LIKE :course",
                    String.class).setParameter("course", "%" + world.courseTitle() + "%").getResultList();
            assertThat(recipients).contains(coverEmail, me, "admin@example.org");
            assertThat(recipients.stream().filter(coverEmail::equals)).hasSize(2);
        });
        assertThat(ActingCaller.as(me, cover::mySessions))
                .anyMatch(s -> s.sessionId() == world.sessionInTwoWeeks() && s.coverStatus() == CoverStatus.ACCEPTED);
    }

    @Test
    void anAdministratorAsksForCoverOnATutorsBehalfWhichTutorsCannot() {
        assertThatThrownBy(() -> ActingCaller.as(world.intruderEmail(),
                () -> cover.candidatesFor(world.sessionInTwoWeeks(), world.me()))).isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> ActingCaller.as(world.intruderEmail(),
                () -> cover.askForCover(world.sessionInTwoWeeks(), world.me(), world.coverPeer())))
                .isInstanceOf(NotYoursException.class);

        ActingCaller.asAdministrator(() -> assertThat(cover.candidatesFor(world.sessionInTwoWeeks(), world.me()))
                .extracting(CoverCandidate::tutorId).containsExactly(world.coverPeer()));
        assertThat(ActingCaller.as(world.intruderEmail(), () -> sessionCovers.find(world.sessionInTwoWeeks()))).isEmpty();
        ActingCaller.asAdministrator(() -> assertThat(sessionCovers.find(world.sessionInTwoWeeks())).hasValueSatisfying(view -> {
            assertThat(view.coming()).isTrue();
            assertThat(view.pair()).extracting(SessionCovers.PairTutor::tutorId)
                    .containsExactlyInAnyOrder(world.me(), world.professional());
            assertThat(view.tutorCoverable(world.me())).isTrue();
        }));
        ActingCaller.asAdministrator(() -> assertThat(sessionCovers.find(world.sessionTenDaysAgo()))
                .hasValueSatisfying(past -> assertThat(past.tutorCoverable(world.me())).as("no cover for the past").isFalse()));
        ActingCaller.asAdministrator(() -> cover.askForCover(world.sessionInTwoWeeks(), world.me(), world.coverPeer()));
        ActingCaller.asAdministrator(() -> assertThat(sessionCovers.find(world.sessionInTwoWeeks()).orElseThrow().pair())
                .filteredOn(t -> t.tutorId() == world.me()).singleElement().satisfies(t -> {
                    assertThat(t.coverStatus()).isEqualTo(CoverStatus.ASKED);
                    assertThat(t.coverTutorName()).isNotBlank();
                    assertThat(t.isCoverable()).as("asked once, not asked again").isFalse();
                }));
        tx.run(em -> assertThat(em.createQuery("SELECT c FROM CoverRequest c WHERE c.session.id = :s",
                CoverRequest.class).setParameter("s", world.sessionInTwoWeeks()).getSingleResult())
                .satisfies(request -> {
                    assertThat(request.getStatus()).isEqualTo(CoverStatus.ASKED);
                    assertThat(request.getRequestedBy()).isEqualTo("admin@example.org");
                    assertThat(request.getAbsentTutor().getId()).isEqualTo(world.me());
                }));
    }

    @Test
    void theRegisterRecordsMarksAndPresenceWithinTheWindowCreatesPaymentAndIsAudited() {
        RegisterSheet sheet = ActingCaller.as(me, () -> registers.sheet(world.sessionYesterday()));
        assertThat(sheet.editable()).isTrue();
        assertThat(sheet.students()).extracting(RegisterSheet.Student::name)
                .anyMatch(name -> name.startsWith(TutorWorld.STUDENT_WITH_NEEDS));
        assertThat(sheet.facilitators()).extracting(RegisterSheet.Facilitator::tutorId)
                .containsExactlyInAnyOrder(world.me(), world.professional());

        Map<Long, AttendanceMark> marks = Map.of(world.enrolmentWithNeedsRunning(), AttendanceMark.PRESENT,
                world.otherEnrolmentRunning(), AttendanceMark.APOLOGIES);
        ActingCaller.as(me, () -> registers.record(world.sessionYesterday(), marks, Set.of(world.me(), world.professional())));
        // saving again changes one mark and creates no second payment line
        ActingCaller.as(me, () -> registers.record(world.sessionYesterday(),
                Map.of(world.otherEnrolmentRunning(), AttendanceMark.ABSENT), Set.of(world.me(), world.professional())));

        RegisterSheet saved = ActingCaller.as(me, () -> registers.sheet(world.sessionYesterday()));
        assertThat(saved.students()).extracting(RegisterSheet.Student::mark)
                .containsExactlyInAnyOrder(AttendanceMark.PRESENT, AttendanceMark.ABSENT);
        tx.run(em -> {
            List<PaymentLine> lines = em.createQuery("SELECT p FROM PaymentLine p WHERE p.session.id = :s",
                    PaymentLine.class).setParameter("s", world.sessionYesterday()).getResultList();
            // the paid co-producer earns the sessional fee; the employed professional nothing
            assertThat(lines).singleElement().satisfies(line -> {
                assertThat(line.getTutor().getId()).isEqualTo(world.me());
                assertThat(line.getKind()).isEqualTo(PaymentKind.SESSIONAL_FEE);
                assertThat(line.getAmount()).isEqualByComparingTo("75.00");
                assertThat(line.getPaymentMonth()).isEqualTo(today.minusDays(1).withDayOfMonth(1));
            });
            Long audited = em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.actor = :me"
                    + " AND a.entityType = 'Attendance' AND a.fieldName = 'mark'", Long.class)
                    .setParameter("me", me).getSingleResult();
            assertThat(audited).isEqualTo(3L);
        });
        List<InvolvementService.Month> months = ActingCaller.as(me, involvement::myMonths);
        assertThat(months).singleElement().satisfies(month -> {
            assertThat(month.total()).isEqualByComparingTo(new BigDecimal("75.00"));
            assertThat(month.lines()).extracting(InvolvementService.Line::kind).containsExactly(PaymentKind.SESSIONAL_FEE);
        });

        // recorded present by mistake: correcting it withdraws the fee
        ActingCaller.as(me, () -> registers.record(world.sessionYesterday(), Map.of(), Set.of(world.professional())));
        assertThat(ActingCaller.as(me, involvement::myMonths)).isEmpty();
    }

    @Test
    void afterTheWindowOnlyAnAdministratorCanChangeTheRegister() {
        assertThat(ActingCaller.as(me, () -> registers.sheet(world.sessionTenDaysAgo())).editable()).isFalse();
        assertThatThrownBy(() -> ActingCaller.as(me, () -> registers.record(world.sessionTenDaysAgo(),
                Map.of(world.otherEnrolmentRunning(), AttendanceMark.PRESENT), Set.of())))
                .isInstanceOfSatisfying(TutoringException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("register.readOnly"));

        ActingCaller.asAdministrator(() -> registers.record(world.sessionTenDaysAgo(),
                Map.of(world.otherEnrolmentRunning(), AttendanceMark.PRESENT), Set.of(world.me())));
        assertThat(ActingCaller.as(me, () -> registers.sheet(world.sessionTenDaysAgo())).students())
                .extracting(RegisterSheet.Student::mark).contains(AttendanceMark.PRESENT);
        tx.run(em -> assertThat(em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.actor = 'admin@example.org'"
                + " AND a.entityType = 'Attendance' AND a.fieldName = 'mark' AND a.newValue = 'PRESENT'", Long.class)
                .getSingleResult()).isPositive());
        // a second correction: the page lists who changed which mark from what to what, newest first
        ActingCaller.asAdministrator(() -> registers.record(world.sessionTenDaysAgo(),
                Map.of(world.otherEnrolmentRunning(), AttendanceMark.APOLOGIES), Set.of(world.me())));
        List<RegisterHistory.MarkChange> changes = new java.util.ArrayList<>();
        ActingCaller.asAdministrator(() -> changes.addAll(registerHistory.changes(world.sessionTenDaysAgo())));
        assertThat(changes).extracting(RegisterHistory.MarkChange::by, RegisterHistory.MarkChange::from,
                RegisterHistory.MarkChange::to).startsWith(
                        org.assertj.core.groups.Tuple.tuple("admin@example.org", "PRESENT", "APOLOGIES"));
        assertThat(changes.get(0).student()).isNotBlank().doesNotStartWith(TutorWorld.STUDENT_WITH_NEEDS);
        assertThat(changes).extracting(RegisterHistory.MarkChange::to).contains("PRESENT");
        assertThat(ActingCaller.as(me, () -> registerHistory.changes(world.sessionTenDaysAgo())))
                .as("only administrators read the history").isEmpty();
    }

    @Test
    void aWeekOverThePermittedEarningsLimitIsNamedToTheTutorAndInThePaymentsExport() {
        LocalDate yesterday = today.minusDays(1);
        LocalDate monday = yesterday.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        ActingCaller.as(me, () -> registers.record(world.sessionYesterday(), Map.of(), Set.of(world.me())));
        assertThat(ActingCaller.as(me, permittedEarnings::myWeeksOver)).as("75.00 is within the default limit").isEmpty();

        String previous = tx.call(em -> settings.change(Setting.PERMITTED_EARNINGS_WEEKLY, "50.00"));
        try {
            assertThat(ActingCaller.as(me, permittedEarnings::myWeeksOver))
                    .containsExactly(new WeeklyEarnings.Week(monday, new BigDecimal("75.00"), new BigDecimal("50.00")));
            ExportTable payments = exports.payments("office@example.org", YearMonth.from(yesterday));
            int weekColumn = payments.headings().indexOf("exports.col.weekOverLimit");
            int totalColumn = payments.headings().indexOf("exports.col.weekTotal");
            assertThat(payments.rows()).filteredOn(row -> row.contains(me))
                    .singleElement().satisfies(row -> {
                        assertThat(row.get(weekColumn)).isEqualTo(monday);
                        assertThat((BigDecimal) row.get(totalColumn)).isEqualByComparingTo("75.00");
                    });
            assertThat(payments.rows()).filteredOn(row -> !row.contains(me))
                    .allSatisfy(row -> assertThat(row).hasSize(payments.headings().size()));
        } finally {
            tx.run(em -> settings.change(Setting.PERMITTED_EARNINGS_WEEKLY, previous));
        }
        assertThat(ActingCaller.as(me, permittedEarnings::myWeeksOver)).isEmpty();
    }

    @Test
    void anotherTutorCannotReadOrChangeMyRegisterByItsId() {
        String intruder = world.intruderEmail();
        assertThatThrownBy(() -> ActingCaller.as(intruder, () -> registers.sheet(world.sessionYesterday())))
                .isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> ActingCaller.as(intruder, () -> registers.record(world.sessionYesterday(),
                Map.of(world.enrolmentWithNeedsRunning(), AttendanceMark.ABSENT), Set.of())))
                .isInstanceOf(NotYoursException.class);
        // marks sent for students of someone else's run are ignored on the intruder's own register
        ActingCaller.as(intruder, () -> registers.record(world.intruderSession(),
                Map.of(world.enrolmentWithNeedsRunning(), AttendanceMark.ABSENT), Set.of()));
        assertThat(ActingCaller.as(me, () -> registers.sheet(world.sessionYesterday())).students())
                .extracting(RegisterSheet.Student::mark).containsOnlyNulls();
        assertThat(ActingCaller.as(intruder, registers::mySessions))
                .extracting(RegisterService.Entry::sessionId).containsExactly(world.intruderSession());
    }

    @Test
    void attendanceAtTheThresholdCompletesTheRunOnceItsLastSessionIsHeld() {
        Set<Long> tutors = Set.of(world.me(), world.professional());
        ActingCaller.as(me, () -> registers.record(world.finishedFirst(), Map.of(
                world.enrolmentWithNeedsFinished(), AttendanceMark.PRESENT,
                world.otherEnrolmentFinished(), AttendanceMark.PRESENT), tutors));
        ActingCaller.as(me, () -> registers.record(world.finishedSecond(), Map.of(
                world.enrolmentWithNeedsFinished(), AttendanceMark.PRESENT,
                world.otherEnrolmentFinished(), AttendanceMark.APOLOGIES), tutors));

        tx.run(em -> {
            assertThat(em.find(Enrolment.class, world.enrolmentWithNeedsFinished()).getStatus())
                    .isEqualTo(EnrolmentStatus.COMPLETED);
            // 1 of 2 sessions is 50%, under the 70% threshold
            assertThat(em.find(Enrolment.class, world.otherEnrolmentFinished()).getStatus())
                    .isEqualTo(EnrolmentStatus.CONFIRMED);
            assertThat(em.find(CourseRun.class, world.finishedRun()).getSessions()).hasSize(2);
        });
    }

    @Test
    void theCalendarFeedShowsMySessionsUntilRevoked() {
        assertThat(ActingCaller.as(me, () -> calendar.mySessions(today.minusDays(31), today.plusDays(31))))
                .extracting(TutorCalendar.Entry::sessionId)
                .contains(world.sessionYesterday(), world.sessionInTwoWeeks(), world.finishedFirst());
        String token = ActingCaller.as(me, calendar::issueFeedToken);
        assertThat(calendar.feed(token)).hasValueSatisfying(ics -> assertThat(ics)
                .contains("BEGIN:VCALENDAR", "SUMMARY:" + world.courseTitle(), "session-" + world.sessionYesterday()));
        String replaced = ActingCaller.as(me, calendar::issueFeedToken);
        assertThat(calendar.feed(token)).isEmpty();
        ActingCaller.as(me, calendar::revokeFeedToken);
        assertThat(calendar.feed(replaced)).isEmpty();
    }

    // ------------------------------------------------------------------ preferences and readiness

    @Test
    void aTutorChoosesPreferredCoursesAmongTheirTrainingAndPartnersOfTheOtherExpertise() {
        List<MyPreferences.CourseChoice> courses = ActingCaller.as(me, preferences::courses);
        assertThat(courses).extracting(MyPreferences.CourseChoice::title).containsExactly(world.courseTitle());
        long courseId = courses.get(0).courseId();
        assertThat(courses.get(0).preferred()).isTrue(); // the world's "me" starts preferring it

        ActingCaller.as(me, () -> preferences.choosePreferredCourses(Set.of()));
        assertThat(ActingCaller.as(me, preferences::courses)).extracting(MyPreferences.CourseChoice::preferred)
                .containsExactly(false);
        long untrainedCourse = tx.call(em -> em.find(Tutor.class, world.untrainedPeer()).getTrainedCourses().get(0)
                .getCourse().getId());
        assertThatThrownBy(() -> ActingCaller.as(me, () -> preferences.choosePreferredCourses(Set.of(untrainedCourse))))
                .isInstanceOf(TutoringException.class);
        ActingCaller.as(me, () -> preferences.choosePreferredCourses(Set.of(courseId)));
        tx.run(em -> assertThat(em.find(Tutor.class, world.me()).getPreferredCourses())
                .extracting(c -> c.getId()).containsExactly(courseId));

        // partners: only professionals are offered to a peer trainer; a peer is refused
        List<MyPreferences.PartnerChoice> partners = ActingCaller.as(me, preferences::partners);
        assertThat(partners).extracting(MyPreferences.PartnerChoice::tutorId).contains(world.professional())
                .doesNotContain(world.coverPeer(), world.me());
        assertThatThrownBy(() -> ActingCaller.as(me, () -> preferences.choosePartners(
                Map.of(world.coverPeer(), PartnerPreference.PREFERRED)))).isInstanceOf(TutoringException.class);
        ActingCaller.as(me, () -> preferences.choosePartners(Map.of(world.professional(), PartnerPreference.AVOIDED)));
        assertThat(ActingCaller.as(me, preferences::partners))
                .filteredOn(p -> p.tutorId() == world.professional())
                .extracting(MyPreferences.PartnerChoice::preference).containsExactly(PartnerPreference.AVOIDED);
        Map<Long, PartnerPreference> none = new java.util.HashMap<>();
        none.put(world.professional(), null);
        ActingCaller.as(me, () -> preferences.choosePartners(none));
        assertThat(ActingCaller.as(me, preferences::partners))
                .filteredOn(p -> p.tutorId() == world.professional())
                .extracting(MyPreferences.PartnerChoice::preference).containsOnlyNulls();

        // the pairing reads what the tutor chose
        ActingCaller.as(me, () -> preferences.choosePartners(Map.of(world.professional(), PartnerPreference.PREFERRED)));
        long termId = tx.call(em -> em.find(CourseRun.class, world.runningRun()).getTerm().getId());
        TutorFact myFact = tx.call(em -> pairingProblems.load(em.find(Term.class, termId))).solution().getTutors()
                .stream().filter(t -> t.id() == world.me()).findFirst().orElseThrow();
        assertThat(myFact.preferredCourseIds()).containsExactly(courseId);
        assertThat(myFact.preferredPartnerIds()).containsExactly(world.professional());
    }

    @Test
    void anExpiredReadinessItemIsAuditedAndBlocksPairingWithItsReasonAndCover() {
        LocalDate expiresOn = today.plusDays(20); // the offered run's sessions start in 30 days
        ActingCaller.asAdministrator(() -> readiness.record("admin@example.org", world.me(),
                ReadinessItem.DBS_CHECK, today.minusYears(3), expiresOn));
        assertThat(ActingCaller.as(me, () -> readiness.rows(world.me())))
                .filteredOn(r -> r.item() == ReadinessItem.DBS_CHECK)
                .extracting(ReadinessRecords.Row::expiresOn, ReadinessRecords.Row::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(expiresOn, ReadinessRecords.State.EXPIRES_SOON));
        tx.run(em -> assertThat(em.createQuery("SELECT a.fieldName FROM AuditEntry a WHERE a.entityId = :id",
                String.class).setParameter("id", world.me()).getResultList()).contains("readiness.DBS_CHECK"));
        assertThatThrownBy(() -> readiness.record("admin@example.org", world.me(), ReadinessItem.SAFEGUARDING,
                today, today.minusDays(1))).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> readiness.record("admin@example.org", world.me(), ReadinessItem.SAFEGUARDING,
                today.plusDays(1), null)).isInstanceOf(Refusal.class);

        long offeredRun = tx.call(em -> em.find(Assignment.class, world.offeredAssignment()).getRun().getId());
        long termId = tx.call(em -> em.find(CourseRun.class, offeredRun).getTerm().getId());
        java.util.concurrent.atomic.AtomicReference<List<BoardRow>> rows = new java.util.concurrent.atomic.AtomicReference<>();
        ActingCaller.asAdministrator(() -> rows.set(board.rows(termId)));
        BoardRow offered = rows.get().stream().filter(r -> r.runId() == offeredRun).findFirst().orElseThrow();
        assertThat(offered.problems()).anyMatch(r -> r.key().equals("pairing.reason.notReady")
                && r.args().get(0).equals("Me " + world.suffix()) && r.args().get(1) == ReadinessItem.DBS_CHECK
                && r.args().get(2).equals(expiresOn.toString()));
        // the run that ends in two weeks is not affected
        assertThat(rows.get().stream().filter(r -> r.runId() == world.runningRun()).findFirst().orElseThrow().problems())
                .noneMatch(r -> r.key().equals("pairing.reason.notReady"));

        // cover: a tutor whose safeguarding lapses the day before the session cannot be asked
        ActingCaller.asAdministrator(() -> readiness.record("admin@example.org", world.coverPeer(),
                ReadinessItem.SAFEGUARDING, today.minusYears(2), today.plusDays(13)));
        assertThat(ActingCaller.as(me, () -> cover.candidatesFor(world.sessionInTwoWeeks()))).isEmpty();
        assertThatThrownBy(() -> ActingCaller.as(me, () -> cover.askForCover(world.sessionInTwoWeeks(),
                world.coverPeer()))).isInstanceOf(TutoringException.class);
        ActingCaller.asAdministrator(() -> readiness.record("admin@example.org", world.coverPeer(),
                ReadinessItem.SAFEGUARDING, today.minusDays(1), today.plusYears(3)));
        assertThat(ActingCaller.as(me, () -> cover.candidatesFor(world.sessionInTwoWeeks())))
                .extracting(CoverCandidate::tutorId).containsExactly(world.coverPeer());
    }

    @Test
    void aReminderGoesToTheTutorAndTheOfficeOncePerItemAndExpiryDay() {
        String proEmail = "pro-" + world.suffix() + "@example.org";
        String proName = "Pro " + world.suffix();
        ActingCaller.asAdministrator(() -> readiness.record("admin@example.org", world.professional(),
                ReadinessItem.DBS_CHECK, today.minusYears(3), today.plusDays(10)));
        readinessJob.sendDueReminders();
        readinessJob.sendDueReminders();
        assertThat(mailsTo(proEmail)).singleElement().satisfies(subject -> assertThat(subject).contains("DBS check"));
        assertThat(mailsTo("admin@example.org")).filteredOn(subject -> subject.contains(proName)).hasSize(1);

        // renewed to a date still within the reminder period: reminded again, once
        ActingCaller.asAdministrator(() -> readiness.record("admin@example.org", world.professional(),
                ReadinessItem.DBS_CHECK, today.minusYears(3), today.plusDays(25)));
        readinessJob.sendDueReminders();
        readinessJob.sendDueReminders();
        assertThat(mailsTo(proEmail)).hasSize(2);
        // an item far from expiry is not reminded of
        ActingCaller.asAdministrator(() -> readiness.record("admin@example.org", world.professional(),
                ReadinessItem.SAFEGUARDING, today.minusYears(1), today.plusYears(2)));
        readinessJob.sendDueReminders();
        assertThat(mailsTo(proEmail)).hasSize(2);
    }

    private List<String> mailsTo(String recipient) {
        return tx.call(em -> em.createQuery("SELECT m.subject FROM OutboxMail m WHERE m.recipient = :to ORDER BY m.id",
                String.class).setParameter("to", recipient).getResultList());
    }
}
