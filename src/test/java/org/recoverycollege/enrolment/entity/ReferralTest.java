package org.recoverycollege.enrolment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoverycollege.platform.entity.EntityFixtures.NOW;
import static org.recoverycollege.platform.entity.EntityFixtures.account;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.recoverycollege.account.entity.UserAccount;

class ReferralTest {

    private Referral referral() {
        return new Referral("Jo Reed", "jo@example.org", "0161 496 0000", "1 Mill Lane", "Sleep", "Alex Morgan",
                "Community team", "alex@trust.example.org", NOW);
    }

    @Test
    void aReferralNeedsAWayToReachThePerson() {
        assertThatThrownBy(() -> new Referral("Jo Reed", " ", null, "", null, "Alex", "Team", "alex@trust.example.org", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAccountCanBeMadeOnlyAfterConsentIsRecorded() {
        Referral referral = referral();
        Student student = new Student(account("jo@example.org"), Relation.OTHER);
        assertThatThrownBy(() -> referral.accountMade(student, NOW)).isInstanceOf(IllegalStateException.class);
        referral.markContacted(NOW);
        assertThatThrownBy(() -> referral.accountMade(student, NOW)).isInstanceOf(IllegalStateException.class);

        referral.recordConsent(ConsentMethod.IN_PERSON, NOW.toLocalDate(), "office@example.org", NOW);
        referral.accountMade(student, NOW.plusHours(1));

        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.ACCOUNT_MADE);
        assertThat(referral.getConsentHow()).isEqualTo(ConsentMethod.IN_PERSON);
        assertThat(referral.getPersonEmail()).isNull();
        assertThatThrownBy(() -> referral.decline(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDeclinedReferralKeepsOnlyTheTeamAndItsDates() {
        Referral referral = referral();
        referral.recordConsent(ConsentMethod.BY_PHONE, NOW.toLocalDate(), "office@example.org", NOW);
        referral.decline(NOW.plusDays(1));

        assertThat(Arrays.asList(referral.getPersonName(), referral.getPersonEmail(), referral.getPersonPhone(),
                referral.getPersonAddress(), referral.getInterests(), referral.getReferrerName(),
                referral.getReferrerEmail(), referral.getConsentHow(), referral.getConsentOn(), referral.getConsentBy()))
                .containsOnlyNulls();
        assertThat(referral.getReferrerTeam()).isEqualTo("Community team");
        assertThat(referral.getCreatedAt()).isEqualTo(NOW);
        assertThat(referral.hasConsent()).isFalse();
    }

    @Test
    void aPersonWithoutEmailNeedsAPhoneOrAnAddressAndIsNeverEmailed() {
        UserAccount account = UserAccount.withoutEmail("abc", "Pat Walker", NOW);
        assertThat(account.hasEmail()).isFalse();
        assertThat(account.getEmail()).endsWith("@" + UserAccount.NO_EMAIL_DOMAIN);
        assertThatThrownBy(() -> Student.withoutEmail(account, Relation.OTHER, " ", null))
                .isInstanceOf(IllegalArgumentException.class);

        Student byPost = Student.withoutEmail(account, Relation.OTHER, null, "4 Canal Street");
        assertThat(byPost.isContactByEmail()).isFalse();
        assertThat(byPost.isContactByPhone()).isFalse();
        Student byPhone = Student.withoutEmail(account, Relation.OTHER, "0161 496 0000", null);
        assertThat(byPhone.isContactByPhone()).isTrue();

        account.changeEmail("pat@example.org");
        byPhone.allowEmail();
        assertThat(account.hasEmail()).isTrue();
        assertThat(byPhone.isContactByEmail()).isTrue();
    }
}
