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
import org.recoverycollege.account.control.AccountService;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.enrolment.entity.Relation;
import org.recoverycollege.enrolment.entity.Student;

/** Sign-up: an account with the student role and the student's record, in one transaction. */
@ApplicationScoped
@Transactional
public class StudentRegistration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    public Student register(@NotBlank String name, @NotBlank String email, @NotNull String password,
            @NotNull Relation relation, @NotBlank String language) {
        UserAccount account = accounts.open(email, name, password, Set.of(Role.STUDENT), language);
        Student student = new Student(account, relation);
        em.persist(student);
        return student;
    }

    public Optional<Student> findByEmail(String email) {
        return accounts.findByEmail(email).flatMap(account -> em
                .createNamedQuery(Student.FIND_BY_ACCOUNT_ID, Student.class)
                .setParameter("accountId", account.getId())
                .getResultStream()
                .findFirst());
    }
}
