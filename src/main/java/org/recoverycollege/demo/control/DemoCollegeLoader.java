package org.recoverycollege.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import org.recoverycollege.enrolment.control.EnrolmentMail;
import org.recoverycollege.enrolment.entity.ConsentMethod;
import org.recoverycollege.enrolment.entity.Referral;
import org.recoverycollege.evaluation.entity.Evaluation;
import org.recoverycollege.evaluation.entity.Rating;
import org.recoverycollege.evaluation.entity.WellbeingScale;
import org.recoverycollege.involvement.control.PaymentRule;
import org.recoverycollege.involvement.entity.PaymentLine;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.platform.control.Setting;
import org.recoverycollege.register.control.FollowUpRule;
import org.recoverycollege.register.entity.Attendance;
import org.recoverycollege.register.entity.FollowUp;
import org.recoverycollege.register.entity.AttendanceMark;
import org.recoverycollege.register.entity.FacilitatorAttendance;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.recoverycollege.account.control.AccountService;
import org.recoverycollege.account.control.PasswordHashing;
import org.recoverycollege.account.control.PrivacyNotices;
import org.recoverycollege.account.entity.PrivacyAcceptance;
import org.recoverycollege.account.entity.PrivacyNotice;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.catalogue.entity.Category;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.DeliveryMode;
import org.recoverycollege.enrolment.entity.AgeBand;
import org.recoverycollege.enrolment.entity.CourseInterest;
import org.recoverycollege.enrolment.entity.Disability;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EqualityAnswers;
import org.recoverycollege.enrolment.entity.Ethnicity;
import org.recoverycollege.enrolment.entity.Gender;
import org.recoverycollege.enrolment.entity.Relation;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.enrolment.entity.SupportNeed;
import org.recoverycollege.planning.entity.AccessFeature;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.Room;
import org.recoverycollege.planning.entity.RunStatus;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.tutoring.entity.Arrangement;
import org.recoverycollege.tutoring.entity.Assignment;
import org.recoverycollege.tutoring.entity.Expertise;
import org.recoverycollege.tutoring.entity.ReadinessItem;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * Builds the demo college relative to today: a term in progress and the next term with enrolment
 * open. Deterministic (fixed random seed), so every fresh run shows the same college.
 */
@ApplicationScoped
public class DemoCollegeLoader {

    public static final String DEMO_PASSWORD = "demo-password";
    public static final String ADMIN_EMAIL = "admin@example.org";
    public static final String TUTOR_EMAIL = "tutor@example.org";
    public static final String STUDENT_EMAIL = "student@example.org";
    static final int STUDENTS = 200;
    static final int TUTORS_PER_EXPERTISE = 10;

    private static final String CLAIMED_SQL =
            "SELECT COUNT(*) FROM college_setting WHERE setting_name = 'demo-data-loaded'";
    private static final String CLAIM_SQL =
            "INSERT INTO college_setting (setting_name, setting_value) VALUES ('demo-data-loaded', ?)";
    private static final String COUNT_CONFIRMED_SQL = """
            UPDATE course_run SET confirmed_count =
              (SELECT COUNT(*) FROM enrolment e WHERE e.run_id = course_run.id AND e.status = 'CONFIRMED')""";
    private static final LocalTime[][] SESSION_TIMES = {
        {LocalTime.of(10, 0), LocalTime.of(12, 0)},
        {LocalTime.of(13, 30), LocalTime.of(15, 30)},
        {LocalTime.of(18, 0), LocalTime.of(20, 0)}
    };

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordHashing passwordHashing;

    @Inject
    private PrivacyNotices privacyNotices;

    @Inject
    private Clock clock;

    @Inject
    private EnrolmentMail enrolmentMail;

    /** Loads the college unless the database already has accounts; true when it loaded. */
    @Transactional
    public boolean loadIntoEmptyDatabase() {
        if (accounts.countAccounts() > 0) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        // The claim row's primary key lets only one of several instances starting together load
        em.createNativeQuery(CLAIM_SQL).setParameter(1, now.toString()).executeUpdate();
        new Builder(now).build();
        // every demo account has accepted the privacy notice in force, so the demo signs in as before
        PrivacyNotice notice = privacyNotices.current();
        em.createQuery("SELECT a FROM UserAccount a", UserAccount.class).getResultList()
                .forEach(account -> em.persist(new PrivacyAcceptance(account, notice, now)));
        em.flush();
        em.createNativeQuery(COUNT_CONFIRMED_SQL).executeUpdate();
        return true;
    }

