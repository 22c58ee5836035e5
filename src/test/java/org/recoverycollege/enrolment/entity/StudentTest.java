package org.recoverycollege.enrolment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoverycollege.platform.entity.EntityFixtures.account;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StudentTest {

    private final Student student = new Student(account("sam@example.org"), Relation.CARER_FAMILY_FRIEND);

    @Test
    void recordsNeedsAndContactPreferences() {
        student.recordNeeds(Set.of(SupportNeed.LARGE_PRINT, SupportNeed.HEARING_LOOP), "  a seat near the door ");
        student.changeContactPreferences(true, true, " 07700 900123 ");

        assertThat(student.getSupportNeeds()).containsExactlyInAnyOrder(SupportNeed.LARGE_PRINT,
                SupportNeed.HEARING_LOOP);
        assertThat(student.getOtherNeeds()).isEqualTo("a seat near the door");
        assertThat(student.getPhone()).isEqualTo("07700 900123");
        assertThat(student.isContactByPhone()).isTrue();
    }

    @Test
    void contactByPhoneNeedsANumber() {
        assertThatThrownBy(() -> student.changeContactPreferences(true, true, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void erasureDropsPhoneAndNeedsAndRefusesNewData() {
        student.recordNeeds(Set.of(SupportNeed.EASY_READ), "other");
        student.changeContactPreferences(true, true, "07700 900123");

        student.erase();

        assertThat(student.isErased()).isTrue();
        assertThat(student.getPhone()).isNull();
        assertThat(student.getOtherNeeds()).isNull();
        assertThat(student.getSupportNeeds()).isEmpty();
        assertThat(student.isContactByEmail()).isFalse();
        assertThat(student.isContactByPhone()).isFalse();
        assertThatThrownBy(() -> student.recordNeeds(Set.of(SupportNeed.OTHER), null))
                .isInstanceOf(IllegalStateException.class);
    }
}
