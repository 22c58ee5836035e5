package org.recoverycollege.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocalisedTextTest {

    @Test
    void aTranslatedTextIsShownInItsLanguageAndMarkedWhenThePageSpeaksAnother() {
        LocalisedText arabic = LocalisedText.choose("Understanding recovery", "فهم التعافي", "ar", "en-GB");
        assertThat(arabic.text()).isEqualTo("فهم التعافي");
        assertThat(arabic.lang()).isEqualTo("ar");
        assertThat(arabic.dir()).isEqualTo("rtl");

        LocalisedText polish = LocalisedText.choose("Understanding recovery", "Zrozumieć zdrowienie", "pl", "pl");
        assertThat(polish.text()).isEqualTo("Zrozumieć zdrowienie");
        assertThat(polish.lang()).as("same language as the page: no attribute").isNull();
        assertThat(polish.dir()).isNull();
    }

    @Test
    void aMissingOrBlankTranslationFallsBackToEnglishMarkedAsEnglish() {
        LocalisedText missing = LocalisedText.choose("Understanding recovery", null, "pl", "pl");
        assertThat(missing.text()).isEqualTo("Understanding recovery");
        assertThat(missing.lang()).isEqualTo("en");
        assertThat(missing.dir()).as("English runs left to right like Polish").isNull();

        LocalisedText blank = LocalisedText.choose("Understanding recovery", "  ", "ar", "en-GB");
        assertThat(blank.text()).isEqualTo("Understanding recovery");
        assertThat(blank.lang()).as("English text on an English page").isNull();
        assertThat(blank.dir()).isNull();
    }

    @Test
    void noTextInAnyLanguageIsEmpty() {
        LocalisedText none = LocalisedText.choose(null, null, "pl", "pl");
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.toString()).isEmpty();
    }

    @Test
    void englishTextOnARightToLeftPageIsMarkedLeftToRight() {
        LocalisedText english = LocalisedText.choose("Hope", null, "ar", "ar");
        assertThat(english.lang()).isEqualTo("en");
        assertThat(english.dir()).isEqualTo("ltr");
    }

    @Test
    void theContentLanguagesSettingListsEnglishFirstAndRefusesWhatIsNoLanguage() {
        assertThat(ContentLanguages.validate(" pl, AR ,pl")).isEqualTo("en,pl,ar");
        assertThat(ContentLanguages.parse("ar")).containsExactly("en", "ar");
        assertThat(Setting.CONTENT_LANGUAGES.validate("en,pl,ar")).isEqualTo("en,pl,ar");
        assertThatThrownBy(() -> ContentLanguages.validate("en,xx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xx");
        assertThatThrownBy(() -> Setting.CONTENT_LANGUAGES.validate("en;pl")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ContentLanguages.isRightToLeft("ar")).isTrue();
        assertThat(ContentLanguages.isRightToLeft("pl")).isFalse();
        assertThat(ContentLanguages.nativeName("pl")).isEqualTo("Polski");
        assertThat(ContentLanguages.nativeName("ar")).isEqualTo("العربية");
    }
}