    /** True once some instance has committed a load of the demo college. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean isClaimed() {
        return ((Number) em.createNativeQuery(CLAIMED_SQL).getSingleResult()).longValue() > 0;
    }

    /** One load's working state. */
    private final class Builder {

        private final Random random = new Random(2026);
        private final OffsetDateTime now;
        private final LocalDate today;
        private final String demoHash;
        private final List<Course> courses = new ArrayList<>();
        private final List<Venue> venues = new ArrayList<>();
        private final Map<Venue, Room> rooms = new HashMap<>();
        private final List<CourseRun> currentRuns = new ArrayList<>();
        private final List<CourseRun> openRuns = new ArrayList<>();
        private final List<Tutor> peers = new ArrayList<>();
        private final List<Tutor> professionals = new ArrayList<>();
        private final Map<Student, List<CourseRun>> confirmedRuns = new HashMap<>();
        private final Map<CourseRun, Integer> confirmedPerRun = new HashMap<>();
        private final Map<CourseRun, List<Enrolment>> placesPerRun = new HashMap<>();
        private final List<Student> people = new ArrayList<>();
        private Student demoStudent;

        Builder(OffsetDateTime now) {
            this.now = now;
            this.today = now.toLocalDate();
            this.demoHash = passwordHashing.hash(DEMO_PASSWORD);
        }

        void build() {
            buildCatalogue();
            buildVenues();
            Term current = termAround(today.minusWeeks(7), false);
            Term next = termAround(today.plusWeeks(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), true);
            scheduleRuns(current, 25, currentRuns);
            scheduleRuns(next, 35, openRuns);
            currentRuns.forEach(run -> {
                run.publish();
                run.start();
            });
            for (int i = 0; i < openRuns.size(); i++) {
                if (i % 9 != 8) {
                    openRuns.get(i).publish(); // every ninth run stays a draft, still being planned
                }
            }
            buildTutors();
            pairCurrentRuns();
            buildPeopleAndEnrolments();
            new History(this).build();
            recordReadiness();
            moveUnderWay();
            interestAndEqualityMonitoring();
            walkIns();
            referrals();
        }

        /**
         * Every tutor has their induction, safeguarding training and DBS check recorded. One professional's
         * DBS check expires in three weeks: the reminder goes out, and the pair proposed for her before it
         * was noticed shows on the pairing board as a rule broken, with the reason.
         */
        private void recordReadiness() {
            LocalDate lastYear = today.minusYears(1);
            for (Tutor tutor : union(peers, professionals)) {
                tutor.recordReadiness(ReadinessItem.INDUCTION, lastYear.minusMonths(6), null);
                tutor.recordReadiness(ReadinessItem.SAFEGUARDING, lastYear, lastYear.plusYears(3));
                tutor.recordReadiness(ReadinessItem.DBS_CHECK, lastYear, lastYear.plusYears(3));
            }
            Tutor lapsing = professionals.get(professionals.size() - 1);
            lapsing.recordReadiness(ReadinessItem.DBS_CHECK, today.minusYears(3), today.plusDays(21));
            openRuns.stream().filter(run -> lapsing.isTrainedFor(run.getCourse())).findFirst()
                    .ifPresent(run -> em.persist(Assignment.propose(run, lapsing, now)));
        }

        private static List<Tutor> union(List<Tutor> first, List<Tutor> second) {
            List<Tutor> all = new ArrayList<>(first);
            all.addAll(second);
            return all;
        }

