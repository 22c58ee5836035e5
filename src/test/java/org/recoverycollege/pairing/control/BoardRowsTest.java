package org.recoverycollege.pairing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoverycollege.pairing.domain.Reason;

/** The board's summary line and its course and venue choices, and the tutor choices when changing a pair. */
class BoardRowsTest {

    private static final BoardRow.Place EMPTY = new BoardRow.Place(null, null, null, false);

    static BoardRow row(long runId, long courseId, String course, long venueId, String venue, BoardRow.Place peer,
            BoardRow.Place professional, List<Reason> problems) {
        return new BoardRow(runId, courseId, course, venueId, venue, DayOfWeek.MONDAY, LocalTime.of(10, 0),
                LocalTime.of(12, 0), LocalDate.of(2027, 1, 4), 4, peer, professional, problems, List.of());
    }

    static BoardRow.Place held(long tutorId, String name) {
        return new BoardRow.Place(tutorId, name, "PROPOSED", false);
    }

    @Test
    void countsRunsUnpairedAndConflictedAndListsCoursesAndVenuesByName() {
        BoardRows rows = new BoardRows(List.of(
                row(1, 10, "Wellbeing", 20, "Town Hall", held(1, "Pat"), held(2, "Robin"), List.of()),
                row(2, 11, "Art", 21, "Library", held(1, "Pat"), EMPTY, List.of(Reason.of("empty.professional"))),
                row(3, 10, "Wellbeing", 21, "Library", held(3, "Sam"), held(2, "Robin"),
                        List.of(Reason.of("doubleBooked", "Robin")))));

        assertThat(rows.runCount()).isEqualTo(3);
        assertThat(rows.unpairedCount()).isEqualTo(1);
        assertThat(rows.conflictedCount()).as("an empty place alone is no broken rule").isEqualTo(1);
        assertThat(rows.courses()).containsExactly(Map.entry("Art", 11L), Map.entry("Wellbeing", 10L));
        assertThat(rows.venues()).containsExactly(Map.entry("Library", 21L), Map.entry("Town Hall", 20L));
        assertThat(BoardRows.NONE.runCount()).isZero();
    }

    @Test
    void theTutorHoldingThePlaceStaysSelectableFirstUnlessAlreadyAnOption() {
        List<TutorOption> options = List.of(new TutorOption(5, "Alex", List.of()));

        assertThat(TutorOption.withHolder(options, held(7, "Pat"))).extracting(TutorOption::tutorId).containsExactly(7L, 5L);
        assertThat(TutorOption.withHolder(options, held(5, "Alex"))).isEqualTo(options);
        assertThat(TutorOption.withHolder(options, EMPTY)).isEqualTo(options);
    }
}
