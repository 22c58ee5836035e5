package org.recoverycollege.involvement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * A fee or expense owed to a tutor for one delivered session, filed under the month finance pays it in.
 * At most one line per tutor, session and kind.
 */
@Entity
@Table(name = "payment_line")
@NamedQuery(name = PaymentLine.FIND_BY_MONTH,
        query = "SELECT p FROM PaymentLine p WHERE p.paymentMonth = :month ORDER BY p.tutor.fullName, p.id")
@NamedQuery(name = PaymentLine.FIND_BY_TUTOR,
        query = "SELECT p FROM PaymentLine p WHERE p.tutor = :tutor ORDER BY p.paymentMonth DESC, p.id")
@NamedQuery(name = PaymentLine.FIND_BY_TUTOR_SESSION_AND_KIND,
        query = "SELECT p FROM PaymentLine p WHERE p.tutor = :tutor AND p.session = :session AND p.kind = :kind")
public class PaymentLine extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The lines of {@code :month}, a first day of a month. */
    public static final String FIND_BY_MONTH = "PaymentLine.findByMonth";
    public static final String FIND_BY_TUTOR = "PaymentLine.findByTutor";
    public static final String FIND_BY_TUTOR_SESSION_AND_KIND = "PaymentLine.findByTutorSessionAndKind";
    public static final int AMOUNT_INTEGER_DIGITS = 8;
    public static final int AMOUNT_SCALE = 2;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tutor_id", nullable = false, updatable = false)
    private Tutor tutor;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CourseSession session;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private PaymentKind kind;

    @NotNull
    @DecimalMin("0.00")
    @Digits(integer = AMOUNT_INTEGER_DIGITS, fraction = AMOUNT_SCALE)
    @Column(nullable = false, precision = AMOUNT_INTEGER_DIGITS + AMOUNT_SCALE, scale = AMOUNT_SCALE)
    private BigDecimal amount;

    @NotNull
    @Column(name = "payment_month", nullable = false)
    private LocalDate paymentMonth;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected PaymentLine() {
        // for JPA
    }

    /**
     * A line of a non-negative amount in pounds and pence; any day of the payment month may be given and
     * the first of that month is stored.
     */
    public PaymentLine(Tutor tutor, CourseSession session, PaymentKind kind, BigDecimal amount,
            LocalDate paymentMonth, OffsetDateTime createdAt) {
        this.tutor = Objects.requireNonNull(tutor, "tutor");
        this.session = Objects.requireNonNull(session, "session");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.amount = checkAmount(amount);
        this.paymentMonth = monthOf(paymentMonth);
        this.createdAt = Objects.requireNonNull(createdAt, "time");
    }

    /** The first day of the date's month. */
    public static LocalDate monthOf(LocalDate date) {
        return Objects.requireNonNull(date, "month").withDayOfMonth(1);
    }

    /** Corrects the amount, for example after a rate was entered wrongly. */
    public void correctAmount(BigDecimal newAmount) {
        this.amount = checkAmount(newAmount);
    }

    private static BigDecimal checkAmount(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("A payment amount cannot be negative: " + amount);
        }
        BigDecimal pence;
        try {
            pence = amount.setScale(AMOUNT_SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("A payment amount has at most " + AMOUNT_SCALE + " decimals: "
                    + amount, e);
        }
        if (pence.precision() - pence.scale() > AMOUNT_INTEGER_DIGITS) {
            throw new IllegalArgumentException("A payment amount is too large: " + amount);
        }
        return pence;
    }

    public Tutor getTutor() {
        return tutor;
    }

    public CourseSession getSession() {
        return session;
    }

    public PaymentKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPaymentMonth() {
        return paymentMonth;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