        /**
         * A move the office has under way: someone (the demo student when they can) waits on another run of a
         * course while keeping their confirmed place, as "My courses" and both run pages show. The run waited
         * for is full: its capacity is set to the places it has confirmed.
         */
        private void moveUnderWay() {
            List<Student> candidates = new ArrayList<>(List.of(demoStudent));
            candidates.addAll(people);
            for (Student student : candidates) {
                List<CourseRun> taken = confirmedRuns.getOrDefault(student, List.of());
                for (CourseRun kept : openRuns) {
                    Enrolment place = placesPerRun.getOrDefault(kept, List.of()).stream()
                            .filter(e -> e.getStudent().equals(student)).findFirst().orElse(null);
                    CourseRun full = place == null ? null : openRuns.stream().filter(run -> run != kept
                                    && run.getStatus() == RunStatus.PUBLISHED && run.getCourse().equals(kept.getCourse())
                                    && !taken.contains(run) && confirmedPerRun.getOrDefault(run, 0) > 0
                                    && taken.stream().noneMatch(other -> other != kept && other.clashesWith(run)))
                            .findFirst().orElse(null);
                    if (full != null) {
                        full.changeCapacity(Math.min(full.getCapacity(), confirmedPerRun.get(full)));
                        em.persist(Enrolment.waitlistedKeeping(place, full, now.minusHours(1)));
                        return;
                    }
                }
            }
        }

        /**
         * Interest lists on the courses with no published run next term (publishing one of their draft runs
         * tells the people waiting), and optional equality monitoring answers from most people.
         */
        private void interestAndEqualityMonitoring() {
            List<Course> waitedFor = courses.stream().filter(course -> openRuns.stream()
                    .noneMatch(run -> run.getCourse().equals(course) && run.getStatus() == RunStatus.PUBLISHED))
                    .limit(3).toList();
            for (int c = 0; c < waitedFor.size(); c++) {
                if (c == 0) {
                    em.persist(new CourseInterest(waitedFor.get(c), demoStudent, now));
                }
                for (int i = 0; i < 9 - 3 * c; i++) {
                    em.persist(new CourseInterest(waitedFor.get(c), people.get((c * 17 + i * 5) % people.size()),
                            now.minusDays(i)));
                }
            }
            for (Student person : people) {
                if (random.nextInt(5) != 0) {
                    EqualityAnswers answers = new EqualityAnswers(person);
                    answers.answer(AgeBand.values()[random.nextInt(AgeBand.values().length)],
                            random.nextInt(3) == 0 ? Ethnicity.values()[random.nextInt(Ethnicity.values().length)]
                                    : Ethnicity.WHITE_BRITISH,
                            random.nextInt(4) == 0 ? Disability.YES : Disability.values()[1 + random.nextInt(2)],
                            random.nextInt(2) == 0 ? Gender.WOMAN : Gender.values()[random.nextInt(Gender.values().length)],
                            now);
                    em.persist(answers);
                }
            }
        }

        /** Two staff referrals for the office to follow up: one just received, one whose consent is recorded. */
        private void referrals() {
            em.persist(new Referral("Jordan Reed", null, "0161 496 0433", null,
                    "Mentioned wanting to sleep better and meet people.", "Alex Morgan", "Community mental health team",
                    "alex.morgan@trust.example.org", now.minusDays(2)));
            Referral consented = new Referral("Riley Shaw", "riley.shaw@example.org", null, null, "Understanding anxiety",
                    "Sam Patel", "Early intervention team", "sam.patel@trust.example.org", now.minusDays(9));
            consented.markContacted(now.minusDays(6));
            consented.recordConsent(ConsentMethod.BY_PHONE, today.minusDays(6), ADMIN_EMAIL, now.minusDays(6));
            em.persist(consented);
        }

        /**
         * Two people without e-mail, as the office records them: one with a phone number and a confirmed place
         * (the confirmation waits on the list of people to phone), one with only a postal address.
         */
        private void walkIns() {
            UserAccount phoning = UserAccount.withoutEmail("demo-walk-in-1", "Pat Walker", now);
            phoning.grant(Role.STUDENT);
            em.persist(phoning);
            Student pat = Student.withoutEmail(phoning, Relation.USES_SERVICES, "0161 496 0781", null);
            em.persist(pat);
            UserAccount writing = UserAccount.withoutEmail("demo-walk-in-2", "Morgan Post", now);
            writing.grant(Role.STUDENT);
            em.persist(writing);
            em.persist(Student.withoutEmail(writing, Relation.CARER_FAMILY_FRIEND, null, "4 Canal Street\nManchester M1 3HE"));
            openRuns.stream().filter(run -> run.getStatus() == RunStatus.PUBLISHED)
                    .filter(run -> confirmedPerRun.getOrDefault(run, 0) < run.getCapacity() / 2).findFirst()
                    .ifPresent(run -> {
                        Enrolment place = Enrolment.confirmed(pat, run, now.minusDays(1));
                        em.persist(place);
                        confirmedPerRun.merge(run, 1, Integer::sum);
                        enrolmentMail.confirmed(place);
                    });
        }

