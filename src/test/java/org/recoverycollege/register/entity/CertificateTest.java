package org.recoverycollege.register.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateTest {

    @Test
    void codesAreReadableAndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = Certificate.newCode();
            assertThat(code).matches("RC-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}").hasSizeLessThanOrEqualTo(16);
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
    }
}
