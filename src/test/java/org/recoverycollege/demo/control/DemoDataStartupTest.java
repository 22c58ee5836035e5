package org.recoverycollege.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recoverycollege.platform.control.DatabaseKind;

class DemoDataStartupTest {

    @Test
    void automaticallyOnlyForTheEmbeddedDatabase() {
        assertThat(DemoDataStartup.wanted("auto", DatabaseKind.H2)).isTrue();
        assertThat(DemoDataStartup.wanted("auto", DatabaseKind.POSTGRESQL)).isFalse();
    }

    @Test
    void anExplicitChoiceWinsOnEitherDatabase() {
        assertThat(DemoDataStartup.wanted("true", DatabaseKind.POSTGRESQL)).isTrue();
        assertThat(DemoDataStartup.wanted(" TRUE ", DatabaseKind.POSTGRESQL)).isTrue();
        assertThat(DemoDataStartup.wanted("false", DatabaseKind.H2)).isFalse();
    }
}
