package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.recoverycollege.account.control.AccountService;
import org.recoverycollege.account.control.PasswordResets;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.enrolment.entity.Relation;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.planning.control.ProspectusEntry;
import org.recoverycollege.planning.control.ProspectusService;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.platform.control.Refusal;

/**
 * People enrolled by phone or at the desk, who may have no e-mail address: the office records them with a
 * phone number or a postal address, enrols them under the same rules as anyone (through
 * {@link EnrolmentService}), and what they must be told goes on the list of people to phone
 * ({@link ToPhoneList}). Such a person claims an account when the office, having checked who they are, adds
 * their e-mail address: the address then gets a link to choose a password. Nobody can claim the record from
 * outside, so typing someone's name never opens their account. Every step is audited.
 */
@ApplicationScoped
@Transactional
public class WalkInStudents {

    /** What an administrator gives for a person without e-mail; blank phone or address means none. */
    public record Draft(String name, String phone, String postalAddress, Relation relation, String language) {
    }

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{6,}");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordResets resets;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private ProspectusService prospectus;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Records the person and returns their student id. Refused with a message naming what is missing or wrong. */
    public long register(@NotBlank String actor, @NotNull Draft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new Refusal("walkIn.nameRequired");
        }
        if (draft.name().strip().length() > UserAccount.NAME_MAX) {
            throw new Refusal("walkIn.nameTooLong", UserAccount.NAME_MAX);
        }
        String phone = blankToNull(draft.phone());
        String address = blankToNull(draft.postalAddress());
        if (phone == null && address == null) {
            throw new Refusal("walkIn.contactRequired");
        }
        if (phone != null && (phone.length() > Student.PHONE_MAX || !PHONE.matcher(phone).matches())) {
            throw new Refusal("walkIn.phoneInvalid", Student.PHONE_MAX);
        }
        if (address != null && address.length() > Student.POSTAL_ADDRESS_MAX) {
            throw new Refusal("walkIn.addressTooLong", Student.POSTAL_ADDRESS_MAX);
        }
        if (draft.relation() == null) {
            throw new Refusal("walkIn.relationRequired");
        }
        UserAccount account = UserAccount.withoutEmail(UUID.randomUUID().toString(), draft.name(),
                OffsetDateTime.now(clock));
        account.grant(Role.STUDENT);
        account.chooseLanguage("pl".equals(draft.language()) ? "pl" : "en");
        em.persist(account);
        Student student = Student.withoutEmail(account, draft.relation(), phone, address);
        em.persist(student);
        em.flush();
        audit.recorded(actor, AuditLog.CREATE, StudentRecords.ENTITY, student.getId());
        return student.getId();
    }

    /** The runs a person can be enrolled on now (the prospectus's runs still open for enrolment). */
    public List<ProspectusEntry> openRuns() {
        return prospectus.publishedRuns().stream().filter(ProspectusEntry::enrolmentOpen).toList();
    }

    /** Enrols the student on the run under every rule that applies to anyone; the enrolment is audited. */
    public EnrolmentOutcome enrol(@NotBlank String actor, long studentId, long runId) {
        EnrolmentOutcome outcome = enrolments.enrol(studentId, runId);
        audit.recorded(actor, AuditLog.CREATE, "Enrolment", outcome.enrolmentId());
        return outcome;
    }

    /**
     * Gives a person without e-mail the address they now have and mails it a link to choose a password; from
     * then on the college e-mails them. Refused when the record already has an address or another account
     * holds this one.
     */
    public void addEmail(@NotBlank String actor, long studentId, String email) {
        Student student = em.find(Student.class, studentId);
        if (student == null || student.isErased()) {
            throw new Refusal("students.notFound");
        }
        UserAccount account = student.getAccount();
        if (account.hasEmail()) {
            throw new Refusal("walkIn.hasEmail");
        }
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > UserAccount.EMAIL_MAX || !EMAIL.matcher(address).matches()
                || UserAccount.isNoEmailAddress(address) || address.endsWith(".invalid")) {
            throw new Refusal("walkIn.emailInvalid");
        }
        if (accounts.findByEmail(address).isPresent()) {
            throw new Refusal("walkIn.emailTaken");
        }
        account.changeEmail(address);
        student.allowEmail();
        audit.changed(actor, "UserAccount", account.getId(), "email", null, address);
        em.flush();
        resets.sendInvitation(account.getId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