        private void buildCatalogue() {
            Map<String, Category> categories = new HashMap<>();
            for (String[] row : DemoCatalogue.CATEGORIES) {
                Category category = new Category(row[0], row[1], row[2]);
                em.persist(category);
                categories.put(row[0], category);
            }
            for (String[] row : DemoCatalogue.COURSES) {
                int sessions = Integer.parseInt(row[3]);
                DeliveryMode mode = DeliveryMode.valueOf(row[4]);
                Course course = new Course(row[1], row[2], categories.get(row[0]), sessions, 120, mode);
                course.describe(row[2], DemoCatalogue.easyRead(row[1], sessions),
                        DemoCatalogue.outcomes(row[1]), DemoCatalogue.AUDIENCE);
                course.markCoDesigned(random.nextInt(10) < 8);
                course.activate();
                em.persist(course);
                courses.add(course);
            }
            // "WRAP: going further" builds on the WRAP course
            courseTitled("WRAP: Going Further").requirePrerequisite(
                    courseTitled("Wellness Recovery Action Planning (WRAP)"));
        }

        private Course courseTitled(String title) {
            return courses.stream().filter(c -> c.getTitle().equals(title)).findFirst().orElseThrow();
        }

        private void buildVenues() {
            Venue northgate = new Venue("Northgate Adult Education Centre", "14 Northgate Street, Elmbridge",
                    "EB1 4NG", false, "Five minutes from Elmbridge bus station; lift to the first floor.");
            northgate.recordAccessFeatures(EnumSet.of(AccessFeature.STEP_FREE_ACCESS, AccessFeature.LIFT,
                    AccessFeature.HEARING_LOOP, AccessFeature.ACCESSIBLE_TOILET, AccessFeature.NEAR_PUBLIC_TRANSPORT));
            Venue riverside = new Venue("Riverside Wellbeing Hub", "2 Mill Lane, Elmbridge", "EB2 7RL", false,
                    "Free parking behind the building.");
            riverside.recordAccessFeatures(EnumSet.of(AccessFeature.STEP_FREE_ACCESS, AccessFeature.QUIET_ROOM,
                    AccessFeature.PARKING, AccessFeature.ACCESSIBLE_TOILET));
            Venue library = new Venue("St Luke's Community Library", "St Luke's Road, Ashford Vale", "AV3 1SL",
                    false, "Meeting room on the ground floor, next to the children's library.");
            library.recordAccessFeatures(EnumSet.of(AccessFeature.STEP_FREE_ACCESS, AccessFeature.HEARING_LOOP,
                    AccessFeature.NEAR_PUBLIC_TRANSPORT));
            Venue online = Venue.online("Online");
            for (Venue venue : List.of(northgate, riverside, library, online)) {
                em.persist(venue);
                venues.add(venue);
            }
            addRoom(northgate, "Room 1.4", 16);
            addRoom(riverside, "Garden Room", 14);
            addRoom(library, "Meeting Room", 12);
        }

        private void addRoom(Venue venue, String name, int capacity) {
            Room room = new Room(venue, name, capacity);
            em.persist(room);
            rooms.put(venue, room);
        }

        private Term termAround(LocalDate startMonday, boolean enrolmentOpen) {
            LocalDate starts = startMonday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate ends = starts.plusWeeks(11).plusDays(4);
            LocalDate prospectus = starts.minusWeeks(enrolmentOpen ? 9 : 10);
            LocalDate opens = enrolmentOpen ? today.minusWeeks(2) : starts.minusWeeks(8);
            LocalDate closes = enrolmentOpen ? ends.minusWeeks(4) : starts.plusWeeks(2);
            Term term = new Term(seasonName(starts), starts, ends, prospectus, opens, closes);
            em.persist(term);
            return term;
        }

