package org.recoverycollege.enrolment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import org.recoverycollege.account.control.AccountException;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Refusal;
import org.recoverycollege.platform.control.Setting;
import org.recoverycollege.platform.entity.AuditEntry;
import org.recoverycollege.enrolment.entity.ConsentMethod;
import org.recoverycollege.enrolment.entity.ReferralStatus;
import org.recoverycollege.account.control.PasswordResets;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.catalogue.entity.Category;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.DeliveryMode;
import org.recoverycollege.enrolment.entity.AgeBand;
import org.recoverycollege.enrolment.entity.Disability;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.Ethnicity;
import org.recoverycollege.enrolment.entity.Gender;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.enrolment.entity.Relation;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.evaluation.control.FeedbackRefused;
import org.recoverycollege.evaluation.control.FeedbackService;
import org.recoverycollege.evaluation.entity.Rating;
import org.recoverycollege.evaluation.entity.WellbeingScale;
import org.recoverycollege.register.entity.Attendance;
import org.recoverycollege.register.entity.AttendanceMark;
import org.recoverycollege.planning.control.IcalCalendars;
import org.recoverycollege.planning.control.RunPlanning;
import org.recoverycollege.planning.control.SessionChangeNotices;
import org.recoverycollege.notification.entity.OutboxMail;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.testing.incontainer.Transactions;

