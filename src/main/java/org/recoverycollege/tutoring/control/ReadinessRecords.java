package org.recoverycollege.tutoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Setting;
import org.recoverycollege.platform.control.Refusal;
import org.recoverycollege.tutoring.entity.ReadinessItem;
import org.recoverycollege.tutoring.entity.Tutor;
import org.recoverycollege.tutoring.entity.TutorReadiness;

/**
 * Tutors' readiness items as administrators record them: completion day and, for items that lapse, the
 * expiry day. Recording an item again renews it. Every change is audited on the tutor's record.
 */
@ApplicationScoped
@Transactional
public class ReadinessRecords {

    /** The longest an item may run ahead: a date further away is a typing mistake. */
    static final int MAX_YEARS_AHEAD = 20;

    @Inject
    private TutorRecords tutors;

    @Inject
    private AuditLog audit;

    @Inject
    private CollegeSettings settings;

    @Inject
    private Clock clock;

    /** What a readiness item's row says: not recorded, valid, expiring within the reminder period, expired. */
    public enum State { NOT_RECORDED, VALID, EXPIRES_SOON, EXPIRED }

    /** One line of the tutor's readiness: every item, recorded or not. */
    public record Row(ReadinessItem item, LocalDate completedOn, LocalDate expiresOn, State state)
            implements Serializable {

        public boolean isRecorded() {
            return state != State.NOT_RECORDED;
        }
    }

    /** Every readiness item of the tutor, in the list's order, with its state today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> rows(long tutorId) {
        Tutor tutor = tutors.getTutor(tutorId);
        LocalDate today = LocalDate.now(clock);
        LocalDate soon = today.plusDays(settings.intValue(Setting.READINESS_REMINDER_DAYS_BEFORE));
        List<Row> rows = new ArrayList<>();
        for (ReadinessItem item : ReadinessItem.values()) {
            rows.add(tutor.getReadiness().stream().filter(r -> r.getItem() == item).findFirst()
                    .map(r -> new Row(item, r.getCompletedOn(), r.getExpiresOn(), r.isExpiredOn(today) ? State.EXPIRED
                            : r.isExpiredOn(soon) ? State.EXPIRES_SOON : State.VALID))
                    .orElseGet(() -> new Row(item, null, null, State.NOT_RECORDED)));
        }
        return rows;
    }

    public void record(@NotBlank String actor, long tutorId, @NotNull ReadinessItem item,
            @NotNull LocalDate completedOn, LocalDate expiresOn) {
        LocalDate today = LocalDate.now(clock);
        if (completedOn.isAfter(today)) {
            throw new Refusal("readiness.completedInFuture");
        }
        if (completedOn.isBefore(today.minusYears(MAX_YEARS_AHEAD))
                || (expiresOn != null && expiresOn.isAfter(today.plusYears(MAX_YEARS_AHEAD)))) {
            throw new Refusal("readiness.dateOutOfRange", MAX_YEARS_AHEAD);
        }
        if (expiresOn != null && !expiresOn.isAfter(completedOn)) {
            throw new Refusal("readiness.expiryNotAfterCompletion");
        }
        Tutor tutor = tutors.getTutor(tutorId);
        String before = tutor.getReadiness().stream().filter(r -> r.getItem() == item).findFirst()
                .map(ReadinessRecords::describe).orElse(null);
        TutorReadiness recorded = tutor.recordReadiness(item, completedOn, expiresOn);
        audit.changed(actor, TutorRecords.ENTITY, tutorId, "readiness." + item, before, describe(recorded));
    }

    public void remove(@NotBlank String actor, long tutorId, @NotNull ReadinessItem item) {
        Tutor tutor = tutors.getTutor(tutorId);
        tutor.getReadiness().stream().filter(r -> r.getItem() == item).findFirst().ifPresent(r -> {
            String before = describe(r);
            tutor.removeReadiness(item);
            audit.changed(actor, TutorRecords.ENTITY, tutorId, "readiness." + item, before, null);
        });
    }

    private static String describe(TutorReadiness readiness) {
        return readiness.getCompletedOn() + " - " + (readiness.getExpiresOn() == null ? "" : readiness.getExpiresOn());
    }
}
