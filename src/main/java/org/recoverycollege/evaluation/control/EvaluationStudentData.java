package org.recoverycollege.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.recoverycollege.enrolment.control.StudentDataHolder;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.evaluation.entity.Evaluation;

/** A student's feedback, for the pages, data export and account closing of the enrolment feature. */
@ApplicationScoped
public class EvaluationStudentData implements StudentDataHolder {

    private static final String EVALUATION_OF = "SELECT v FROM Evaluation v WHERE v.enrolment.student = :student";
    private static final String EVALUATED = "SELECT DISTINCT v.enrolment.id FROM Evaluation v WHERE v.enrolment.student = :student";

    @PersistenceContext
    private EntityManager em;

    @Override
    public Set<Long> placesWithFeedback(Student student) {
        return Set.copyOf(em.createQuery(EVALUATED, Long.class).setParameter("student", student).getResultList());
    }

    @Override
    public void export(Student student, JsonObjectBuilder document) {
        JsonArrayBuilder feedback = Json.createArrayBuilder();
        for (Evaluation evaluation : em.createQuery(EVALUATION_OF, Evaluation.class).setParameter("student", student).getResultList()) {
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("course", evaluation.getEnrolment().getRun().getCourse().getTitle())
                    .add("rating", evaluation.getRating().name())
                    .add("submittedAt", evaluation.getSubmittedAt().toString());
            addOptional(item, "whatHelped", evaluation.getWhatHelped());
            addOptional(item, "couldBeBetter", evaluation.getCouldBeBetter());
            addOptional(item, "wellbeingScale", evaluation.getWellbeingScale() == null ? null : evaluation.getWellbeingScale().name());
            addOptional(item, "wellbeingBefore", evaluation.getWellbeingBefore() == null ? null : evaluation.getWellbeingBefore().toString());
            addOptional(item, "wellbeingAfter", evaluation.getWellbeingAfter() == null ? null : evaluation.getWellbeingAfter().toString());
            feedback.add(item);
        }
        document.add("feedback", feedback);
    }

    @Override
    public void erase(Student student) {
        em.createQuery(EVALUATION_OF, Evaluation.class).setParameter("student", student).getResultList()
                .forEach(Evaluation::anonymise);
    }

    private static void addOptional(JsonObjectBuilder builder, String name, String value) {
        if (value != null) {
            builder.add(name, value);
        }
    }
}
