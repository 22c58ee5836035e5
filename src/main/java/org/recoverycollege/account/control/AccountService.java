package org.recoverycollege.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;

/** Accounts: creation with a checked password, look-up by e-mail, language choice. */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwordHashing;

    @Inject
    private Clock clock;

    /**
     * Opens an account. Refused with {@code account.emailTaken} when the address is in use and with
     * a {@code password.*} key when the password breaks the policy.
     */
    public UserAccount open(@NotBlank String email, @NotBlank String displayName, @NotNull String password,
            @NotNull Set<Role> roles, @NotBlank String language) {
        String normalised = UserAccount.normaliseEmail(email);
        PasswordPolicy.check(password, normalised).ifPresent(problem -> {
            throw AccountException.weakPassword(problem);
        });
        UserAccount account = openWithHash(normalised, displayName, passwordHashing.hash(password), roles);
        account.chooseLanguage(language);
        return account;
    }

    /** Opens an account with an already computed hash (or none: such an account cannot sign in yet). */
    public UserAccount openWithHash(@NotBlank String email, @NotBlank String displayName, String passwordHash,
            @NotNull Set<Role> roles) {
        String normalised = UserAccount.normaliseEmail(email);
        if (findByEmail(normalised).isPresent()) {
            throw new AccountException("account.emailTaken");
        }
        UserAccount account = new UserAccount(normalised, displayName, OffsetDateTime.now(clock));
        if (passwordHash != null) {
            account.changePasswordHash(passwordHash);
        }
        roles.forEach(account::grant);
        em.persist(account);
        return account;
    }

    public Optional<UserAccount> findByEmail(String email) {
        return em.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                .setParameter("email", UserAccount.normaliseEmail(email))
                .getResultStream()
                .findFirst();
    }

    public UserAccount getByEmail(String email) {
        return findByEmail(email).orElseThrow(() -> new AccountException("account.notFound"));
    }

    public void chooseLanguage(@NotBlank String email, @NotBlank String language) {
        findByEmail(email).ifPresent(account -> account.chooseLanguage(language));
    }

    public long countAccounts() {
        return em.createNamedQuery(UserAccount.COUNT_ALL, Long.class).getSingleResult();
    }
}
