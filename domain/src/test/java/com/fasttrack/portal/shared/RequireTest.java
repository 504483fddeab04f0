package com.fasttrack.portal.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequireTest {

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F})
    void aControlCharacterIsRefusedNamingTheFieldAndTheCharacter(int control) {
        String typed = "VPN " + (char) control + " quota";
        String expected = String.format("Title contains a control character (U+%04X); remove it", control);
        assertThatThrownBy(() -> Require.nonBlank(typed, "Title", 200))
                .isInstanceOf(DomainException.class).hasMessage(expected)
                .extracting(e -> ((DomainException) e).field().orElseThrow()).isEqualTo("Title");
        assertThatThrownBy(() -> Require.text(typed, "Description", 4000)).hasMessageContaining("Description contains");
    }

    @Test
    void aNulIsRefusedRatherThanReachingPostgresWhichCannotStoreIt() {
        assertThatThrownBy(() -> Require.text("a\u0000b", "Goal / vision", 4000))
                .hasMessage("Goal / vision contains a control character (U+0000); remove it");
    }

    @Test
    void multiLineTextKeepsTabsAndNewlinesAndTurnsCarriageReturnsIntoNewlines() {
        assertThat(Require.text("one\r\ntwo\rthree\n\tfour", "Note", 100)).isEqualTo("one\ntwo\nthree\n\tfour");
    }

    @Test
    void singleLineTextFoldsPastedLineBreaksAndTabsIntoSpaces() {
        assertThat(Require.nonBlank("Move\tthe shop\r\nto Azure\n", "Title", 100)).isEqualTo("Move the shop to Azure");
    }

    @Test
    void aLoneSurrogateIsRefusedAsAnIncompleteCharacter() {
        assertThatThrownBy(() -> Require.nonBlank("broken \uD83D here", "Title", 200))
                .hasMessage("Title contains an incomplete character (U+D83D); remove it");
    }

    @Test
    void lengthCountsCharactersAsPostgresDoesNotUtf16Units() {
        String emoji = "😀".repeat(200);
        assertThat(emoji.length()).isEqualTo(400);
        assertThat(Require.nonBlank(emoji, "Title", 200)).isEqualTo(emoji);
        assertThatThrownBy(() -> Require.nonBlank(emoji + "😀", "Title", 200))
                .hasMessage("Title must be at most 200 characters");
    }

    @Test
    void unicodeIsKeptExactlyAsTypedWithoutNormalisation() {
        String decomposed = "Cafe\u0301 渡辺 健 שלום مرحبا 👩🏽‍💻 \u202Eevil";
        assertThat(Require.nonBlank(decomposed, "Name", 200)).isEqualTo(decomposed);
        assertThat(Require.text("e\u0301", "Note", 2)).isEqualTo("e\u0301");
    }

    @Test
    void requiredTextIsRequiredAfterStripping() {
        assertThatThrownBy(() -> Require.nonBlank(" \t\r\n ", "Owner", 200)).hasMessage("Owner is required");
        assertThatThrownBy(() -> Require.nonBlankText(null, "Resolution note", 200))
                .hasMessage("Resolution note is required");
    }

    @Test
    void textThePortalWritesItselfIsClippedAtACharacterBoundaryAndShowsControlCharacters() {
        assertThat(Require.clip("a\u0000b", 10)).isEqualTo("a\uFFFDb");
        assertThat(Require.clip("😀😀😀", 2)).isEqualTo("😀…");
        assertThat(Require.cut("😀😀😀", 2)).isEqualTo("😀😀");
    }
}
