package org.recoverycollege.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/** One wrong password for an e-mail address from a client address; the sign-in throttle counts these. */
@Entity
@Table(name = "sign_in_failure")
@NamedQuery(name = SignInFailure.TIMES_FOR_EMAIL_SINCE, query = "SELECT f.failedAt FROM SignInFailure f"
        + " WHERE f.email = :email AND f.failedAt > :since ORDER BY f.failedAt DESC")
@NamedQuery(name = SignInFailure.TIMES_FROM_ADDRESS_SINCE, query = "SELECT f.failedAt FROM SignInFailure f"
        + " WHERE f.clientAddress = :address AND f.failedAt > :since ORDER BY f.failedAt DESC")
@NamedQuery(name = SignInFailure.DELETE_BEFORE, query = "DELETE FROM SignInFailure f WHERE f.failedAt < :before")
@NamedQuery(name = SignInFailure.DELETE_FOR_EMAIL, query = "DELETE FROM SignInFailure f WHERE f.email = :email")
public class SignInFailure extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String TIMES_FOR_EMAIL_SINCE = "SignInFailure.timesForEmailSince";
    public static final String TIMES_FROM_ADDRESS_SINCE = "SignInFailure.timesFromAddressSince";
    public static final String DELETE_BEFORE = "SignInFailure.deleteBefore";
    public static final String DELETE_FOR_EMAIL = "SignInFailure.deleteForEmail";
    public static final int ADDRESS_MAX = 64;

    @Column(nullable = false, updatable = false, length = UserAccount.EMAIL_MAX)
    private String email;

    @Column(name = "client_address", nullable = false, updatable = false, length = ADDRESS_MAX)
    private String clientAddress;

    @Column(name = "failed_at", nullable = false, updatable = false)
    private OffsetDateTime failedAt;

    protected SignInFailure() {
        // for JPA
    }

    /** The e-mail address as typed (normalised, cut to the column), so unknown addresses are throttled too. */
    public SignInFailure(String email, String clientAddress, OffsetDateTime failedAt) {
        this.email = Texts.truncate(UserAccount.normaliseEmail(email), UserAccount.EMAIL_MAX);
        this.clientAddress = Texts.truncate(Objects.requireNonNull(clientAddress), ADDRESS_MAX);
        this.failedAt = Objects.requireNonNull(failedAt);
    }

    public OffsetDateTime getFailedAt() {
        return failedAt;
    }
}
