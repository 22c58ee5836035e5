package org.recoverycollege.tutoring.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/**
 * A person who co-facilitates runs: their expertise for pairing, their involvement arrangement, the
 * courses they are trained for, their weekly availability and its exceptions.
 * <p>
 * The expertise is fixed once the tutor is saved: assignments and cover requests reference
 * (tutor id, expertise) through composite foreign keys, so they always carry the tutor's true expertise.
 */
@Entity
@Table(name = "tutor")
@NamedQuery(name = Tutor.FIND_ALL, query = "SELECT t FROM Tutor t ORDER BY t.fullName, t.id")
@NamedQuery(name = Tutor.FIND_BY_ACCOUNT, query = "SELECT t FROM Tutor t WHERE t.account = :account")
@NamedQuery(name = Tutor.FIND_BY_EMAIL, query = "SELECT t FROM Tutor t WHERE t.email = :email")
@NamedQuery(name = Tutor.FIND_ACTIVE,
        query = "SELECT t FROM Tutor t WHERE t.active = TRUE ORDER BY t.fullName, t.id")
@NamedQuery(name = Tutor.FIND_TRAINED_FOR,
        query = "SELECT DISTINCT t FROM Tutor t JOIN t.trainedCourses tc"
                + " WHERE tc.course = :course AND t.active = TRUE ORDER BY t.fullName")
