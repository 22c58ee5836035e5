package org.recoverycollege.performance.floor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;

/** Soteria's database identity store on the college's accounts, as the college signs people in. */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/college",
        callerQuery = "SELECT password_hash FROM user_account WHERE email = ? AND active = TRUE",
        groupsQuery = "SELECT r.role_name FROM user_role r JOIN user_account a ON a.id = r.account_id WHERE a.email = ?")
@ApplicationScoped
public class FloorSecurity {
}
