package org.recoverycollege.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.recoverycollege.catalogue.entity.DeliveryMode;
import org.recoverycollege.planning.control.ProspectusFilter;
import org.recoverycollege.planning.control.ProspectusFilter.TimeOfDay;

/** The prospectus address: parameters become a filter, stale values are ignored, paging keeps the search. */
class ProspectusQueryTest {

    @Test
    void parametersBecomeAFilter() {
        ProspectusQuery query = new ProspectusQuery();
        query.setQ("  anxiety ");
        query.setMode("ONLINE");
        query.setDay("TUESDAY");
        query.setTime("EVENING");
        query.setVenue("42");
        query.setPlaces("yes");
        assertThat(query.toFilter()).isEqualTo(new ProspectusFilter("anxiety", null, DeliveryMode.ONLINE, 42L,
                DayOfWeek.TUESDAY, TimeOfDay.EVENING, true));
    }

    @Test
    void nonsenseFromAnOldLinkIsIgnored() {
        ProspectusQuery query = new ProspectusQuery();
        query.setMode("BY_PIGEON");
        query.setVenue("not-a-number");
        query.setPage("-3");
        assertThat(query.toFilter()).isEqualTo(ProspectusFilter.ANY);
        assertThat(query.pageNumber()).isEqualTo(1);
    }

    @Test
    void anotherPageKeepsTheSearch() {
        ProspectusQuery query = new ProspectusQuery();
        query.setQ("living with");
        query.setCategory("wellbeing");
        query.setPage("1");
        assertThat(query.withPage(2)).isEqualTo("?q=living+with&category=wellbeing&page=2");
    }

    @Test
    void timesOfDayFollowTheStartTime() {
        assertThat(TimeOfDay.of(LocalTime.of(11, 59))).isEqualTo(TimeOfDay.MORNING);
        assertThat(TimeOfDay.of(LocalTime.NOON)).isEqualTo(TimeOfDay.AFTERNOON);
        assertThat(TimeOfDay.of(LocalTime.of(17, 0))).isEqualTo(TimeOfDay.EVENING);
    }
}