@NamedQuery(name = Tutor.FIND_BY_CALENDAR_TOKEN, query = "SELECT t FROM Tutor t WHERE t.calendarToken = :token")
public class Tutor extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "Tutor.findAll";
    public static final String FIND_BY_ACCOUNT = "Tutor.findByAccount";
    public static final String FIND_BY_EMAIL = "Tutor.findByEmail";
    public static final String FIND_ACTIVE = "Tutor.findActive";
    /** Active tutors trained for {@code :course}. */
    public static final String FIND_TRAINED_FOR = "Tutor.findTrainedFor";
    public static final String FIND_BY_CALENDAR_TOKEN = "Tutor.findByCalendarToken";
    public static final int CALENDAR_TOKEN_MAX = 64;
    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 32;
    public static final int MAX_SESSIONS_PER_WEEK = 40;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", unique = true)
    private UserAccount account;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX)
    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Size(max = PHONE_MAX)
    @Column(length = PHONE_MAX)
    private String phone;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Expertise expertise;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Arrangement arrangement;

    @Min(0)
    @Max(MAX_SESSIONS_PER_WEEK)
    @Column(name = "max_sessions_per_week", nullable = false)
    private int maxSessionsPerWeek;

    @Column(nullable = false)
    private boolean active = true;

    /** The secret in the address of the tutor's calendar feed; null while no feed is issued. */
    @Size(max = CALENDAR_TOKEN_MAX)
    @Column(name = "calendar_token", length = CALENDAR_TOKEN_MAX)
    private String calendarToken;

    @OneToMany(mappedBy = "tutor", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<TrainedCourse> trainedCourses = new ArrayList<>();

    @OneToMany(mappedBy = "tutor", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<AvailabilitySlot> availability = new ArrayList<>();

    @OneToMany(mappedBy = "tutor", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<AvailabilityException> exceptions = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "tutor_preferred_course",
            joinColumns = @JoinColumn(name = "tutor_id"),
            inverseJoinColumns = @JoinColumn(name = "course_id"))
    private Set<Course> preferredCourses = new HashSet<>();

    @OneToMany(mappedBy = "tutor", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<TutorReadiness> readiness = new ArrayList<>();

    protected Tutor() {
        // for JPA
    }

    public Tutor(String fullName, String email, Expertise expertise, Arrangement arrangement,
            int maxSessionsPerWeek) {
        this.fullName = Texts.required(fullName, NAME_MAX, "full name");
        this.email = Texts.required(UserAccount.normaliseEmail(email), EMAIL_MAX, "e-mail");
        this.expertise = Objects.requireNonNull(expertise, "expertise");
        this.arrangement = Objects.requireNonNull(arrangement, "arrangement");
        this.maxSessionsPerWeek = checkMaxSessions(maxSessionsPerWeek);
    }

    // ------------------------------------------------------------------ details

    public void changeDetails(String newFullName, String newEmail, String newPhone) {
        this.fullName = Texts.required(newFullName, NAME_MAX, "full name");
        this.email = Texts.required(UserAccount.normaliseEmail(newEmail), EMAIL_MAX, "e-mail");
        this.phone = Texts.optional(newPhone, PHONE_MAX, "phone");
    }

    public void changeArrangement(Arrangement newArrangement) {
        this.arrangement = Objects.requireNonNull(newArrangement, "arrangement");
    }

    public void changeMaxSessionsPerWeek(int newMax) {
        this.maxSessionsPerWeek = checkMaxSessions(newMax);
    }

    private static int checkMaxSessions(int max) {
        if (max < 0 || max > MAX_SESSIONS_PER_WEEK) {
            throw new IllegalArgumentException("The weekly maximum is 0 to " + MAX_SESSIONS_PER_WEEK
                    + " sessions, not " + max);
        }
        return max;
    }

    public void activate() {
        this.active = true;
    }

    public void deactivate() {
        this.active = false;
    }

    /** Lets the tutor sign in to the tutor screens with this account. */
    public void linkAccount(UserAccount newAccount) {
        Objects.requireNonNull(newAccount, "account");
        if (account != null && !account.equals(newAccount)) {
            throw new IllegalStateException("The tutor " + fullName + " is already linked to another account");
        }
        this.account = newAccount;
    }

    public void unlinkAccount() {
        this.account = null;
    }

    /** Issues a new calendar feed address; the old address stops working. */
    public void issueCalendarToken(String token) {
        this.calendarToken = Texts.required(token, CALENDAR_TOKEN_MAX, "calendar token");
    }

    public void revokeCalendarToken() {
        this.calendarToken = null;
    }

    // ------------------------------------------------------------------ training and preferences

    /** Records that the tutor is trained for the course; refuses a course they are already trained for. */
    public TrainedCourse train(Course course, LocalDate trainedOn) {
        Objects.requireNonNull(course, "course");
        if (isTrainedFor(course)) {
            throw new IllegalArgumentException(fullName + " is already trained for " + course.getTitle());
        }
        TrainedCourse trained = new TrainedCourse(this, course, trainedOn);
        trainedCourses.add(trained);
        return trained;
    }

    public void untrain(Course course) {
        trainedCourses.removeIf(t -> t.getCourse().equals(course));
    }

    public boolean isTrainedFor(Course course) {
        return trainedCourses.stream().anyMatch(t -> t.getCourse().equals(course));
    }

    public void preferCourse(Course course) {
        preferredCourses.add(Objects.requireNonNull(course, "course"));
    }

    public void unpreferCourse(Course course) {
        preferredCourses.remove(course);
    }

    public boolean prefers(Course course) {
        return preferredCourses.contains(course);
    }

    // ------------------------------------------------------------------ readiness

    /** Records a readiness item, or renews the one already recorded with new dates. */
    public TutorReadiness recordReadiness(ReadinessItem item, LocalDate completedOn, LocalDate expiresOn) {
        for (TutorReadiness existing : readiness) {
            if (existing.getItem() == item) {
                existing.change(completedOn, expiresOn);
                return existing;
            }
        }
        TutorReadiness recorded = new TutorReadiness(this, item, completedOn, expiresOn);
        readiness.add(recorded);
        return recorded;
    }

    public void removeReadiness(ReadinessItem item) {
        readiness.removeIf(r -> r.getItem() == item);
    }

    /** The recorded items no longer valid on that day (for a run: its last session's day). */
    public List<TutorReadiness> expiredReadinessOn(LocalDate day) {
        return readiness.stream().filter(r -> r.isExpiredOn(day)).toList();
    }

    public List<TutorReadiness> getReadiness() {
        return readiness.stream().sorted(Comparator.comparing(TutorReadiness::getItem)).toList();
    }

    // ------------------------------------------------------------------ availability

    /**
     * Adds a weekly slot (venue null for any venue); refuses a slot that overlaps another slot on the
     * same day, naming it.
     */
    public AvailabilitySlot addSlot(DayOfWeek day, LocalTime startsAt, LocalTime endsAt, Venue venue) {
        AvailabilitySlot slot = new AvailabilitySlot(this, day, startsAt, endsAt, venue);
        for (AvailabilitySlot existing : availability) {
            if (existing.overlaps(slot)) {
                throw new IllegalArgumentException("The slot " + slot + " overlaps the slot " + existing);
            }
        }
        availability.add(slot);
        return slot;
    }

    public void removeSlot(AvailabilitySlot slot) {
        availability.remove(slot);
    }

    /** Records days away (both included). */
    public AvailabilityException addException(LocalDate from, LocalDate to, String reason) {
        AvailabilityException exception = new AvailabilityException(this, from, to, reason);
        exceptions.add(exception);
        return exception;
    }

    public void removeException(AvailabilityException exception) {
        exceptions.remove(exception);
    }

    /**
     * True when the tutor is active, no exception covers the date, and their weekly slots on that day hold
     * the whole time from start to end (slots that meet, such as 9:00-12:00 and 12:00-15:00, count as
     * one).
     */
    public boolean isAvailable(LocalDate date, LocalTime start, LocalTime end) {
        return isAvailable(date, start, end, slot -> true);
    }

    /** As {@link #isAvailable(LocalDate, LocalTime, LocalTime)}, counting only slots for any venue or this one. */
    public boolean isAvailableAt(LocalDate date, LocalTime start, LocalTime end, Venue venue) {
        return isAvailable(date, start, end, slot -> slot.getVenue() == null || slot.getVenue().equals(venue));
    }

    private boolean isAvailable(LocalDate date, LocalTime start, LocalTime end, Predicate<AvailabilitySlot> usable) {
        if (!active || !start.isBefore(end) || isAway(date)) {
            return false;
        }
        DayOfWeek day = date.getDayOfWeek();
        List<AvailabilitySlot> slots = availability.stream()
                .filter(s -> s.getDayOfWeek() == day)
                .filter(usable)
                .sorted(Comparator.comparing(AvailabilitySlot::getStartsAt))
                .toList();
        LocalTime covered = start;
        for (AvailabilitySlot slot : slots) {
            if (!slot.getStartsAt().isAfter(covered) && slot.getEndsAt().isAfter(covered)) {
                covered = slot.getEndsAt();
                if (!covered.isBefore(end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when an exception covers the date. */
    public boolean isAway(LocalDate date) {
        return exceptions.stream().anyMatch(e -> e.covers(date));
    }

    // ------------------------------------------------------------------ getters

    public UserAccount getAccount() {
        return account;
    }

    public String getCalendarToken() {
        return calendarToken;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Expertise getExpertise() {
        return expertise;
    }

    public Arrangement getArrangement() {
        return arrangement;
    }

    public int getMaxSessionsPerWeek() {
        return maxSessionsPerWeek;
    }

    public boolean isActive() {
        return active;
    }

    public List<TrainedCourse> getTrainedCourses() {
        return Collections.unmodifiableList(trainedCourses);
    }

    /** The weekly slots, by day and start time. */
    public List<AvailabilitySlot> getAvailability() {
        return availability.stream()
                .sorted(Comparator.comparing(AvailabilitySlot::getDayOfWeek).thenComparing(AvailabilitySlot::getStartsAt))
                .toList();
    }

    /** The exceptions, by first day. */
    public List<AvailabilityException> getExceptions() {
        return exceptions.stream().sorted(Comparator.comparing(AvailabilityException::getFromDate)).toList();
    }

    public Set<Course> getPreferredCourses() {
        return Collections.unmodifiableSet(preferredCourses);
    }

    @Override
    public String toString() {
        return "Tutor#" + getId() + " " + expertise;
    }
}
