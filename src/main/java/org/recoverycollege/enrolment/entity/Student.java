package org.recoverycollege.enrolment.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/**
 * The student side of an account: how they relate to services, how to contact them and the support
 * they need. Holds no diagnosis. Erasure keeps the row (for anonymous figures) and drops what identifies
 * or describes the person.
 */
@Entity
@Table(name = "student")
@NamedQuery(name = Student.FIND_BY_ACCOUNT, query = "SELECT s FROM Student s WHERE s.account = :account")
@NamedQuery(name = Student.FIND_BY_ACCOUNT_ID, query = "SELECT s FROM Student s WHERE s.account.id = :accountId")
@NamedQuery(name = Student.FIND_BY_EMAIL, query = "SELECT s FROM Student s WHERE s.account.email = :email")
public class Student extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_ACCOUNT = "Student.findByAccount";
    public static final String FIND_BY_ACCOUNT_ID = "Student.findByAccountId";
    public static final String FIND_BY_EMAIL = "Student.findByEmail";
    public static final int PHONE_MAX = 32;
    public static final int OTHER_NEEDS_MAX = 1000;
    public static final int POSTAL_ADDRESS_MAX = 500;

    @NotNull
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false, unique = true)
    private UserAccount account;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Relation relation;

    @Size(max = PHONE_MAX)
    @Column(length = PHONE_MAX)
    private String phone;

    @Size(max = OTHER_NEEDS_MAX)
    @Column(name = "other_needs", length = OTHER_NEEDS_MAX)
    private String otherNeeds;

    @Size(max = POSTAL_ADDRESS_MAX)
    @Column(name = "postal_address", length = POSTAL_ADDRESS_MAX)
    private String postalAddress;

    @Column(name = "contact_by_email", nullable = false)
    private boolean contactByEmail = true;

    @Column(name = "contact_by_phone", nullable = false)
    private boolean contactByPhone;

    @Column(nullable = false)
    private boolean erased;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "student_support_need", joinColumns = @JoinColumn(name = "student_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "need", nullable = false, length = 32)
    private Set<SupportNeed> supportNeeds = EnumSet.noneOf(SupportNeed.class);

    protected Student() {
        // for JPA
    }

    /** A student contacted by e-mail only, with no needs recorded yet. */
    public Student(UserAccount account, Relation relation) {
        this.account = Objects.requireNonNull(account, "account");
        this.relation = Objects.requireNonNull(relation, "relation");
    }

    /**
     * A student with no e-mail address (enrolled by phone or at the desk): the college phones them, or writes
     * to them when they gave only a postal address. One of the two is required.
     */
    public static Student withoutEmail(UserAccount account, Relation relation, String phone, String postalAddress) {
        Student student = new Student(account, relation);
        student.phone = Texts.optional(phone, PHONE_MAX, "phone");
        student.postalAddress = Texts.optional(postalAddress, POSTAL_ADDRESS_MAX, "postal address");
        if (student.phone == null && student.postalAddress == null) {
            throw new IllegalArgumentException("A phone number or a postal address is required");
        }
        student.contactByEmail = false;
        student.contactByPhone = student.phone != null;
        return student;
    }

    /** The person now has an e-mail address on their account: the college may e-mail them. */
    public void allowEmail() {
        requireNotErased();
        this.contactByEmail = true;
    }

    public void changeRelation(Relation newRelation) {
        requireNotErased();
        this.relation = Objects.requireNonNull(newRelation, "relation");
    }

    /** Replaces the recorded needs; blank other needs are recorded as none. */
    public void recordNeeds(Set<SupportNeed> needs, String newOtherNeeds) {
        requireNotErased();
        Objects.requireNonNull(needs, "needs");
        String other = Texts.optional(newOtherNeeds, OTHER_NEEDS_MAX, "other needs");
        supportNeeds.clear();
        supportNeeds.addAll(needs);
        this.otherNeeds = other;
    }

    /** Sets how the college may contact the student; contact by phone needs a phone number. */
    public void changeContactPreferences(boolean byEmail, boolean byPhone, String newPhone) {
        requireNotErased();
        String number = Texts.optional(newPhone, PHONE_MAX, "phone");
        if (byPhone && number == null) {
            throw new IllegalArgumentException("Contact by phone needs a phone number");
        }
        this.contactByEmail = byEmail;
        this.contactByPhone = byPhone;
        this.phone = number;
    }

    /**
     * Drops the phone number, the needs and the contact preferences and marks the student erased; the
     * row stays so that enrolments still count, anonymously, in the figures.
     */
    public void erase() {
        this.phone = null;
        this.postalAddress = null;
        this.otherNeeds = null;
        this.supportNeeds.clear();
        this.contactByEmail = false;
        this.contactByPhone = false;
        this.erased = true;
    }

    private void requireNotErased() {
        if (erased) {
            throw new IllegalStateException("The student's data has been erased");
        }
    }

    public boolean hasNeeds() {
        return !supportNeeds.isEmpty() || otherNeeds != null;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Relation getRelation() {
        return relation;
    }

    public String getPhone() {
        return phone;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public String getOtherNeeds() {
        return otherNeeds;
    }

    public boolean isContactByEmail() {
        return contactByEmail;
    }

    public boolean isContactByPhone() {
        return contactByPhone;
    }

    public boolean isErased() {
        return erased;
    }

    public Set<SupportNeed> getSupportNeeds() {
        return supportNeeds.isEmpty() ? Set.of() : Set.copyOf(supportNeeds);
    }
}
