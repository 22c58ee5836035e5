package org.recoverycollege.tutoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import org.recoverycollege.platform.control.AuditLog;
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
    private Clock clock;

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
