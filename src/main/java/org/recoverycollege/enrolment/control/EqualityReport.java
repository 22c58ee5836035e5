package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.recoverycollege.enrolment.entity.AgeBand;
import org.recoverycollege.enrolment.entity.Disability;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.enrolment.entity.EqualityAnswers;
import org.recoverycollege.enrolment.entity.Ethnicity;
import org.recoverycollege.enrolment.entity.Gender;

/**
 * Equality monitoring for administrators, only as totals with small numbers suppressed
 * ({@link SmallNumbers}): overall (every student whose data is held) or for one term (the students with a
 * confirmed or completed place on a run of that term). Ethnicity is counted by its 2021 Census group.
 */
@ApplicationScoped
@Transactional
public class EqualityReport {

    static final String NOT_ANSWERED = "equality.notAnswered";

    private static final String IN_TERM = "SELECT DISTINCT en.student.id FROM Enrolment en WHERE en.run.term.id = :term"
            + " AND en.status IN :statuses AND en.student.erased = :erased";

    /** One question's table: its bundle key and its cells (bundle key of the answer, count as shown). */
    public record Question(String key, List<SmallNumbers.Cell> cells) implements Serializable {
    }

    /** The report: how many people it counts (as shown) and one table per question. */
    public record Report(String people, List<Question> questions) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    /** Every student whose data is held ({@code termId} null), or those with a place in the term. */
    public Report report(Long termId) {
        long people;
        List<EqualityAnswers> answers;
        if (termId == null) {
            people = em.createQuery("SELECT COUNT(s) FROM Student s WHERE s.erased = :erased", Long.class)
                    .setParameter("erased", false).getSingleResult();
            answers = em.createQuery("SELECT e FROM EqualityAnswers e WHERE e.student.erased = :erased",
                    EqualityAnswers.class).setParameter("erased", false).getResultList();
        } else {
            people = inTerm(em.createQuery(IN_TERM, Long.class), termId).getResultList().size();
            answers = inTerm(em.createQuery("SELECT e FROM EqualityAnswers e WHERE e.student.id IN (" + IN_TERM + ")",
                    EqualityAnswers.class), termId).getResultList();
        }
        return new Report(SmallNumbers.total(people), List.of(
                question("equality.ageBand", "AgeBand.", AgeBand.values(), answers, EqualityAnswers::getAgeBand, people),
                question("equality.ethnicity", "EthnicGroup.", Ethnicity.Group.values(), answers,
                        a -> a.getEthnicity() == null ? null : a.getEthnicity().group(), people),
                question("equality.disability", "Disability.", Disability.values(), answers, EqualityAnswers::getDisability,
                        people),
                question("equality.gender", "Gender.", Gender.values(), answers, EqualityAnswers::getGender, people)));
    }

    private static <T> TypedQuery<T> inTerm(TypedQuery<T> query, long termId) {
        return query.setParameter("term", termId).setParameter("erased", false)
                .setParameter("statuses", List.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED));
    }

    private static <E extends Enum<E>> Question question(String key, String prefix, E[] values,
            List<EqualityAnswers> answers, Function<EqualityAnswers, E> answer, long people) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Arrays.stream(values).forEach(value -> counts.put(prefix + value.name(), 0L));
        long answered = 0;
        for (EqualityAnswers a : answers) {
            E value = answer.apply(a);
            if (value != null) {
                counts.merge(prefix + value.name(), 1L, Long::sum);
                answered++;
            }
        }
        counts.put(NOT_ANSWERED, people - answered);
        return new Question(key, SmallNumbers.cells(counts));
    }
}
