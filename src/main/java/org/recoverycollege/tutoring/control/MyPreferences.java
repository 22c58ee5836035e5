package org.recoverycollege.tutoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.tutoring.entity.PartnerPreference;
import org.recoverycollege.tutoring.entity.TrainedCourse;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * The signed-in tutor's pairing preferences: courses they would rather deliver (only among those they are
 * trained for) and partners of the other expertise they prefer or would rather avoid. The pairing reads
 * both as preferences, never as rules.
 */
@ApplicationScoped
@Transactional
public class MyPreferences {

    /** More choices than any college has tutors or courses: a form sending more is refused. */
    static final int MOST_CHOICES = 2000;

    private static final String PARTNERS_OF =
            "SELECT partner_id, preference FROM tutor_partner_preference WHERE tutor_id = ?1";
    private static final String FORGET_PARTNER =
            "DELETE FROM tutor_partner_preference WHERE tutor_id = ?1 AND partner_id = ?2";
    private static final String RECORD_PARTNER =
            "INSERT INTO tutor_partner_preference (tutor_id, partner_id, preference) VALUES (?1, ?2, ?3)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TutorDirectory tutors;

    /** A course I am trained for and whether I chose it as preferred. */
    public record CourseChoice(long courseId, String title, boolean preferred) implements Serializable {
    }

    /** A tutor of the other expertise and what I said about working with them (null: nothing). */
    public record PartnerChoice(long tutorId, String name, PartnerPreference preference) implements Serializable {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CourseChoice> courses() {
        Tutor me = tutors.getCallerTutor();
        return me.getTrainedCourses().stream().map(TrainedCourse::getCourse)
                .sorted(Comparator.comparing(Course::getTitle))
                .map(c -> new CourseChoice(c.getId(), c.getTitle(), me.prefers(c))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartnerChoice> partners() {
        Tutor me = tutors.getCallerTutor();
        Map<Long, PartnerPreference> said = new HashMap<>();
        for (Object row : em.createNativeQuery(PARTNERS_OF).setParameter(1, me.getId()).getResultList()) {
            Object[] cells = (Object[]) row;
            said.put(((Number) cells[0]).longValue(), PartnerPreference.valueOf((String) cells[1]));
        }
        return em.createNamedQuery(Tutor.FIND_ACTIVE, Tutor.class).getResultStream()
                .filter(t -> t.getExpertise() == me.getExpertise().partner())
                .map(t -> new PartnerChoice(t.getId(), t.getFullName(), said.get(t.getId()))).toList();
    }

    /** Replaces my preferred courses; each must be one I am trained for. */
    public void choosePreferredCourses(@NotNull @Size(max = MOST_CHOICES) Set<Long> courseIds) {
        Tutor me = tutors.getCallerTutor();
        List<Course> trained = me.getTrainedCourses().stream().map(TrainedCourse::getCourse).toList();
        for (Long id : courseIds) {
            if (trained.stream().noneMatch(c -> c.getId().equals(id))) {
                throw new TutoringException("preferences.notTrained");
            }
        }
        for (Course course : trained) {
            if (courseIds.contains(course.getId())) {
                me.preferCourse(course);
            } else {
                me.unpreferCourse(course);
            }
        }
    }

    /**
     * Records what I said about each partner given (null: no preference); partners not given keep what I
     * said before. Each must be an active tutor of the other expertise.
     */
    public void choosePartners(@NotNull @Size(max = MOST_CHOICES) Map<Long, PartnerPreference> choices) {
        Tutor me = tutors.getCallerTutor();
        for (Long partnerId : choices.keySet()) {
            Tutor partner = partnerId == null ? null : em.find(Tutor.class, partnerId);
            if (partner == null || !partner.isActive() || partner.getExpertise() != me.getExpertise().partner()) {
                throw new TutoringException("preferences.notAPartner");
            }
        }
        choices.forEach((partnerId, preference) -> {
            em.createNativeQuery(FORGET_PARTNER).setParameter(1, me.getId()).setParameter(2, partnerId)
                    .executeUpdate();
            if (preference != null) {
                em.createNativeQuery(RECORD_PARTNER).setParameter(1, me.getId()).setParameter(2, partnerId)
                        .setParameter(3, preference.name()).executeUpdate();
            }
        });
    }
}