        private String seasonName(LocalDate starts) {
            String season = switch (starts.getMonthValue()) {
                case 12, 1, 2, 3 -> "Spring";
                case 4, 5, 6, 7 -> "Summer";
                default -> "Autumn";
            };
            int year = starts.getMonthValue() == 12 ? starts.getYear() + 1 : starts.getYear();
            return season + " " + year;
        }

        private void scheduleRuns(Term term, int count, List<CourseRun> into) {
            for (int i = 0; i < count; i++) {
                Course course = courses.get((i * 7 + (into == openRuns ? 3 : 0)) % courses.size());
                Venue venue = course.getDeliveryMode() == DeliveryMode.ONLINE
                        ? venues.get(3) : venues.get(i % 3);
                int capacity = venue.isOnline() ? 20 : 12 + random.nextInt(5);
                CourseRun run = new CourseRun(course, term, venue, capacity);
                if (venue.isOnline()) {
                    run.changeOnlineLink("https://meet.example.org/rc-" + term.getStartsOn().getYear() + "-" + (i + 1));
                } else {
                    run.moveTo(venue, rooms.get(venue));
                }
                DayOfWeek day = DayOfWeek.of(1 + i % 5);
                LocalDate first = term.getStartsOn().plusWeeks(random.nextInt(3)).with(TemporalAdjusters.nextOrSame(day));
                LocalTime[] times = SESSION_TIMES[(i / 5) % SESSION_TIMES.length];
                run.scheduleWeekly(first, times[0], times[1]);
                em.persist(run);
                into.add(run);
            }
        }

        private void buildTutors() {
            for (int i = 0; i < TUTORS_PER_EXPERTISE; i++) {
                Arrangement arrangement = switch (i % 3) {
                    case 0 -> Arrangement.PAID_CO_PRODUCER;
                    case 1 -> Arrangement.CONTRIBUTOR;
                    default -> Arrangement.VOLUNTEER;
                };
                peers.add(tutor(DemoCatalogue.PEER_NAMES[i], Expertise.LIVED_EXPERIENCE, arrangement, i));
                professionals.add(tutor(DemoCatalogue.PROFESSIONAL_NAMES[i], Expertise.PROFESSIONAL,
                        i % 4 == 3 ? Arrangement.CONTRIBUTOR : Arrangement.EMPLOYED, i));
            }
            UserAccount tutorAccount = accounts.openWithHash(TUTOR_EMAIL, peers.get(0).getFullName(), demoHash,
                    Set.of(Role.TUTOR));
            peers.get(0).linkAccount(tutorAccount);
        }

