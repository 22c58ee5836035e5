package org.recoverycollege.tutoring.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Optional;
import org.recoverycollege.tutoring.control.TutorAssignmentView;
import org.recoverycollege.tutoring.control.TutorDirectory;
import org.recoverycollege.tutoring.entity.Tutor;

/** {@code /tutor/}: the signed-in tutor's offered and confirmed runs. */
@Named
@RequestScoped
public class TutorHomeBacking {

    @Inject
    private TutorDirectory tutors;

    @Inject
    private SecurityContext securityContext;

    private Optional<Tutor> tutor;
    private List<TutorAssignmentView> assignments;

    @PostConstruct
    void load() {
        tutor = tutors.findByAccountEmail(securityContext.getCallerPrincipal().getName());
        assignments = tutor.map(tutors::liveAssignmentsOf).orElse(List.of());
    }

    public boolean isLinked() {
        return tutor.isPresent();
    }

    public Tutor getTutor() {
        return tutor.orElse(null);
    }

    public List<TutorAssignmentView> getAssignments() {
        return assignments;
    }
}
