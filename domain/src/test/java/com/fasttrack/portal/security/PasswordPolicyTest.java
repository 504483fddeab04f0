package com.fasttrack.portal.security;

import com.fasttrack.portal.shared.DomainException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    @Test
    void needsAtLeastTwelveCharacters() {
        assertThat(PasswordPolicy.problemWith("eleven-char", "old-password"))
                .contains("The new password must have at least 12 characters");
        assertThat(PasswordPolicy.problemWith("twelve-chars", "old-password")).isEmpty();
    }

    @Test
    void mustDifferFromTheCurrentPassword() {
        assertThatThrownBy(() -> PasswordPolicy.check("same-password-again", "same-password-again"))
                .isInstanceOf(DomainException.class)
                .hasMessage("The new password must differ from the current one");
    }

    @Test
    void refusesWhatBcryptWouldCut() {
        assertThat(PasswordPolicy.problemWith("x".repeat(65), "old")).isPresent();
        // 30 characters but 90 bytes in UTF-8
        assertThat(PasswordPolicy.problemWith("渡".repeat(30), "old"))
                .contains("The new password must have at most 64 characters");
        assertThat(PasswordPolicy.problemWith("x".repeat(64), "old")).isEmpty();
    }
}
