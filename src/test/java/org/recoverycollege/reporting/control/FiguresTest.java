package org.recoverycollege.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverycollege.planning.entity.RunStatus;

class FiguresTest {

    /** A run with the numbers the figures read; the rest are zero. */
    private static RunFacts run(long course, boolean coDesigned, RunStatus status, int capacity, long enrolled,
            long waiting, long completed, long present, long marks, long evaluations, long good, boolean paired,
            long delivered, long both) {
        return new RunFacts(course * 100, course, "Course " + course, 1, "Mental health", status, coDesigned, capacity,
                enrolled, waiting, completed, present, marks, evaluations, good, 0, 0, paired, delivered, both);
    }

    @Test
    void fillRateAndWaitingAddUpOverRuns() {
        Figures figures = Figures.of(List.of(
                run(1, true, RunStatus.PUBLISHED, 12, 12, 5, 0, 0, 0, 0, 0, true, 0, 0),
                run(2, false, RunStatus.PUBLISHED, 12, 6, 0, 0, 0, 0, 0, 0, false, 0, 0)));

        assertThat(figures.runs()).isEqualTo(2);
        assertThat(figures.fill()).isEqualTo(new Share(18, 24));
        assertThat(figures.fill().percent()).isEqualTo(75);
        assertThat(figures.waiting()).isEqualTo(5);
        assertThat(figures.runsToRepeat()).as("full with people waiting").isEqualTo(1);
    }

    @Test
    void completionCountsOnlyFinishedRuns() {
        Figures figures = Figures.of(List.of(
                run(1, false, RunStatus.COMPLETED, 10, 10, 0, 7, 40, 50, 0, 0, true, 5, 5),
                run(2, false, RunStatus.RUNNING, 10, 10, 0, 0, 10, 20, 0, 0, true, 2, 1)));

        assertThat(figures.completion()).isEqualTo(new Share(7, 10));
        assertThat(figures.attendance()).isEqualTo(new Share(50, 70));
        assertThat(figures.attendance().percent()).isEqualTo(71);
    }

    @Test
    void coProductionFiguresShareRunsSessionsAndDistinctCourses() {
        Figures figures = Figures.of(List.of(
                run(1, true, RunStatus.RUNNING, 10, 5, 0, 0, 0, 0, 4, 3, true, 4, 3),
                run(1, true, RunStatus.RUNNING, 10, 5, 0, 0, 0, 0, 2, 2, false, 2, 0),
                run(2, false, RunStatus.RUNNING, 10, 5, 0, 0, 0, 0, 0, 0, true, 2, 2)));

        assertThat(figures.runsPaired()).isEqualTo(new Share(2, 3));
        assertThat(figures.sessionsBothPresent()).isEqualTo(new Share(5, 8));
        assertThat(figures.coursesCoDesigned()).as("two distinct courses, one co-designed").isEqualTo(new Share(1, 2));
        assertThat(figures.goodRatings()).isEqualTo(new Share(5, 6));
        assertThat(figures.goodRatings().percent()).isEqualTo(83);
    }

    @Test
    void wellbeingChangeIsTheMeanOverPeopleWithBothScores() {
        RunFacts a = new RunFacts(1, 1, "A", 1, "C", RunStatus.COMPLETED, false, 10, 3, 0, 3, 0, 0, 3, 3, 2, 9,
                false, 0, 0);
        RunFacts b = new RunFacts(2, 2, "B", 1, "C", RunStatus.COMPLETED, false, 10, 3, 0, 3, 0, 0, 3, 3, 1, -2,
                false, 0, 0);

        assertThat(Figures.of(List.of(a, b)).meanWellbeingChange()).isEqualTo(2.3);
        assertThat(Figures.of(List.of()).meanWellbeingChange()).isNull();
    }

    @Test
    void aShareOfNothingHasNoPercentage() {
        Figures none = Figures.of(List.of());

        assertThat(none.fill().percent()).isNull();
        assertThat(none.fill()).hasToString("\u2013");
        assertThat(new Share(1, 3)).hasToString("33%");
    }
}
