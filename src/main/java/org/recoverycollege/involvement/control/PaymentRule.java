package org.recoverycollege.involvement.control;

import java.util.Optional;
import org.recoverycollege.involvement.entity.PaymentKind;
import org.recoverycollege.platform.control.Setting;
import org.recoverycollege.tutoring.entity.Arrangement;

/**
 * What a delivered session earns under each arrangement: employed staff nothing extra, a paid
 * co-producer the sessional fee, a contributor the contributor fee, a volunteer expenses only.
 */
public final class PaymentRule {

    private PaymentRule() {
    }

    /** The kind of line a delivered session creates, none for employed staff. */
    public static Optional<PaymentKind> kindFor(Arrangement arrangement) {
        return switch (arrangement) {
            case EMPLOYED -> Optional.empty();
            case PAID_CO_PRODUCER -> Optional.of(PaymentKind.SESSIONAL_FEE);
            case CONTRIBUTOR -> Optional.of(PaymentKind.CONTRIBUTOR_FEE);
            case VOLUNTEER -> Optional.of(PaymentKind.EXPENSES);
        };
    }

    /** The college setting that holds the rate of a kind of line. */
    public static Setting rateOf(PaymentKind kind) {
        return switch (kind) {
            case SESSIONAL_FEE -> Setting.SESSIONAL_FEE;
            case CONTRIBUTOR_FEE -> Setting.CONTRIBUTOR_FEE;
            case EXPENSES -> Setting.VOLUNTEER_EXPENSES;
        };
    }
}
