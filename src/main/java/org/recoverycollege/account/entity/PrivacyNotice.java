package org.recoverycollege.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One published version of the college's privacy notice, in English and Polish. A version is never
 * changed: a new text is a new version, numbered one above the newest, which is the key (so two
 * administrators publishing at once cannot both take the same number).
 */
@Entity
@Table(name = "privacy_notice")
@NamedQuery(name = PrivacyNotice.FIND_NEWEST, query = "SELECT n FROM PrivacyNotice n ORDER BY n.noticeVersion DESC")
public class PrivacyNotice implements Serializable {

    private static final long serialVersionUID = 1L;

    /** All versions, newest first. */
    public static final String FIND_NEWEST = "PrivacyNotice.findNewest";
    public static final int TEXT_MAX = 20_000;
    public static final int ACTOR_MAX = 254;

    @Id
    @Column(name = "notice_version")
    private int noticeVersion;

    @NotNull
    @Column(name = "published_at", nullable = false, updatable = false)
    private OffsetDateTime publishedAt;

    @NotBlank
    @Size(max = ACTOR_MAX)
    @Column(name = "published_by", nullable = false, updatable = false, length = ACTOR_MAX)
    private String publishedBy;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(name = "text_en", nullable = false, updatable = false, length = TEXT_MAX)
    private String textEn;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(name = "text_pl", nullable = false, updatable = false, length = TEXT_MAX)
    private String textPl;

    protected PrivacyNotice() {
        // for JPA
    }

    /** The version after {@code previous} (the first when there is none). */
    public PrivacyNotice(PrivacyNotice previous, String textEn, String textPl, String publishedBy, OffsetDateTime now) {
        this.noticeVersion = previous == null ? 1 : previous.noticeVersion + 1;
        this.textEn = requireText(textEn);
        this.textPl = requireText(textPl);
        this.publishedBy = Objects.requireNonNull(publishedBy, "publisher");
        this.publishedAt = Objects.requireNonNull(now, "time");
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A privacy notice needs its text");
        }
        return text.strip();
    }

    /** The text in the language (Polish for Polish, English otherwise). */
    public String textIn(Locale locale) {
        return "pl".equals(locale.getLanguage()) ? textPl : textEn;
    }

    /** The text in the language as paragraphs (separated by blank lines). */
    public List<String> paragraphsIn(Locale locale) {
        return Arrays.stream(textIn(locale).split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    public int getNoticeVersion() {
        return noticeVersion;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getTextPl() {
        return textPl;
    }
}
