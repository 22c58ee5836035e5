package org.recoverycollege.account.control;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.platform.control.CollegeDataSource;

/**
 * Passwords are checked against the accounts table with PBKDF2 hashes; roles are the group names stored
 * in {@code user_role}. The sign-in itself is {@link SessionAuthenticationMechanism}.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = CollegeDataSource.JNDI_NAME,
        callerQuery = "SELECT password_hash FROM user_account WHERE email = ? AND active = TRUE",
        groupsQuery = "SELECT r.role_name FROM user_role r JOIN user_account a ON a.id = r.account_id WHERE a.email = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            PasswordHashing.ALGORITHM_PARAMETER,
            PasswordHashing.ITERATIONS_PARAMETER,
            PasswordHashing.SALT_PARAMETER,
            PasswordHashing.KEY_PARAMETER
        })
@DeclareRoles({Role.STUDENT_NAME, Role.TUTOR_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
