package org.recoverycollege.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.recoverycollege.platform.entity.BaseEntity;

/** A person who can sign in: e-mail, password hash, name, language and roles. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.FIND_BY_EMAIL, query = "SELECT a FROM UserAccount a WHERE a.email = :email")
@NamedQuery(name = UserAccount.COUNT_ALL, query = "SELECT COUNT(a) FROM UserAccount a")
public class UserAccount extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_EMAIL = "UserAccount.findByEmail";
    public static final String COUNT_ALL = "UserAccount.countAll";
    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 120;
    /**
     * The name a closed account keeps: a dash, the same in every language. Pages, registers and exports
     * show the bundle's {@code account.closedName} ("Former student") in its place.
     */
    public static final String CLOSED_NAME = "\u2014";
    /**
     * The domain of the address held by a person who gave no e-mail address (enrolled by phone or at the desk).
     * {@code .invalid} is reserved (RFC 6761): nothing is ever delivered there, and each such address is unique,
     * so the e-mail address stays every account's key. Such an account has no password until its owner claims
     * it with a real address.
     */
    public static final String NO_EMAIL_DOMAIN = "no-email.invalid";

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX)
    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Column(name = "preferred_language", nullable = false, length = 8)
    private String preferredLanguage = "en";

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "calendar_token", length = 64)
    private String calendarToken;

    /** Goes up with every password change; sessions signed in with an older value end (on every instance). */
    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name", nullable = false, length = 16)
    @Convert(converter = RoleConverter.class)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String email, String displayName, OffsetDateTime createdAt) {
        this.email = normaliseEmail(email);
        this.displayName = Objects.requireNonNull(displayName).strip();
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** E-mail addresses are compared and stored in lower case, so sign-in ignores capitals. */
    public static String normaliseEmail(String email) {
        return Objects.requireNonNull(email).strip().toLowerCase(Locale.ROOT);
    }

    /** A new person with no e-mail address: a unique, undeliverable address stands in for one. */
    public static UserAccount withoutEmail(String uniqueToken, String displayName, OffsetDateTime createdAt) {
        return new UserAccount("phone-" + Objects.requireNonNull(uniqueToken) + "@" + NO_EMAIL_DOMAIN, displayName,
                createdAt);
    }

    /** Whether the address is one that stands in for a missing e-mail address. */
    public static boolean isNoEmailAddress(String email) {
        return email != null && email.endsWith("@" + NO_EMAIL_DOMAIN);
    }

    /** Whether the person gave an e-mail address the college can write to. */
    public boolean hasEmail() {
        return !isNoEmailAddress(email);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /** A new password: every session signed in with the old one ends at its next request. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.credentialsVersion++;
    }

    public void rename(String newDisplayName) {
        this.displayName = Objects.requireNonNull(newDisplayName).strip();
    }

    public void changeEmail(String newEmail) {
        this.email = normaliseEmail(newEmail);
    }

    public void chooseLanguage(String languageTag) {
        this.preferredLanguage = Objects.requireNonNull(languageTag);
    }

    public void issueCalendarToken(String token) {
        this.calendarToken = token;
    }

    public void revokeCalendarToken() {
        this.calendarToken = null;
    }

    /** Closes the account: it can no longer sign in and keeps no personal data. */
    public void close(String anonymousEmail) {
        this.active = false;
        this.passwordHash = null;
        this.calendarToken = null;
        this.displayName = CLOSED_NAME;
        this.email = normaliseEmail(anonymousEmail);
        this.roles.clear();
        this.credentialsVersion++;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** Whether a stored display name is that of a closed account (see {@link #CLOSED_NAME}). */
    public static boolean isClosedName(String displayName) {
        return CLOSED_NAME.equals(displayName);
    }

    /** The language for this person's pages and e-mails; English means British English (dates as 7 December). */
    public Locale preferredLocale() {
        Locale locale = Locale.forLanguageTag(preferredLanguage);
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.UK : locale;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public boolean isActive() {
        return active;
    }

    public int getCredentialsVersion() {
        return credentialsVersion;
    }

    public String getCalendarToken() {
        return calendarToken;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