        private Tutor tutor(String name, Expertise expertise, Arrangement arrangement, int index) {
            String email = name.toLowerCase().replace(' ', '.').replace("'", "") + "@tutors.example.org";
            Tutor tutor = new Tutor(name, email, expertise, arrangement, 3 + index % 4);
            // each tutor is trained for a band of courses that overlaps their neighbours'
            for (int k = 0; k < 9; k++) {
                Course course = courses.get((index * 3 + k) % courses.size());
                tutor.train(course, today.minusMonths(6 + random.nextInt(30)));
            }
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.getValue() > 5 || random.nextInt(10) < 3) {
                    continue;
                }
                tutor.addSlot(day, LocalTime.of(9, 0), LocalTime.of(16, 0), null);
                if (random.nextBoolean()) {
                    tutor.addSlot(day, LocalTime.of(17, 30), LocalTime.of(20, 30), null);
                }
            }
            em.persist(tutor);
            return tutor;
        }

        /** Runs in progress have an accepted pair; the open term is left for the pairing board. */
        private void pairCurrentRuns() {
            for (int i = 0; i < currentRuns.size(); i++) {
                CourseRun run = currentRuns.get(i);
                Tutor peer = firstTrained(peers, run, i);
                Tutor professional = firstTrained(professionals, run, i);
                for (Tutor tutor : new Tutor[] {peer, professional}) {
                    if (tutor != null) {
                        Assignment assignment = Assignment.propose(run, tutor, now);
                        assignment.offer(ADMIN_EMAIL, now);
                        assignment.accept(now);
                        em.persist(assignment);
                    }
                }
            }
            // the demo tutor has two offers waiting in the open term
            openRuns.stream().filter(run -> peers.get(0).isTrainedFor(run.getCourse())).limit(2).forEach(run -> {
                Assignment offer = Assignment.propose(run, peers.get(0), now);
                offer.offer(ADMIN_EMAIL, now);
                em.persist(offer);
            });
        }

        private Tutor firstTrained(List<Tutor> tutors, CourseRun run, int offset) {
            for (int k = 0; k < tutors.size(); k++) {
                Tutor tutor = tutors.get((offset + k) % tutors.size());
                if (tutor.isTrainedFor(run.getCourse())) {
                    return tutor;
                }
            }
            return null;
        }

        private void buildPeopleAndEnrolments() {
            accounts.openWithHash(ADMIN_EMAIL, "Ada Administrator", demoHash, Set.of(Role.ADMIN));
            demoStudent = student(STUDENT_EMAIL, "Sam Student", Relation.USES_SERVICES);
            demoStudent.recordNeeds(EnumSet.of(SupportNeed.LARGE_PRINT), null);
            List<Student> students = new ArrayList<>();
            for (int i = 1; i < STUDENTS; i++) {
                String name = DemoCatalogue.FIRST_NAMES[i % DemoCatalogue.FIRST_NAMES.length] + " "
                        + DemoCatalogue.LAST_NAMES[(i * 7) % DemoCatalogue.LAST_NAMES.length];
                Student student = student(String.format("student%03d@example.org", i), name,
                        Relation.values()[random.nextInt(Relation.values().length)]);
                if (random.nextInt(5) == 0) {
                    student.recordNeeds(EnumSet.of(SupportNeed.values()[random.nextInt(SupportNeed.values().length - 1)]), null);
                }
                students.add(student);
            }
            people.addAll(students);
            enrolDemoStudent(demoStudent);
            for (int i = 0; i < students.size(); i++) {
                Student student = students.get(i);
                int wanted = 1 + random.nextInt(3);
                for (int k = 0; k < wanted; k++) {
                    List<CourseRun> pool = random.nextInt(3) == 0 ? currentRuns : openRuns;
                    CourseRun run = pool.get(random.nextInt(pool.size()));
                    enrol(student, run, i % 4 == 0);
                }
            }
        }

        private Student student(String email, String name, Relation relation) {
            UserAccount account = accounts.openWithHash(email, name, demoHash, Set.of(Role.STUDENT));
            Student student = new Student(account, relation);
            em.persist(student);
            return student;
        }

        private void enrolDemoStudent(Student demoStudent) {
            enrol(demoStudent, currentRuns.get(0), false);
            openRuns.stream().filter(run -> run.getStatus() == RunStatus.PUBLISHED)
                    .skip(4).limit(2).forEach(run -> enrol(demoStudent, run, false));
        }

        /** Confirms while places remain (leaving some runs with spare places), then waitlists. */
        private void enrol(Student student, CourseRun run, boolean keen) {
            if (run.getStatus() == RunStatus.DRAFT
                    || confirmedRuns.getOrDefault(student, List.of()).contains(run)) {
                return;
            }
            int taken = confirmedPerRun.getOrDefault(run, 0);
            boolean popular = run.getCourse().getTitle().length() % 3 == 0;
            int target = popular ? run.getCapacity() : run.getCapacity() * 2 / 3;
            boolean clashes = confirmedRuns.getOrDefault(student, List.of()).stream().anyMatch(run::clashesWith);
            if (clashes) {
                return;
            }
            Enrolment enrolment;
            if (taken < target) {
                enrolment = Enrolment.confirmed(student, run, now.minusDays(random.nextInt(20) + 1));
                confirmedPerRun.put(run, taken + 1);
                placesPerRun.computeIfAbsent(run, r -> new ArrayList<>()).add(enrolment);
                confirmedRuns.computeIfAbsent(student, s -> new ArrayList<>()).add(run);
            } else if (popular && keen) {
                enrolment = Enrolment.waitlisted(student, run, now.minusHours(random.nextInt(300) + 1));
                confirmedRuns.computeIfAbsent(student, s -> new ArrayList<>()).add(run);
            } else {
                return;
            }
            em.persist(enrolment);
        }
    }

    /**
     * The college's history, drawn from its own seeded random numbers after the rest is built (so the rest
     * stays as it was): a past term whose runs completed, with registers of students and facilitators,
     * completions, evaluations with wellbeing scores and payment lines, and the registers of the sessions
     * already held in the term in progress. The demo student finished a five-session course there, present
     * at four sessions.
     */
    private final class History {

        private static final String RECORDED_BY = "demo";
        private static final String[] HELPED = {
            "Meeting people who understood.", "The tutors sharing their own stories.",
            "Practical tools I can use every day.", "Going at my own pace.", null};
        private static final String[] BETTER = {
            "More time for questions.", "A bigger room.", "Sessions a little later in the day.", null, null};

        private final Builder college;
        private final Random random = new Random(1848);

        History(Builder college) {
            this.college = college;
        }

        void build() {
            Term past = college.termAround(college.today.minusWeeks(20), false);
            List<CourseRun> pastRuns = new ArrayList<>();
            for (int i = 0; i < 18; i++) {
                Course course = college.courses.get((i * 5 + 1) % college.courses.size());
                Venue venue = course.getDeliveryMode() == DeliveryMode.ONLINE
                        ? college.venues.get(3) : college.venues.get(i % 3);
                CourseRun run = new CourseRun(course, past, venue, venue.isOnline() ? 20 : 14);
                if (venue.isOnline()) {
                    run.changeOnlineLink("https://meet.example.org/rc-past-" + (i + 1));
                } else {
                    run.moveTo(venue, college.rooms.get(venue));
                }
                LocalTime[] times = SESSION_TIMES[(i / 5) % SESSION_TIMES.length];
                run.scheduleWeekly(past.getStartsOn().plusWeeks(random.nextInt(2))
                        .with(TemporalAdjusters.nextOrSame(DayOfWeek.of(1 + i % 5))), times[0], times[1]);
                run.publish();
                run.start();
                em.persist(run);
                pastRuns.add(run);
            }
            CourseRun demoPast = pastRuns.stream().filter(r -> r.getCourse().getSessionCount() == 5).findFirst()
                    .orElse(pastRuns.get(0));
            for (int i = 0; i < pastRuns.size(); i++) {
                CourseRun run = pastRuns.get(i);
                List<Tutor> pair = pair(run, i);
                run.complete(); // after its tutors were assigned: a completed run takes no assignment
                List<Enrolment> places = new ArrayList<>();
                if (run == demoPast) {
                    places.add(place(college.demoStudent, run));
                }
                int wanted = 6 + random.nextInt(7);
                for (int k = 0; k < wanted; k++) {
                    Student student = college.people.get(random.nextInt(college.people.size()));
                    if (places.stream().noneMatch(e -> e.getStudent().equals(student))) {
                        places.add(place(student, run));
                    }
                }
                registers(run, places, pair, college.today);
                settle(run, places);
            }
            for (int i = 0; i < college.currentRuns.size(); i++) {
                CourseRun run = college.currentRuns.get(i);
                List<Enrolment> places = college.placesPerRun.getOrDefault(run, List.of());
                registers(run, places, liveTutors(run), college.today);
                followUps(run, places);
            }
        }

        /** The follow-ups the registers of the term in progress call for, as the register would open them. */
        private void followUps(CourseRun run, List<Enrolment> places) {
            em.flush();
            List<CourseSession> held = run.getSessions().stream()
                    .filter(s -> !s.isCancelled() && s.getSessionDate().isBefore(college.today))
                    .sorted(java.util.Comparator.comparing(CourseSession::startDateTime)).toList();
            if (held.isEmpty()) {
                return;
            }
            int inARow = Integer.parseInt(Setting.FOLLOW_UP_ABSENCES_IN_A_ROW.defaultValue());
            for (Enrolment place : places) {
                Map<Long, AttendanceMark> marks = new HashMap<>();
                em.createNamedQuery(Attendance.FIND_BY_ENROLMENT, Attendance.class).setParameter("enrolment", place)
                        .getResultStream().forEach(a -> marks.put(a.getSession().getId(), a.getMark()));
                List<AttendanceMark> inOrder = held.stream().map(s -> marks.get(s.getId())).toList();
                FollowUpRule.reason(inOrder, inARow).ifPresent(reason -> em.persist(new FollowUp(place,
                        held.get(held.size() - 1), reason, college.now.minusDays(random.nextInt(5)))));
            }
        }

        private List<Tutor> pair(CourseRun run, int offset) {
            List<Tutor> pair = new ArrayList<>();
            for (List<Tutor> tutors : List.of(college.peers, college.professionals)) {
                Tutor tutor = college.firstTrained(tutors, run, offset);
                if (tutor != null) {
                    OffsetDateTime offered = college.now.minusWeeks(24);
                    Assignment assignment = Assignment.propose(run, tutor, offered);
                    assignment.offer(ADMIN_EMAIL, offered);
                    assignment.accept(offered);
                    em.persist(assignment);
                    pair.add(tutor);
                }
            }
            return pair;
        }

        private List<Tutor> liveTutors(CourseRun run) {
            return em.createNamedQuery(Assignment.FIND_LIVE_BY_RUN, Assignment.class).setParameter("run", run)
                    .getResultStream().map(Assignment::getTutor).toList();
        }

        private Enrolment place(Student student, CourseRun run) {
            Enrolment enrolment = Enrolment.confirmed(student, run, college.now.minusWeeks(26 + random.nextInt(4)));
            em.persist(enrolment);
            return enrolment;
        }

        /** Marks for every session held before today: most people come most weeks, a few drift away. */
        private void registers(CourseRun run, List<Enrolment> places, List<Tutor> tutors, LocalDate today) {
            Map<Enrolment, Integer> keenness = new HashMap<>();
            for (Enrolment place : places) {
                keenness.put(place, place.getStudent() == college.demoStudent ? -1 : 55 + random.nextInt(45));
            }
            for (CourseSession session : run.getSessions()) {
                if (session.isCancelled() || !session.getSessionDate().isBefore(today)) {
                    continue;
                }
                OffsetDateTime recorded = session.getSessionDate().atTime(session.getEndsAt())
                        .atOffset(college.now.getOffset());
                for (Enrolment place : places) {
                    int keen = keenness.get(place);
                    AttendanceMark mark = keen < 0
                            ? (session.getSequenceNo() == 3 ? AttendanceMark.APOLOGIES : AttendanceMark.PRESENT)
                            : random.nextInt(100) < keen ? AttendanceMark.PRESENT
                            : random.nextBoolean() ? AttendanceMark.APOLOGIES : AttendanceMark.ABSENT;
                    em.persist(new Attendance(session, place, mark, RECORDED_BY, recorded));
                }
                for (Tutor tutor : tutors) {
                    boolean present = random.nextInt(20) > 0;
                    em.persist(new FacilitatorAttendance(session, tutor, present));
                    if (present) {
                        PaymentRule.kindFor(tutor.getArrangement()).ifPresent(kind -> em.persist(new PaymentLine(
                                tutor, session, kind, new BigDecimal(PaymentRule.rateOf(kind).defaultValue()),
                                session.getSessionDate(), recorded)));
                    }
                }
            }
        }

        /** Completions at the college's 70% marker, and feedback from most of those who came at all. */
        private void settle(CourseRun run, List<Enrolment> places) {
            em.flush();
            long held = run.getSessions().stream().filter(s -> !s.isCancelled()).count();
            int threshold = Integer.parseInt(Setting.COMPLETION_THRESHOLD_PERCENT.defaultValue());
            OffsetDateTime ended = run.lastSession().orElseThrow().getSessionDate().plusDays(8).atStartOfDay()
                    .atOffset(college.now.getOffset());
            for (Enrolment place : places) {
                long present = em.createNamedQuery(Attendance.COUNT_PRESENT_BY_ENROLMENT, Long.class)
                        .setParameter("enrolment", place).getSingleResult();
                if (present * 100 >= (long) threshold * held) {
                    place.complete(ended);
                }
                if (present > 0 && place.getStudent() != college.demoStudent && random.nextInt(10) < 7) {
                    int before = 30 + random.nextInt(20);
                    int after = Math.min(70, before + random.nextInt(12) - 2);
                    Rating rating = Rating.values()[Math.min(Rating.values().length - 1, random.nextInt(10) / 4)];
                    em.persist(new Evaluation(place, rating, HELPED[random.nextInt(HELPED.length)],
                            BETTER[random.nextInt(BETTER.length)], WellbeingScale.WEMWBS, before, after, ended));
                }
            }
        }
    }
}
