package org.recoverycollege.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.recoverycollege.platform.entity.BaseEntity;

/** A person's acceptance of one version of the privacy notice, with its time; once per version and account. */
@Entity
@Table(name = "privacy_acceptance")
@NamedQuery(name = PrivacyAcceptance.FIND_BY_ACCOUNT,
        query = "SELECT a FROM PrivacyAcceptance a WHERE a.account = :account ORDER BY a.noticeVersion")
@NamedQuery(name = PrivacyAcceptance.COUNT_BY_ACCOUNT_AND_VERSION,
        query = "SELECT COUNT(a) FROM PrivacyAcceptance a WHERE a.account = :account AND a.noticeVersion = :noticeVersion")
public class PrivacyAcceptance extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** An account's acceptances, oldest version first. */
    public static final String FIND_BY_ACCOUNT = "PrivacyAcceptance.findByAccount";
    /** Whether {@code :account} accepted version {@code :noticeVersion} (a Long, 0 or 1). */
    public static final String COUNT_BY_ACCOUNT_AND_VERSION = "PrivacyAcceptance.countByAccountAndVersion";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private UserAccount account;

    @Column(name = "notice_version", nullable = false, updatable = false)
    private int noticeVersion;

    @NotNull
    @Column(name = "accepted_at", nullable = false, updatable = false)
    private OffsetDateTime acceptedAt;

    protected PrivacyAcceptance() {
        // for JPA
    }

    public PrivacyAcceptance(UserAccount account, PrivacyNotice notice, OffsetDateTime now) {
        this.account = Objects.requireNonNull(account, "account");
        this.noticeVersion = notice.getNoticeVersion();
        this.acceptedAt = Objects.requireNonNull(now, "time");
    }

    public UserAccount getAccount() {
        return account;
    }

    public int getNoticeVersion() {
        return noticeVersion;
    }

    public OffsetDateTime getAcceptedAt() {
        return acceptedAt;
    }
}
