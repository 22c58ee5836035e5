package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recoverycollege.account.control.AccountException;
import org.recoverycollege.account.control.AccountService;
import org.recoverycollege.account.control.PasswordHashing;
import org.recoverycollege.account.control.PasswordPolicy;
import org.recoverycollege.account.control.PrivacyNotices;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.enrolment.entity.Relation;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.notification.control.MailOutbox;
import org.recoverycollege.platform.control.Refusal;

/**
 * Sign-up: an account with the student role and the student's record, in one transaction. The reply does
 * not tell whether the address already has an account: a new account gets a welcome mail, an existing
 * one a mail saying someone tried to sign up with it, and both take the time of one password hash.
 */
@ApplicationScoped
@Transactional
public class StudentRegistration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PrivacyNotices privacyNotices;

    @Inject
    @ConfigProperty(name = "app.base-url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /**
     * Registers a new student, who accepted the privacy notice in force (recorded with its version and time),
     * or, when the address already has an account, changes nothing and mails its owner instead (the result is
     * then empty). Refused with {@code signUp.privacyRequired} without the acceptance, and when the password
     * breaks the policy, either way.
     */
    public Optional<Student> register(@NotBlank String name, @NotBlank String email, @NotNull String password,
            @NotNull Relation relation, @NotBlank String language, boolean privacyNoticeAccepted) {
        if (!privacyNoticeAccepted) {
            throw new Refusal("signUp.privacyRequired");
        }
        Optional<UserAccount> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            String normalised = UserAccount.normaliseEmail(email);
            PasswordPolicy.problemWith(password, normalised).ifPresent(problem -> {
                throw new AccountException(problem);
            });
            hashing.hash(password); // as long as opening an account takes
            UserAccount owner = existing.get();
            outbox.queue(owner.getEmail(), owner.preferredLocale(), "signUpExisting", null,
                    owner.getDisplayName(), link("/sign-in"), link("/forgot-password"));
            return Optional.empty();
        }
        UserAccount account = accounts.open(email, name, password, Set.of(Role.STUDENT), language);
        privacyNotices.accept(account, privacyNotices.current().getNoticeVersion());
        Student student = new Student(account, relation);
        em.persist(student);
        outbox.queue(account.getEmail(), account.preferredLocale(), "signUpWelcome", null,
                account.getDisplayName(), link("/sign-in"));
        return Optional.of(student);
    }

    private String link(String path) {
        return baseUrl.replaceAll("/$", "") + path;
    }

    public Optional<Student> findByEmail(String email) {
        // one query by the account's address: pages ask for the signed-in student several times a request
        return em.createNamedQuery(Student.FIND_BY_EMAIL, Student.class)
                .setParameter("email", UserAccount.normaliseEmail(email))
                .getResultStream()
                .findFirst();
    }
}
