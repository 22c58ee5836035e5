package org.recoverycollege.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/**
 * A one-time password reset: only the hash of the token sent by e-mail is stored. It can be used once,
 * before it expires.
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = PasswordReset.FIND_BY_TOKEN_HASH,
        query = "SELECT p FROM PasswordReset p WHERE p.tokenHash = :tokenHash")
@NamedQuery(name = PasswordReset.COUNT_REQUESTED_SINCE,
        query = "SELECT COUNT(p) FROM PasswordReset p WHERE p.account = :account AND p.requestedAt > :since")
@NamedQuery(name = PasswordReset.DELETE_EXPIRED_BEFORE,
        query = "DELETE FROM PasswordReset p WHERE p.expiresAt < :before")
public class PasswordReset extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_TOKEN_HASH = "PasswordReset.findByTokenHash";
    /** Deletes resets that expired before {@code :before}. */
    /** How many links were asked for {@code :account} after {@code :since}. */
    public static final String COUNT_REQUESTED_SINCE = "PasswordReset.countRequestedSince";
    public static final String DELETE_EXPIRED_BEFORE = "PasswordReset.deleteExpiredBefore";
    public static final int TOKEN_HASH_MAX = 64;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private UserAccount account;

    @NotBlank
    @Size(max = TOKEN_HASH_MAX)
    @Column(name = "token_hash", nullable = false, updatable = false, length = TOKEN_HASH_MAX)
    private String tokenHash;

    @NotNull
    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;

    @NotNull
    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected PasswordReset() {
        // for JPA
    }

    public PasswordReset(UserAccount account, String tokenHash, OffsetDateTime requestedAt, OffsetDateTime expiresAt) {
        this.account = Objects.requireNonNull(account, "account");
        this.tokenHash = Texts.required(tokenHash, TOKEN_HASH_MAX, "token hash");
        this.requestedAt = Objects.requireNonNull(requestedAt, "request time");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiry");
        if (!expiresAt.isAfter(requestedAt)) {
            throw new IllegalArgumentException("A reset must expire after it was asked for");
        }
    }

    /** Not used yet and not expired at that moment. */
    public boolean isUsableAt(OffsetDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the reset; refuses a used or expired one. */
    public void use(OffsetDateTime now) {
        if (usedAt != null) {
            throw new IllegalStateException("This password reset has already been used");
        }
        if (!isUsableAt(now)) {
            throw new IllegalStateException("This password reset expired at " + expiresAt);
        }
        this.usedAt = now;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public OffsetDateTime getUsedAt() {
        return usedAt;
    }
}
