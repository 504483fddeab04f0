package com.fasttrack.portal.security;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class OneTimePasswordTest {

    @Test
    void isLongAndUsesOnlyUnambiguousCharacters() {
        OneTimePassword password = OneTimePassword.generate(new SecureRandom());
        String group = "[2-9a-hjkmnp-zA-HJ-NP-Z]{5}";
        assertThat(password.value()).hasSize(23).matches(group + "(-" + group + "){3}");
        assertThat(password.value().replace("-", "")).hasSizeGreaterThanOrEqualTo(16)
                .doesNotContain("0", "O", "1", "l", "I");
    }

    @Test
    void everyCallGivesAnotherPassword() {
        SplittableRandom random = new SplittableRandom(42);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(OneTimePassword.generate(random).value());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void neverPrintsItself() {
        OneTimePassword password = OneTimePassword.generate(new SecureRandom());
        assertThat(password.toString()).doesNotContain(password.value());
    }
}
