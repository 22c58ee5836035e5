package org.recoverycollege.evaluation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoverycollege.platform.entity.EntityFixtures.NOW;
import static org.recoverycollege.platform.entity.EntityFixtures.account;
import static org.recoverycollege.platform.entity.EntityFixtures.run;
import static org.recoverycollege.platform.entity.EntityFixtures.withId;

import org.junit.jupiter.api.Test;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.Relation;
import org.recoverycollege.enrolment.entity.Student;

class EvaluationTest {

    private final Enrolment enrolment = Enrolment.confirmed(
            withId(new Student(account("sam@example.org"), Relation.USES_SERVICES), 1L), run(10), NOW);

    private Evaluation evaluation(WellbeingScale scale, Integer before, Integer after) {
        return new Evaluation(enrolment, Rating.GOOD, "The peer trainer's story", null, scale, before, after, NOW);
    }

    @Test
    void acceptsWemwbsScoresFrom14To70() {
        Evaluation evaluation = evaluation(WellbeingScale.WEMWBS, 14, 70);

        assertThat(evaluation.getWellbeingBefore()).isEqualTo(14);
        assertThat(evaluation.getWellbeingAfter()).isEqualTo(70);
        assertThat(evaluation.wellbeingChange()).isEqualTo(56);
    }

    @Test
    void refusesWemwbsScoresOutsideTheirRange() {
        assertThatThrownBy(() -> evaluation(WellbeingScale.WEMWBS, 13, 40))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("14 to 70");
        assertThatThrownBy(() -> evaluation(WellbeingScale.WEMWBS, 40, 71))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsSwemwbsScoresFrom7To35AndRefusesOthers() {
        assertThatCode(() -> evaluation(WellbeingScale.SWEMWBS, 7, 35)).doesNotThrowAnyException();
        assertThatThrownBy(() -> evaluation(WellbeingScale.SWEMWBS, 6, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7 to 35");
        assertThatThrownBy(() -> evaluation(WellbeingScale.SWEMWBS, 20, 36))
                .isInstanceOf(IllegalArgumentException.class);
        // a WEMWBS score is not a SWEMWBS score
        assertThatThrownBy(() -> evaluation(WellbeingScale.SWEMWBS, 50, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScoreNeedsItsScale() {
        assertThatThrownBy(() -> evaluation(null, 30, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale");
        assertThatThrownBy(() -> evaluation(null, null, 30)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresAreOptional() {
        Evaluation withoutScores = new Evaluation(enrolment, Rating.EXCELLENT, null, " ", NOW);
        Evaluation onlyScale = evaluation(WellbeingScale.WEMWBS, null, null);

        assertThat(withoutScores.getWellbeingScale()).isNull();
        assertThat(withoutScores.getCouldBeBetter()).isNull();
        assertThat(withoutScores.wellbeingChange()).isNull();
        assertThat(onlyScale.getWellbeingScale()).isEqualTo(WellbeingScale.WEMWBS);
    }

    @Test
    void goodAndExcellentAreGoodOrBetter() {
        assertThat(Rating.EXCELLENT.isGoodOrBetter()).isTrue();
        assertThat(Rating.GOOD.isGoodOrBetter()).isTrue();
        assertThat(Rating.AVERAGE.isGoodOrBetter()).isFalse();
        assertThat(Rating.POOR.isGoodOrBetter()).isFalse();
        assertThat(Rating.VERY_POOR.isGoodOrBetter()).isFalse();
    }
}