/**
 * The enrolment rules inside Payara Micro on PostgreSQL: capacity under 50 simultaneous requests, the
 * refusals, cancellation and withdrawal with waiting-list promotion, reminders sent once, session change
 * notices, the calendar file and password-reset links. Each test builds its own course, run and students.
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentServiceIT {

    @Inject
    private Transactions tx;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private Reminders reminders;

    @Inject
    private SessionChangeNotices sessionChanges;

    @Inject
    private IcalCalendars calendars;

    @Inject
    private PasswordResets passwordResets;

    @Inject
    private FeedbackService feedback;

    @Inject
    private PersonalData personalData;

    @Inject
    private InterestList interests;

    @Inject
    private EqualityMonitoring equality;

    @Inject
    private EqualityReport equalityReport;

    @Inject
    private RunPlanning planning;

    @Inject
    private WalkInStudents walkIns;

    @Inject
    private ToPhoneList toPhone;

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private Referrals referrals;

    @Inject
    private PlaceOffers offers;

    @Inject
    private CollegeSettings settings;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    @Test
    void fiftySimultaneousEnrolmentsFillTwelvePlacesAndQueueTheRestInOrder() throws Exception {
        int attempts = 60;
        long runId = tx.call(em -> Fixture.run(em, Fixture.course(em, "rush", null), 12, today.plusDays(20), LocalTime.of(10, 0), true));
        List<Long> studentIds = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            int n = i;
            studentIds.add(tx.call(em -> Fixture.student(em, "rush" + n)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(attempts, threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<EnrolmentOutcome>> results = new ArrayList<>();
        for (long studentId : studentIds) {
            results.add(pool.submit(() -> {
                start.await();
                return enrolments.enrol(studentId, runId);
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        List<EnrolmentOutcome> outcomes = new ArrayList<>();
        for (Future<EnrolmentOutcome> result : results) {
            outcomes.add(result.get(120, TimeUnit.SECONDS)); // any error fails here
        }
        long elapsedMillis = (System.nanoTime() - began) / 1_000_000;
        pool.shutdown();

        long confirmed = outcomes.stream().filter(EnrolmentOutcome::isConfirmed).count();
        List<Integer> positions = outcomes.stream().filter(o -> !o.isConfirmed())
                .map(EnrolmentOutcome::waitingListPosition).sorted().toList();
        System.out.printf("CONCURRENCY attempts=%d confirmed=%d waitlisted=%d elapsedMs=%d%n",
                attempts, confirmed, positions.size(), elapsedMillis);

        assertThat(confirmed).isEqualTo(12);
        assertThat(positions).hasSize(attempts - 12);
        int[] expectedPositions = java.util.stream.IntStream.rangeClosed(1, attempts - 12).toArray();
        assertThat(positions).containsExactly(java.util.Arrays.stream(expectedPositions).boxed().toArray(Integer[]::new));
        tx.run(em -> {
            CourseRun run = em.find(CourseRun.class, runId);
            assertThat(run.getConfirmedCount()).isEqualTo(12);
            List<Enrolment> waiting = em.createNamedQuery(Enrolment.FIND_WAITING_LIST_BY_RUN, Enrolment.class)
                    .setParameter("run", run).getResultList();
            assertThat(waiting).hasSize(attempts - 12);
            // every confirmed place was requested no later than the first person on the waiting list
            List<Enrolment> placed = em.createNamedQuery(Enrolment.FIND_BY_RUN_AND_STATUS, Enrolment.class)
                    .setParameter("run", run).setParameter("status", EnrolmentStatus.CONFIRMED).getResultList();
            assertThat(placed).allMatch(p -> !p.getRequestedAt().isAfter(waiting.get(0).getRequestedAt()));
        });
    }

    @Test
    void aFreedPlaceGoesToTheFirstPersonWaitingWhoIsToldByEmail() {
        long runId = tx.call(em -> Fixture.run(em, Fixture.course(em, "free", null), 1, today.plusDays(10), LocalTime.of(14, 0), true));
        long first = tx.call(em -> Fixture.student(em, "free-a"));
        long second = tx.call(em -> Fixture.student(em, "free-b"));
        long third = tx.call(em -> Fixture.student(em, "free-c"));
        EnrolmentOutcome placed = enrolments.enrol(first, runId);
        assertThat(placed.isConfirmed()).isTrue();
        assertThat(enrolments.enrol(second, runId).waitingListPosition()).isEqualTo(1);
        EnrolmentOutcome third3 = enrolments.enrol(third, runId);
        assertThat(third3.waitingListPosition()).isEqualTo(2);

        assertThatThrownBy(() -> enrolments.cancel(placed.enrolmentId(), "someone-else@example.org"))
                .isInstanceOf(EnrolmentRefused.class);
        enrolments.cancel(placed.enrolmentId(), Fixture.email("free-a"));

        assertThat(statusOf(first, runId)).isEqualTo(EnrolmentStatus.CANCELLED);
        assertThat(statusOf(second, runId)).isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(statusOf(third, runId)).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(confirmedCount(runId)).isEqualTo(1);
        assertThat(mailsTo(Fixture.email("free-b"))).anyMatch(m -> m.getSubject().contains("You have a place")
                && m.getBody().contains("Course free") && m.getCalendarRunId() != null);
        assertThat(mailsTo(Fixture.email("free-a"))).anyMatch(m -> m.getSubject().contains("cancelled"));

        // the college withdraws the promoted student: the third person moves up
        long secondEnrolment = enrolmentOf(second, runId);
        enrolments.withdraw(secondEnrolment, "admin@example.org");
        assertThat(statusOf(third, runId)).isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(confirmedCount(runId)).isEqualTo(1);
    }

    @Test
    void withOffersAFreedPlaceIsHeldForTheFirstPersonWaitingUntilTheyAnswer() {
        String before = settings.change(Setting.WAITING_LIST_OFFER_HOURS, "48");
        try {
            long runId = tx.call(em -> Fixture.run(em, Fixture.course(em, "offer", null), 1, today.plusDays(20), LocalTime.of(10, 0), true));
            long ann = tx.call(em -> Fixture.student(em, "offer-ann"));
            long bea = tx.call(em -> Fixture.student(em, "offer-bea"));
            long cal = tx.call(em -> Fixture.student(em, "offer-cal"));
            long dev = tx.call(em -> Fixture.student(em, "offer-dev"));
            EnrolmentOutcome annPlace = enrolments.enrol(ann, runId);
            enrolments.enrol(bea, runId);
            enrolments.enrol(cal, runId);
            assertThat(mailsTo(Fixture.email("offer-bea"))).anyMatch(m -> m.getBody().contains("keep it for you for 48 hours"));

            enrolments.cancel(annPlace.enrolmentId(), Fixture.email("offer-ann"));
            long beaEnrolment = enrolmentOf(bea, runId);
            assertThat(statusOf(bea, runId)).as("offered, not yet confirmed").isEqualTo(EnrolmentStatus.WAITLISTED);
            assertThat(hasOpenOffer(bea, runId)).isTrue();
            assertThat(confirmedCount(runId)).as("the offered place is held").isEqualTo(1);
            OutboxMail offer = mailsTo(Fixture.email("offer-bea")).stream()
                    .filter(m -> m.getSubject().contains("yours if you accept")).findFirst().orElseThrow();
            assertThat(offer.getBody()).contains("/offer?enrolment=" + beaEnrolment + "&token=");

            // a newcomer cannot take the held place; the second person waiting is not offered one too
            assertThat(enrolments.enrol(dev, runId).isConfirmed()).isFalse();
            assertThat(hasOpenOffer(cal, runId)).isFalse();
            assertThat(enrolments.promoteFromWaitingList(runId)).isZero();

            // only the person offered the place (or the office) may answer, and a wrong link is refused
            assertThatThrownBy(() -> enrolments.answerOffer(beaEnrolment, true, Fixture.email("offer-cal")))
                    .isInstanceOf(EnrolmentRefused.class);
            assertThatThrownBy(() -> enrolments.answerOfferByLink(beaEnrolment, "forged", true))
                    .isInstanceOf(EnrolmentRefused.class).hasFieldOrPropertyWithValue("messageKey", "enrolment.offer.notOpen");

            // declining through the e-mail's link passes the place to the next person
            String token = offerToken(offer.getBody());
            enrolments.answerOfferByLink(beaEnrolment, token, false);
            assertThat(statusOf(bea, runId)).isEqualTo(EnrolmentStatus.CANCELLED);
            long calEnrolment = enrolmentOf(cal, runId);
            assertThat(hasOpenOffer(cal, runId)).isTrue();
            assertThat(offers.view(beaEnrolment, token)).get().extracting(OfferView::state).isEqualTo(OfferView.State.ENDED);
            assertThatThrownBy(() -> enrolments.answerOfferByLink(beaEnrolment, token, true))
                    .as("a link answers once").isInstanceOf(EnrolmentRefused.class);

            // accepting on "My courses" confirms the place without taking another one
            enrolments.answerOffer(calEnrolment, true, Fixture.email("offer-cal"));
            assertThat(statusOf(cal, runId)).isEqualTo(EnrolmentStatus.CONFIRMED);
            assertThat(confirmedCount(runId)).isEqualTo(1);
            assertThat(mailsTo(Fixture.email("offer-cal"))).anyMatch(m -> m.getCalendarRunId() != null);
            assertThat(statusOf(dev, runId)).isEqualTo(EnrolmentStatus.WAITLISTED);
            assertThat(audited(calEnrolment)).contains("ACCEPTED");
        } finally {
            settings.change(Setting.WAITING_LIST_OFFER_HOURS, before);
        }
    }

    @Test
    void anUnansweredOfferEndsOnceWhenEveryInstanceSweepsAtOnceAndPassesToTheNextPerson() throws Exception {
        String before = settings.change(Setting.WAITING_LIST_OFFER_HOURS, "24");
        try {
            long runId = tx.call(em -> Fixture.run(em, Fixture.course(em, "lapse", null), 1, today.plusDays(20), LocalTime.of(14, 0), true));
            long ann = tx.call(em -> Fixture.student(em, "lapse-ann"));
            long bea = tx.call(em -> Fixture.student(em, "lapse-bea"));
            long cal = tx.call(em -> Fixture.student(em, "lapse-cal"));
            EnrolmentOutcome annPlace = enrolments.enrol(ann, runId);
            enrolments.enrol(bea, runId);
            enrolments.enrol(cal, runId);
            enrolments.withdraw(annPlace.enrolmentId(), "admin@example.org");
            long beaEnrolment = enrolmentOf(bea, runId);
            assertThat(offers.expireDue()).as("nothing is due yet").isZero();

            // the deadline passes
            tx.run(em -> em.createNativeQuery("UPDATE enrolment SET offered_at = offered_at - INTERVAL '2' DAY,"
                    + " offer_expires_at = offered_at - INTERVAL '1' DAY WHERE id = ?1").setParameter(1, beaEnrolment).executeUpdate());
            assertThatThrownBy(() -> enrolments.answerOffer(beaEnrolment, true, Fixture.email("lapse-bea")))
                    .as("too late to accept").isInstanceOf(EnrolmentRefused.class)
                    .hasFieldOrPropertyWithValue("messageKey", "enrolment.offer.expired");

            int instances = 4;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(instances, threads);
            List<Future<Integer>> sweeps = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                sweeps.add(pool.submit(() -> {
                    start.await();
                    return offers.expireDue();
                }));
            }
            start.countDown();
            int ended = 0;
            for (Future<Integer> sweep : sweeps) {
                ended += sweep.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(ended).as("offers ended, over all sweeps").isEqualTo(1);
            assertThat(statusOf(bea, runId)).isEqualTo(EnrolmentStatus.WITHDRAWN);
            assertThat(mailsTo(Fixture.email("lapse-bea"))).filteredOn(m -> m.getSubject().contains("gone to someone else")).hasSize(1);
            assertThat(hasOpenOffer(cal, runId)).isTrue();
            assertThat(mailsTo(Fixture.email("lapse-cal"))).filteredOn(m -> m.getSubject().contains("yours if you accept")).hasSize(1);
            assertThat(confirmedCount(runId)).isEqualTo(1);
        } finally {
            settings.change(Setting.WAITING_LIST_OFFER_HOURS, before);
        }
    }

    private static String offerToken(String mailBody) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/offer\\?enrolment=\\d+&token=([A-Za-z0-9_-]+)").matcher(mailBody);
        assertThat(link.find()).as("the offer link in " + mailBody).isTrue();
        return link.group(1);
    }

    private boolean hasOpenOffer(long studentId, long runId) {
        long enrolmentId = enrolmentOf(studentId, runId);
        return tx.call(em -> em.find(Enrolment.class, enrolmentId).hasOpenOffer());
    }

    private List<String> audited(long enrolmentId) {
        return tx.call(em -> em.createQuery("SELECT a.newValue FROM AuditEntry a WHERE a.entityType = 'Enrolment' AND a.entityId = :id",
                String.class).setParameter("id", enrolmentId).getResultList());
    }

    @Test
    void everyoneToldAWaitingListNumberHasThatPlaceInTheStoredList() {
        // on H2 (timestamps kept to the microsecond) a nanosecond time in memory made about half of these wrong
        int waiting = 25;
        long runId = tx.call(em -> Fixture.run(em, Fixture.course(em, "told", null), 1, today.plusDays(15), LocalTime.of(11, 0), true));
        enrolments.enrol(tx.call(em -> Fixture.student(em, "told-placed")), runId);
        List<Long> told = new ArrayList<>();
        for (int i = 0; i < waiting; i++) {
            int n = i;
            EnrolmentOutcome outcome = enrolments.enrol(tx.call(em -> Fixture.student(em, "told-" + n)), runId);
            assertThat(outcome.isConfirmed()).isFalse();
            assertThat(outcome.waitingListPosition()).as("number told to person %d", n + 1).isEqualTo(n + 1);
            told.add(outcome.enrolmentId());
        }
        tx.run(em -> {
            List<Long> stored = em.createNamedQuery(Enrolment.FIND_WAITING_LIST_BY_RUN, Enrolment.class)
                    .setParameter("run", em.find(CourseRun.class, runId)).getResultStream().map(Enrolment::getId).toList();
            assertThat(stored).containsExactlyElementsOf(told);
            for (int i = 0; i < waiting; i++) {
                assertThat(enrolments.waitingListPosition(em.find(Enrolment.class, told.get(i)))).isEqualTo(i + 1);
            }
        });
        for (int i = 0; i < waiting; i++) {
            String number = "You are number " + (i + 1) + " on the list.";
            assertThat(mailsTo(Fixture.email("told-" + i))).as("mail to person %d", i + 1)
                    .anyMatch(m -> m.getBody().contains(number));
        }
    }

    @Test
    void raisingTheCapacityLetsTheWaitingListIn() {
        long runId = tx.call(em -> Fixture.run(em, Fixture.course(em, "raise", null), 1, today.plusDays(12), LocalTime.of(9, 0), true));
        long a = tx.call(em -> Fixture.student(em, "raise-a"));
        long b = tx.call(em -> Fixture.student(em, "raise-b"));
        long c = tx.call(em -> Fixture.student(em, "raise-c"));
        enrolments.enrol(a, runId);
        enrolments.enrol(b, runId);
        enrolments.enrol(c, runId);
        tx.run(em -> em.find(CourseRun.class, runId).changeCapacity(2));
        assertThat(enrolments.promoteFromWaitingList(runId)).isEqualTo(1);
        assertThat(statusOf(b, runId)).isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(statusOf(c, runId)).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(enrolments.promoteFromWaitingList(runId)).isZero();
    }

    @Test
    void refusalsSayWhy() {
        long studentId = tx.call(em -> Fixture.student(em, "why"));
        long draftRun = tx.call(em -> Fixture.run(em, Fixture.course(em, "draft", null), 5, today.plusDays(10), LocalTime.of(10, 0), false));
        assertRefused(() -> enrolments.enrol(studentId, draftRun), "enrolment.refused.notPublished");

        long closedRun = tx.call(em -> {
            long id = Fixture.run(em, Fixture.course(em, "closed", null), 5, today.plusDays(10), LocalTime.of(10, 0), true);
            Term term = em.find(CourseRun.class, id).getTerm();
            term.reschedule(term.getStartsOn(), term.getEndsOn(), term.getProspectusOn(), today.minusDays(20), today.minusDays(1));
            return id;
        });
        assertRefused(() -> enrolments.enrol(studentId, closedRun), "enrolment.refused.windowClosed");

        long basics = tx.call(em -> Fixture.course(em, "basics", null));
        long nextStep = tx.call(em -> Fixture.run(em, Fixture.course(em, "next-step", basics), 5, today.plusDays(30), LocalTime.of(10, 0), true));
        EnrolmentRefused prerequisite = assertRefused(() -> enrolments.enrol(studentId, nextStep), "enrolment.refused.prerequisite");
        assertThat(prerequisite.arguments()).containsExactly("Course basics");

        long morning = tx.call(em -> Fixture.run(em, Fixture.course(em, "morning", null), 5, today.plusDays(14), LocalTime.of(10, 0), true));
        long clashing = tx.call(em -> Fixture.run(em, Fixture.course(em, "clashing", null), 5, today.plusDays(14), LocalTime.of(10, 30), true));
        assertThat(enrolments.enrol(studentId, morning).isConfirmed()).isTrue();
        assertRefused(() -> enrolments.enrol(studentId, morning), "enrolment.refused.alreadyEnrolled");
        EnrolmentRefused overlap = assertRefused(() -> enrolments.enrol(studentId, clashing), "enrolment.refused.overlap");
        assertThat(overlap.arguments()).containsExactly("Course morning");
    }

    @Test
    void noCancellingOnceTheFirstSessionHasStarted() {
        long runId = tx.call(em -> Fixture.run(em, Fixture.course(em, "started", null), 5, today.plusDays(3), LocalTime.of(10, 0), true));
        long studentId = tx.call(em -> Fixture.student(em, "started"));
        long enrolmentId = enrolments.enrol(studentId, runId).enrolmentId();
        tx.run(em -> em.find(CourseRun.class, runId).getSessions().get(0)
                .reschedule(today.minusDays(1), LocalTime.of(10, 0), LocalTime.of(12, 0)));
        assertRefused(() -> enrolments.cancel(enrolmentId, Fixture.email("started")), "enrolment.refused.started");
    }

    @Test
    void remindersGoOutOnceAndSessionChangesAreAnnounced() {
        LocalDateTime now = LocalDateTime.now(java.time.ZoneId.of("Europe/London"));
        long runId = tx.call(em -> Fixture.run(em, Fixture.course(em, "remind", null), 5, now.toLocalDate().plusDays(2), LocalTime.of(23, 0), true));
        long studentId = tx.call(em -> Fixture.student(em, "remind"));
        long enrolmentId = enrolments.enrol(studentId, runId).enrolmentId();
        var due = reminders.due(now, now.toLocalDate().plusDays(2)).stream()
                .filter(d -> d.enrolmentId() == enrolmentId).toList();
        assertThat(due).as("only the first session falls in the next two days").hasSize(1);
        assertThat(reminders.remind(due.get(0))).isTrue();
        assertThat(reminders.remind(due.get(0))).isFalse();
        assertThat(reminders.due(now, now.toLocalDate().plusDays(2))).noneMatch(d -> d.enrolmentId() == enrolmentId);
        assertThat(mailsTo(Fixture.email("remind"))).filteredOn(m -> m.getSubject().startsWith("Reminder")).hasSize(1);

        long sessionId = tx.call(em -> {
            var session = em.find(CourseRun.class, runId).getSessions().get(1);
            LocalDate oldDate = session.getSessionDate();
            LocalTime oldStart = session.getStartsAt();
            LocalTime oldEnd = session.getEndsAt();
            session.reschedule(session.getSessionDate().plusDays(1), LocalTime.of(13, 0), LocalTime.of(15, 0));
            sessionChanges.sessionMoved(session, oldDate, oldStart, oldEnd, null);
            return session.getId();
        });
        assertThat(mailsTo(Fixture.email("remind"))).anyMatch(m -> m.getSubject().contains("changed") && m.getBody().contains("13:00"));

        String ics = tx.call(em -> new String(calendars.icsFor(runId).orElseThrow(), StandardCharsets.UTF_8));
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "SUMMARY:Course remind (1/3)",
                "UID:session-" + sessionId + "@recovery-college");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(4);
    }

    @Test
    void aPasswordResetLinkWorksOnceOnly() {
        tx.run(em -> Fixture.student(em, "reset"));
        passwordResets.sendResetLink(Fixture.email("reset").toUpperCase());
        passwordResets.sendResetLink("nobody-" + UUID.randomUUID() + "@example.org"); // silently nothing
        OutboxMail mail = mailsTo(Fixture.email("reset")).stream().filter(m -> m.getSubject().contains("password"))
                .findFirst().orElseThrow();
        String token = mail.getBody().replaceAll("(?s).*token=([A-Za-z0-9_-]+).*", "$1");
        assertThat(passwordResets.isUsable(token)).isTrue();
        assertThatThrownBy(() -> passwordResets.choosePassword(token, "short"))
                .isInstanceOf(AccountException.class).hasMessage("password.tooShort");
        passwordResets.choosePassword(token, "a-new-password-42");
        assertThat(passwordResets.isUsable(token)).isFalse();
        assertThatThrownBy(() -> passwordResets.choosePassword(token, "another-password-43"))
                .isInstanceOf(AccountException.class).hasMessage("passwordReset.invalid");
    }

    @Test
    void feedbackIsTakenOnceAfterACompletedRunTheStudentAttended() {
        long runId = tx.call(em -> Fixture.run(em, Fixture.course(em, "feedback", null), 5, today.plusDays(9), LocalTime.of(10, 0), true));
        long studentId = tx.call(em -> Fixture.student(em, "feedback"));
        long enrolmentId = enrolments.enrol(studentId, runId).enrolmentId();
        String email = Fixture.email("feedback");
        assertThat(feedback.courseOpenForFeedback(enrolmentId, email)).isEmpty();
        tx.run(em -> {
            CourseRun run = em.find(CourseRun.class, runId);
            run.start();
            run.complete();
            em.persist(new Attendance(run.getSessions().get(0), em.find(Enrolment.class, enrolmentId),
                    AttendanceMark.PRESENT, "tutor@example.org", java.time.OffsetDateTime.now()));
        });
        assertThat(feedback.courseOpenForFeedback(enrolmentId, "someone-else@example.org")).isEmpty();
        assertThat(feedback.courseOpenForFeedback(enrolmentId, email)).contains("Course feedback");
        assertThatThrownBy(() -> feedback.submit(enrolmentId, email, Rating.GOOD, null, null, WellbeingScale.SWEMWBS, 5, 30))
                .isInstanceOf(FeedbackRefused.class).hasMessage("feedback.refused.score");
        feedback.submit(enrolmentId, email, Rating.EXCELLENT, "The group", "More sessions", WellbeingScale.SWEMWBS, 18, 24);
        assertThatThrownBy(() -> feedback.submit(enrolmentId, email, Rating.GOOD, null, null, null, null, null))
                .isInstanceOf(FeedbackRefused.class).hasMessage("feedback.refused.notAllowed");
        assertThat(feedback.courseOpenForFeedback(enrolmentId, email)).isEmpty();
    }

    @Test
    void closingAnAccountErasesThePersonAndHandsTheirPlaceOn() {
        long runId = tx.call(em -> Fixture.run(em, Fixture.course(em, "leave", null), 1, today.plusDays(15), LocalTime.of(10, 0), true));
        long leaving = tx.call(em -> Fixture.student(em, "leave-a"));
        long waiting = tx.call(em -> Fixture.student(em, "leave-b"));
        enrolments.enrol(leaving, runId);
        enrolments.enrol(waiting, runId);
        assertThat(personalData.export(Fixture.email("leave-a"))).contains("\"email\":\"" + Fixture.email("leave-a") + "\"", "Course leave", "CONFIRMED");
        personalData.closeAccount(Fixture.email("leave-a"));
        assertThat(statusOf(leaving, runId)).isEqualTo(EnrolmentStatus.CANCELLED);
        assertThat(statusOf(waiting, runId)).isEqualTo(EnrolmentStatus.CONFIRMED);
        tx.run(em -> {
            Student erased = em.find(Student.class, leaving);
            assertThat(erased.isErased()).isTrue();
            assertThat(erased.getAccount().getEmail()).doesNotContain("leave-a");
            assertThat(erased.getAccount().isActive()).isFalse();
        });
    }

    @Test
    void peopleOnACoursesInterestListAreToldOnceWhenANewRunIsPublishedEvenWhenTwoPublishAtOnce() throws Exception {
        long courseId = tx.call(em -> Fixture.course(em, "interest", null));
        String slug = tx.call(em -> em.find(Course.class, courseId).getSlug());
        long draftId = tx.call(em -> Fixture.run(em, courseId, 8, today.plusDays(40), LocalTime.of(10, 0), false));
        tx.call(em -> Fixture.student(em, "interest-a"));
        long byPhone = tx.call(em -> Fixture.student(em, "interest-b"));
        tx.call(em -> Fixture.student(em, "interest-c"));
        tx.run(em -> em.find(Student.class, byPhone).changeContactPreferences(false, true, "01234 567890"));
        String a = Fixture.email("interest-a");
        String b = Fixture.email("interest-b");
        String c = Fixture.email("interest-c");

        assertThat(interests.course(a, slug)).hasValueSatisfying(view -> assertThat(view.joined()).isFalse());
        interests.join(a, slug);
        interests.join(a, slug); // twice: still once on the list
        interests.join(b, slug);
        interests.join(c, slug);
        assertThat(interests.course(a, slug)).hasValueSatisfying(view -> assertThat(view.joined()).isTrue());
        assertThat(interests.mine(a)).extracting(InterestList.MyInterest::title).containsExactly("Course interest");
        assertThat(interests.demand()).filteredOn(d -> d.courseId() == courseId).singleElement()
                .satisfies(d -> assertThat(d.people()).isEqualTo(3));
        assertThat(personalData.export(a)).contains("\"interestList\":[{\"course\":\"Course interest\"");
        assertThat(interests.leave(c, courseId)).isTrue();
        assertThat(interests.mine(c)).isEmpty();
        assertRefused(() -> interests.join(a, "no-such-course"), "interest.refused.noCourse");

        // two administrators publish the draft run at the same moment: one wins, the other is refused
        ExecutorService pool = Executors.newFixedThreadPool(2, threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> publishing = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            publishing.add(pool.submit(() -> {
                start.await();
                planning.publish("admin@example.org", draftId);
                return null;
            }));
        }
        start.countDown();
        int published = 0;
        for (Future<?> attempt : publishing) {
            try {
                attempt.get(60, TimeUnit.SECONDS);
                published++;
            } catch (java.util.concurrent.ExecutionException refused) {
                assertThat(refused.getCause()).isInstanceOf(org.recoverycollege.platform.control.Refusal.class);
            }
        }
        pool.shutdown();
        assertThat(published).isEqualTo(1);
        // published again after going back to draft: nobody is told a second time
        planning.unpublish("admin@example.org", draftId);
        planning.publish("admin@example.org", draftId);

        assertThat(mailsTo(a)).extracting(OutboxMail::getSubject).containsExactly("Course interest runs again");
        assertThat(mailsTo(a).get(0).getBody()).contains("/courses/" + slug, "taken you off the list");
        assertThat(mailsTo(b)).as("asked not to be e-mailed").isEmpty();
        long toPhone = tx.call(em -> em.createQuery("SELECT COUNT(t) FROM ToPhone t WHERE t.student.id = :s"
                + " AND t.topic = 'courseRunsAgain'", Long.class).setParameter("s", byPhone).getSingleResult());
        assertThat(toPhone).isEqualTo(1L);
        assertThat(mailsTo(c)).as("left the list").isEmpty();
        assertThat(interests.mine(a)).as("told, so off the list").isEmpty();
        assertThat(interests.demand()).noneMatch(d -> d.courseId() == courseId);
    }

    @Test
    void equalityMonitoringAnswersAreSavedDownloadedAndErasedWithTheAccount() {
        long studentId = tx.call(em -> Fixture.student(em, "equality"));
        String email = Fixture.email("equality");
        assertThat(equality.answersOf(email)).isEqualTo(EqualityMonitoring.Answers.NONE);
        assertThat(personalData.export(email)).doesNotContain("equalityMonitoring");

        equality.answer(email, new EqualityMonitoring.Answers(AgeBand.AGE_35_44, Ethnicity.WHITE_ROMA, null,
                Gender.PREFER_NOT_TO_SAY));
        assertThat(equality.answersOf(email)).isEqualTo(new EqualityMonitoring.Answers(AgeBand.AGE_35_44,
                Ethnicity.WHITE_ROMA, null, Gender.PREFER_NOT_TO_SAY));
        equality.answer(email, new EqualityMonitoring.Answers(AgeBand.AGE_35_44, Ethnicity.WHITE_ROMA, Disability.NO,
                Gender.PREFER_NOT_TO_SAY));
        assertThat(equality.answersOf(email).disability()).isEqualTo(Disability.NO);
        assertThat(personalData.export(email)).contains("\"equalityMonitoring\":{\"ageBand\":\"AGE_35_44\","
                + "\"ethnicity\":\"WHITE_ROMA\",\"disability\":\"NO\",\"gender\":\"PREFER_NOT_TO_SAY\"");
        // counted in the overall report, where one person is never shown as such
        assertThat(equalityReport.report(null).questions()).allSatisfy(question -> assertThat(question.cells())
                .extracting(SmallNumbers.Cell::shown).noneMatch(shown -> shown.matches("[1-4]")));

        personalData.closeAccount(email);
        long answersLeft = tx.call(em -> em.createQuery("SELECT COUNT(e) FROM EqualityAnswers e WHERE e.student.id = :s",
                Long.class).setParameter("s", studentId).getSingleResult());
        assertThat(answersLeft).isZero();
    }

    @Test
    void aPersonWithoutEmailIsEnrolledByTheOfficeToldByPhoneAndLaterClaimsAnAccountByEmail() {
        String admin = "office-" + UUID.randomUUID() + "@example.org";
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // what the office must give, and hostile or over-long input, is refused with a message
        assertThat(refusalOf(() -> walkIns.register(admin,
                new WalkInStudents.Draft("Walk " + tag, " ", "", Relation.OTHER, "en")))).isEqualTo("walkIn.contactRequired");
        assertThat(refusalOf(() -> walkIns.register(admin,
                new WalkInStudents.Draft("x".repeat(121), "0161 496 0000", null, Relation.OTHER, "en")))).isEqualTo("walkIn.nameTooLong");
        assertThat(refusalOf(() -> walkIns.register(admin,
                new WalkInStudents.Draft("Walk " + tag, "<script>alert(1)</script>", null, Relation.OTHER, "en"))))
                .isEqualTo("walkIn.phoneInvalid");
        assertThat(refusalOf(() -> walkIns.register(admin,
                new WalkInStudents.Draft("Walk " + tag, null, "a".repeat(501), Relation.OTHER, "en")))).isEqualTo("walkIn.addressTooLong");

        long byPhone = walkIns.register(admin, new WalkInStudents.Draft("Phone " + tag, "0161 496 0000", null, Relation.OTHER, "en"));
        long byPost = walkIns.register(admin, new WalkInStudents.Draft("Post " + tag, null, "1 Mill Lane\nLeeds LS1 1AA",
                Relation.CARER_FAMILY_FRIEND, "pl"));
        long runId = tx.call(em -> Fixture.run(em, Fixture.course(em, "walkin", null), 1, today.plusDays(12), LocalTime.of(10, 0), true));

        // the same rules as for anyone: one place, so the second person waits
        EnrolmentOutcome placed = walkIns.enrol(admin, byPhone, runId);
        assertThat(placed.isConfirmed()).isTrue();
        assertThat(walkIns.enrol(admin, byPost, runId).waitingListPosition()).isEqualTo(1);
        assertRefused(() -> walkIns.enrol(admin, byPhone, runId), "enrolment.refused.alreadyEnrolled");
        enrolments.withdraw(placed.enrolmentId(), admin); // the person waiting is promoted

        // what they must be told is on the office's list, not in the mail outbox
        List<ToPhoneList.Row> calls = toPhone.open(0, 10_000).rows().stream()
                .filter(r -> r.name().endsWith(tag)).toList();
        assertThat(calls).filteredOn(r -> r.name().equals("Phone " + tag)).extracting(ToPhoneList.Row::topic)
                .containsExactly("enrolmentConfirmed", "withdrawn");
        assertThat(calls).filteredOn(r -> r.name().equals("Post " + tag)).extracting(ToPhoneList.Row::topic)
                .containsExactly("waitlisted", "promoted");
        assertThat(calls).filteredOn(r -> r.name().equals("Post " + tag))
                .allMatch(r -> r.phone() == null && r.postalAddress().contains("Leeds") && r.message().contains("Course walkin"));
        String phoneAddress = tx.call(em -> em.find(Student.class, byPhone).getAccount().getEmail());
        assertThat(UserAccount.isNoEmailAddress(phoneAddress)).isTrue();
        long mailsToStandIns = tx.call(em -> em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.recipient LIKE :r",
                Long.class).setParameter("r", "%@" + UserAccount.NO_EMAIL_DOMAIN).getSingleResult());
        assertThat(mailsToStandIns).isZero();
        // the stand-in address has no password to sign in with, and gets no reset link
        passwordResets.sendResetLink(phoneAddress);
        assertThat(mailsTo(phoneAddress)).isEmpty();
        String standInHash = tx.call(em -> em.find(Student.class, byPhone).getAccount().getPasswordHash());
        assertThat(standInHash).isNull();

        // the office adds the address the person now has: it gets a link to choose a password
        String taken = Fixture.email("walkin-taken-" + tag);
        tx.run(em -> Fixture.student(em, "walkin-taken-" + tag));
        assertThat(refusalOf(() -> walkIns.addEmail(admin, byPhone, taken.toUpperCase()))).isEqualTo("walkIn.emailTaken");
        assertThat(refusalOf(() -> walkIns.addEmail(admin, byPhone, "not an address"))).isEqualTo("walkIn.emailInvalid");
        String claimed = "walkin-" + tag + "@example.org";
        walkIns.addEmail(admin, byPhone, " " + claimed.toUpperCase() + " ");
        assertThat(refusalOf(() -> walkIns.addEmail(admin, byPhone, "other-" + claimed))).isEqualTo("walkIn.hasEmail");
        OutboxMail invitation = mailsTo(claimed).stream().filter(m -> m.getBody().contains("token=")).findFirst().orElseThrow();
        String token = invitation.getBody().replaceAll("(?s).*token=([A-Za-z0-9_-]+).*", "$1");
        passwordResets.choosePassword(token, "walk-in-password-42");
        assertThat(identityStores.validate(new UsernamePasswordCredential(claimed, "walk-in-password-42")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.VALID);
        // from now on the college e-mails them
        long secondRun = tx.call(em -> Fixture.run(em, Fixture.course(em, "walkin2", null), 5, today.plusDays(30), LocalTime.of(15, 0), true));
        walkIns.enrol(admin, byPhone, secondRun);
        assertThat(mailsTo(claimed)).anyMatch(m -> m.getBody().contains("Course walkin2"));
    }

    @Test
    void aReferralIsSavedAndNoAccountIsMadeUntilThePersonsConsentIsRecorded() {
        String admin = "office-" + UUID.randomUUID() + "@example.org";
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String personEmail = "referred-" + tag + "@example.org";
        // what staff must give, and hostile or over-long input, is refused with a message
        assertThat(refusalOf(() -> referrals.submit(new Referrals.Draft("Ref " + tag, "", " ", null, null,
                "Alex", "CMHT", "alex@trust.example.org")))).isEqualTo("refer.contactRequired");
        assertThat(refusalOf(() -> referrals.submit(new Referrals.Draft("Ref " + tag, personEmail, null, null,
                "x".repeat(2001), "Alex", "CMHT", "alex@trust.example.org")))).isEqualTo("refer.interestsTooLong");
        assertThat(refusalOf(() -> referrals.submit(new Referrals.Draft("Ref " + tag, personEmail, null, null, null,
                "Alex", "CMHT", "javascript:alert(1)")))).isEqualTo("refer.referrerEmailInvalid");
        assertThat(refusalOf(() -> referrals.submit(new Referrals.Draft("Ref " + tag, "not-an-address", null, null,
                null, "Alex", "CMHT", "alex@trust.example.org")))).isEqualTo("refer.personEmailInvalid");
        assertThat(refusalOf(() -> referrals.submit(new Referrals.Draft(" ", personEmail, null, null, null,
                "Alex", "CMHT", "alex@trust.example.org")))).isEqualTo("refer.personNameRequired");

        referrals.submit(new Referrals.Draft("Ref email " + tag, personEmail.toUpperCase(), null, null,
                "<b>Anxiety</b> course", "Alex Morgan", "CMHT " + tag, "Alex.Morgan@trust.example.org"));
        referrals.submit(new Referrals.Draft("Ref phone " + tag, null, "0161 496 0999", null, null,
                "Alex Morgan", "CMHT " + tag, "alex.morgan@trust.example.org"));
        referrals.submit(new Referrals.Draft("Ref declines " + tag, "declines-" + tag + "@example.org", "0161 496 0998",
                "2 Mill Lane", "Art", "Alex Morgan", "CMHT " + tag, "alex.morgan@trust.example.org"));
        List<Referrals.Row> mine = referrals.page(0, 10_000).rows().stream()
                .filter(r -> r.referrerTeam().equals("CMHT " + tag)).toList();
        assertThat(mine).extracting(Referrals.Row::status).containsOnly(ReferralStatus.OPEN);
        long byEmail = idOf(mine, "Ref email " + tag);
        long byPhone = idOf(mine, "Ref phone " + tag);
        long declines = idOf(mine, "Ref declines " + tag);
        assertThat(referrals.view(admin, byEmail).interests()).isEqualTo("<b>Anxiety</b> course");

        // no account without recorded consent
        assertThat(refusalOf(() -> referrals.createAccount(admin, byEmail))).isEqualTo("referrals.noConsent");
        referrals.markContacted(admin, byEmail);
        assertThat(refusalOf(() -> referrals.createAccount(admin, byEmail))).isEqualTo("referrals.noConsent");
        long accounts = tx.call(em -> em.createQuery("SELECT COUNT(a) FROM UserAccount a WHERE a.email = :e", Long.class)
                .setParameter("e", personEmail).getSingleResult());
        assertThat(accounts).isZero();
        assertThat(refusalOf(() -> referrals.recordConsent(admin, byEmail, ConsentMethod.IN_PERSON, today.plusDays(1))))
                .isEqualTo("referrals.consentDateInvalid");
        assertThat(refusalOf(() -> referrals.recordConsent(admin, byEmail, null, today)))
                .isEqualTo("referrals.consentHowRequired");

        // with consent: by e-mail the person gets a link to choose a password
        referrals.recordConsent(admin, byEmail, ConsentMethod.IN_WRITING, today.minusDays(1));
        Referrals.Detail consented = referrals.view(admin, byEmail);
        assertThat(consented.status()).isEqualTo(ReferralStatus.CONSENT_RECORDED);
        assertThat(consented.consentHow()).isEqualTo(ConsentMethod.IN_WRITING);
        assertThat(consented.consentBy()).isEqualTo(admin);
        long student = referrals.createAccount(admin, byEmail);
        String madeEmail = tx.call(em -> em.find(Student.class, student).getAccount().getEmail());
        assertThat(madeEmail).isEqualTo(personEmail);
        assertThat(mailsTo(personEmail)).anyMatch(m -> m.getBody().contains("token="));
        Referrals.Detail made = referrals.view(admin, byEmail);
        assertThat(made.status()).isEqualTo(ReferralStatus.ACCOUNT_MADE);
        assertThat(made.studentId()).isEqualTo(student);
        assertThat(made.personName()).isEqualTo("Ref email " + tag); // shown from the student's record
        assertThat(made.personEmail()).isNull(); // the referral keeps no copy of the details
        assertThat(refusalOf(() -> referrals.createAccount(admin, byEmail))).isEqualTo("referrals.changedMeanwhile");

        // without e-mail: the person is recorded for the office to phone
        referrals.recordConsent(admin, byPhone, ConsentMethod.BY_PHONE, today);
        long phoned = referrals.createAccount(admin, byPhone);
        tx.run(em -> {
            Student s = em.find(Student.class, phoned);
            assertThat(s.getAccount().hasEmail()).isFalse();
            assertThat(s.getPhone()).isEqualTo("0161 496 0999");
        });

        // a person who declines keeps nothing but the team and the dates
        referrals.decline(admin, declines);
        Referrals.Detail declined = referrals.view(admin, declines);
        assertThat(declined.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(java.util.Arrays.asList(declined.personName(), declined.personEmail(), declined.personPhone(),
                declined.personAddress(), declined.interests(), declined.referrerName(), declined.referrerEmail()))
                .containsOnlyNulls();
        assertThat(declined.referrerTeam()).isEqualTo("CMHT " + tag);
        assertThat(refusalOf(() -> referrals.createAccount(admin, declines))).isEqualTo("referrals.noConsent");

        List<AuditEntry> audit = tx.call(em -> em.createNamedQuery(AuditEntry.FIND_BY_ENTITY, AuditEntry.class)
                .setParameter("entityType", "Referral").setParameter("entityId", byEmail).getResultList());
        assertThat(audit).allMatch(a -> a.getActor().equals(admin))
                .extracting(AuditEntry::getNewValue).contains("CONTACTED", "CONSENT_RECORDED", "ACCOUNT_MADE");
    }

    private static long idOf(List<Referrals.Row> rows, String name) {
        return rows.stream().filter(r -> name.equals(r.personName())).findFirst().orElseThrow().id();
    }

    private static String refusalOf(Runnable action) {
        try {
            action.run();
        } catch (Refusal refused) {
            return refused.messageKey();
        }
        throw new AssertionError("Expected a refusal");
    }

    private EnrolmentRefused assertRefused(Runnable action, String key) {
        try {
            action.run();
        } catch (EnrolmentRefused refused) {
            assertThat(refused.messageKey()).isEqualTo(key);
            return refused;
        }
        throw new AssertionError("Expected a refusal " + key);
    }

    private EnrolmentStatus statusOf(long studentId, long runId) {
        return tx.call(em -> em.find(Enrolment.class, enrolmentOf(studentId, runId)).getStatus());
    }

    private long enrolmentOf(long studentId, long runId) {
        return tx.call(em -> em.createQuery("SELECT e FROM Enrolment e WHERE e.student.id = :s AND e.run.id = :r"
                        + " ORDER BY e.statusChangedAt DESC", Enrolment.class)
                .setParameter("s", studentId).setParameter("r", runId).setMaxResults(1).getSingleResult().getId());
    }

    private int confirmedCount(long runId) {
        return tx.call(em -> em.find(CourseRun.class, runId).getConfirmedCount());
    }

    private List<OutboxMail> mailsTo(String email) {
        return tx.call(em -> em.createQuery("SELECT m FROM OutboxMail m WHERE m.recipient = :r ORDER BY m.id", OutboxMail.class)
                .setParameter("r", email).getResultList());
    }

    /** Builds each test's own course, run and students, with names that cannot collide between runs. */
    static final class Fixture {
        private static final String RUN_ID = UUID.randomUUID().toString().substring(0, 6);

        static String email(String name) {
            return "student-" + name + "-" + RUN_ID + "@example.org";
        }

        static long course(EntityManager em, String name, Long prerequisiteId) {
            Category category = new Category("cat-" + name + "-" + RUN_ID, "Category " + name + " " + RUN_ID, null);
            em.persist(category);
            Course course = new Course("Course " + name, "About " + name, category, 3, 120, DeliveryMode.IN_PERSON);
            course.changeSlug("course-" + name + "-" + RUN_ID);
            course.activate();
            if (prerequisiteId != null) {
                course.requirePrerequisite(em.find(Course.class, prerequisiteId));
            }
            em.persist(course);
            return course.getId();
        }

        static long run(EntityManager em, long courseId, int capacity, LocalDate first, LocalTime start, boolean publish) {
            LocalDate today = first.minusDays(60);
            String tag = courseId + "-" + RUN_ID;
            Term term = new Term("Term " + tag, first.minusDays(7), first.plusWeeks(12), today,
                    LocalDate.now().minusDays(7), first.plusDays(7));
            em.persist(term);
            Venue venue = new Venue("Venue " + tag, "1 High Street", "EB1 1AA", false, null);
            em.persist(venue);
            CourseRun run = new CourseRun(em.find(Course.class, courseId), term, venue, capacity);
            run.scheduleWeekly(first, start, start.plusMinutes(59));
            if (publish) {
                run.publish();
            }
            em.persist(run);
            return run.getId();
        }

        static long student(EntityManager em, String name) {
            UserAccount account = new UserAccount(email(name), "Student " + name, java.time.OffsetDateTime.now());
            account.grant(Role.STUDENT);
            em.persist(account);
            Student student = new Student(account, Relation.OTHER);
            em.persist(student);
            return student.getId();
        }
    }
}
