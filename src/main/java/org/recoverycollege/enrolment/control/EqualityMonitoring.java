package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.recoverycollege.enrolment.entity.AgeBand;
import org.recoverycollege.enrolment.entity.Disability;
import org.recoverycollege.enrolment.entity.EqualityAnswers;
import org.recoverycollege.enrolment.entity.Ethnicity;
import org.recoverycollege.enrolment.entity.Gender;
import org.recoverycollege.enrolment.entity.Student;

/**
 * A student's own equality monitoring answers on "My details": optional, each with "prefer not to say".
 * They go into the student's data download and are deleted with the account; no tutor page reads them,
 * and administrators see them only as suppressed totals ({@link EqualityReport}).
 */
@ApplicationScoped
@Transactional
public class EqualityMonitoring implements StudentDataHolder {

    /** The answers as the form shows them; null is "not answered". */
    public record Answers(AgeBand ageBand, Ethnicity ethnicity, Disability disability, Gender gender)
            implements Serializable {

        public static final Answers NONE = new Answers(null, null, null, null);
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StudentRegistration students;

    @Inject
    private Clock clock;

    /** The student's answers, all unanswered when they have given none. */
    public Answers answersOf(@NotBlank String email) {
        return students.findByEmail(email).flatMap(this::stored)
                .map(a -> new Answers(a.getAgeBand(), a.getEthnicity(), a.getDisability(), a.getGender()))
                .orElse(Answers.NONE);
    }

    /** Stores the student's answers, replacing earlier ones. */
    public void answer(@NotBlank String email, Answers answers) {
        Student student = students.findByEmail(email)
                .orElseThrow(() -> new EnrolmentRefused("enrolment.refused.notStudent"));
        EqualityAnswers stored = stored(student).orElseGet(() -> new EqualityAnswers(student));
        stored.answer(answers.ageBand(), answers.ethnicity(), answers.disability(), answers.gender(),
                OffsetDateTime.now(clock));
        if (stored.isNew()) {
            em.persist(stored);
        }
    }

    @Override
    public void export(Student student, JsonObjectBuilder document) {
        stored(student).ifPresent(a -> {
            JsonObjectBuilder answers = Json.createObjectBuilder();
            answers.add("ageBand", a.getAgeBand() == null ? "NOT_ANSWERED" : a.getAgeBand().name());
            answers.add("ethnicity", a.getEthnicity() == null ? "NOT_ANSWERED" : a.getEthnicity().name());
            answers.add("disability", a.getDisability() == null ? "NOT_ANSWERED" : a.getDisability().name());
            answers.add("gender", a.getGender() == null ? "NOT_ANSWERED" : a.getGender().name());
            answers.add("answeredAt", a.getAnsweredAt().toString());
            document.add("equalityMonitoring", answers);
        });
    }

    @Override
    public void erase(Student student) {
        em.createNamedQuery(EqualityAnswers.DELETE_BY_STUDENT).setParameter("student", student).executeUpdate();
    }

    private Optional<EqualityAnswers> stored(Student student) {
        return em.createNamedQuery(EqualityAnswers.FIND_BY_STUDENT, EqualityAnswers.class)
                .setParameter("student", student).getResultStream().findFirst();
    }
}
