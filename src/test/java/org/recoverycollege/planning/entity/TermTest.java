package org.recoverycollege.planning.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoverycollege.platform.entity.EntityFixtures.autumnTerm;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TermTest {

    // prospectus 1 Aug, enrolment 10 Aug - 30 Oct, term 14 Sep - 18 Dec 2026
    private final Term term = autumnTerm();

    @Test
    void enrolmentIsOpenFromTheOpeningToTheClosingDayBothIncluded() {
        assertThat(term.isEnrolmentOpenOn(LocalDate.of(2026, 8, 9))).isFalse();
        assertThat(term.isEnrolmentOpenOn(LocalDate.of(2026, 8, 10))).isTrue();
        assertThat(term.isEnrolmentOpenOn(LocalDate.of(2026, 9, 20))).isTrue();
        assertThat(term.isEnrolmentOpenOn(LocalDate.of(2026, 10, 30))).isTrue();
        assertThat(term.isEnrolmentOpenOn(LocalDate.of(2026, 10, 31))).isFalse();
    }

    @Test
    void theProspectusIsPublishedFromItsDayOn() {
        assertThat(term.isProspectusPublishedOn(LocalDate.of(2026, 7, 31))).isFalse();
        assertThat(term.isProspectusPublishedOn(LocalDate.of(2026, 8, 1))).isTrue();
        assertThat(term.isProspectusPublishedOn(LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    void refusesATermOrAnEnrolmentWindowThatEndsBeforeItStarts() {
        LocalDate d = LocalDate.of(2026, 9, 1);
        assertThatThrownBy(() -> new Term("Bad", d, d.minusDays(1), d, d, d))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Term("Bad", d, d, d, d, d.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Term("One day", d, d, d, d, d).isEnrolmentOpenOn(d)).isTrue();
    }
}
