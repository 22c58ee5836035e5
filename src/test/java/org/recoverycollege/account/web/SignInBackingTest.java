package org.recoverycollege.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;

class SignInBackingTest {

    @Test
    void peopleLandInTheMostPowerfulAreaTheyHold() {
        assertThat(SignInBacking.landingPath(accountWith(Role.STUDENT))).isEqualTo("/my/");
        assertThat(SignInBacking.landingPath(accountWith(Role.TUTOR))).isEqualTo("/tutor/");
        assertThat(SignInBacking.landingPath(accountWith(Role.STUDENT, Role.TUTOR))).isEqualTo("/tutor/");
        assertThat(SignInBacking.landingPath(accountWith(Role.ADMIN, Role.TUTOR))).isEqualTo("/admin/");
        assertThat(SignInBacking.landingPath(accountWith())).isEqualTo("/");
    }

    private static UserAccount accountWith(Role... roles) {
        UserAccount account = new UserAccount("Someone@Example.org ", "Someone", OffsetDateTime.now());
        for (Role role : roles) {
            account.grant(role);
        }
        return account;
    }

    @Test
    void emailAddressesAreStoredInLowerCase() {
        assertThat(accountWith().getEmail()).isEqualTo("someone@example.org");
    }
}
