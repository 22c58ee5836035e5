package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recoverycollege.account.control.AccountService;
import org.recoverycollege.account.control.PrivacyNotices;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.account.entity.PasswordReset;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.notification.control.OutboxShredder;
import org.recoverycollege.enrolment.entity.SupportNeed;

/**
 * A student's own data: "my details", the download of everything held about them, and closing the
 * account. Closing erases what identifies or describes the person and keeps the rows that anonymous
 * figures count (enrolments, attendance, ratings).
 */
@ApplicationScoped
@Transactional
public class PersonalData {

    private static final String RESETS_OF = "DELETE FROM PasswordReset p WHERE p.account = :account";
    private static final String TO_PHONE_OF = "DELETE FROM ToPhone t WHERE t.student = :student";
    private static final String AUDIT_VALUES_OF = "UPDATE AuditEntry a SET a.oldValue = NULL, a.newValue = NULL"
            + " WHERE (a.entityType = 'Student' AND a.entityId = :student)"
            + " OR (a.entityType = 'UserAccount' AND a.entityId = :account)";
    private static final String AUDIT_ACTOR = "UPDATE AuditEntry a SET a.actor = :anonymous WHERE a.actor = :former";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StudentRegistration students;

    @Inject
    private AccountService accounts;

    @Inject
    private PrivacyNotices privacyNotices;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    @Any
    private Instance<StudentDataHolder> holders;

    @Inject
    private OutboxShredder mail;

    public Optional<MyDetails> detailsOf(String email) {
        return students.findByEmail(email).map(student -> new MyDetails(student.getAccount().getDisplayName(),
                student.getSupportNeeds(), student.getOtherNeeds(), student.isContactByEmail(),
                student.isContactByPhone(), student.getPhone(), student.getAccount().getPreferredLanguage()));
    }

    /** Records needs, contact preferences and language; contact by phone needs a number ({@code details.phoneNeeded}). */
    public void update(@NotBlank String email, @NotNull Set<SupportNeed> needs,
            @Size(max = Student.OTHER_NEEDS_MAX) String otherNeeds, boolean byEmail, boolean byPhone,
            @Size(max = Student.PHONE_MAX) String phone, @NotBlank String language) {
        Student student = students.findByEmail(email).orElseThrow(() -> new EnrolmentRefused("enrolment.refused.notStudent"));
        if (byPhone && (phone == null || phone.isBlank())) {
            throw new EnrolmentRefused("details.phoneNeeded");
        }
        student.recordNeeds(needs, otherNeeds);
        student.changeContactPreferences(byEmail, byPhone, phone);
        student.getAccount().chooseLanguage(language);
    }

    /** Everything held about the student, as JSON. */
    public String export(@NotBlank String email) {
        Student student = students.findByEmail(email).orElseThrow(() -> new EnrolmentRefused("enrolment.refused.notStudent"));
        UserAccount account = student.getAccount();
        JsonArrayBuilder needs = Json.createArrayBuilder();
        student.getSupportNeeds().stream().sorted().forEach(need -> needs.add(need.name()));
        JsonArrayBuilder places = Json.createArrayBuilder();
        for (Enrolment enrolment : em.createNamedQuery(Enrolment.FIND_BY_STUDENT, Enrolment.class)
                .setParameter("student", student).getResultList()) {
            JsonObjectBuilder place = Json.createObjectBuilder()
                    .add("course", enrolment.getRun().getCourse().getTitle())
                    .add("term", enrolment.getRun().getTerm().getName())
                    .add("status", enrolment.getStatus().name())
                    .add("requestedAt", enrolment.getRequestedAt().toString())
                    .add("statusChangedAt", enrolment.getStatusChangedAt().toString());
            holders.forEach(holder -> holder.exportPlace(enrolment, place));
            places.add(place);
        }
        JsonObjectBuilder person = Json.createObjectBuilder()
                .add("name", account.getDisplayName())
                .add("email", account.getEmail())
                .add("language", account.getPreferredLanguage())
                .add("accountCreatedAt", account.getCreatedAt().toString())
                .add("relation", student.getRelation().name())
                .add("supportNeeds", needs)
                .add("contactByEmail", student.isContactByEmail())
                .add("contactByPhone", student.isContactByPhone())
                .add("calendarFeed", account.getCalendarToken() != null);
        addOptional(person, "phone", student.getPhone());
        addOptional(person, "otherNeeds", student.getOtherNeeds());
        JsonArrayBuilder acceptances = Json.createArrayBuilder();
        privacyNotices.acceptancesOf(account).forEach(a -> acceptances.add(Json.createObjectBuilder()
                .add("noticeVersion", a.getNoticeVersion()).add("acceptedAt", a.getAcceptedAt().toString())));
        JsonObjectBuilder document = Json.createObjectBuilder().add("person", person).add("enrolments", places)
                .add("privacyNoticeAcceptances", acceptances);
        holders.forEach(holder -> holder.export(student, document));
        return document.build().toString();
    }

    /**
     * Closes the account: live places are given up (the next people waiting get them), the personal data is
     * erased, and the account can no longer sign in. Enrolments, attendance and ratings stay, anonymous.
     */
    public void closeAccount(@NotBlank String email) {
        Student student = students.findByEmail(email).orElseThrow(() -> new EnrolmentRefused("enrolment.refused.notStudent"));
        List<Enrolment> live = em.createNamedQuery(Enrolment.FIND_LIVE_BY_STUDENT, Enrolment.class)
                .setParameter("student", student).getResultList();
        for (Enrolment enrolment : live) {
            if (EnrolmentRules.mayCancelAt(enrolment.getRun(), LocalDateTime.now(clock))) {
                enrolments.cancel(enrolment.getId(), email);
            } else {
                enrolments.withdraw(enrolment.getId(), "student#" + student.getId());
            }
        }
        holders.forEach(holder -> holder.erase(student));
        UserAccount account = student.getAccount();
        em.createQuery(RESETS_OF).setParameter("account", account).executeUpdate();
        em.createQuery(TO_PHONE_OF).setParameter("student", student).executeUpdate();
        String formerEmail = account.getEmail();
        student.erase();
        account.close("erased-" + account.getId() + "@erased.invalid");
        // what the mail outbox and the audit log hold about the person goes too
        mail.forget(formerEmail);
        em.createQuery(AUDIT_VALUES_OF).setParameter("student", student.getId()).setParameter("account", account.getId())
                .executeUpdate();
        em.createQuery(AUDIT_ACTOR).setParameter("former", formerEmail)
                .setParameter("anonymous", "student#" + student.getId()).executeUpdate();
        audit.recorded("student#" + student.getId(), AuditLog.DELETE, "Student", student.getId());
    }

    private static void addOptional(JsonObjectBuilder builder, String name, String value) {
        if (value != null) {
            builder.add(name, value);
        }
    }
}
