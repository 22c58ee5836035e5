package org.recoverycollege.tutoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.account.control.AccountService;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.tutoring.entity.Assignment;
import org.recoverycollege.tutoring.entity.Tutor;

/** Finds tutors and what they are asked to deliver; a tutor only ever reaches their own record. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TutorDirectory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private Caller caller;

    public Optional<Tutor> findByAccountEmail(String email) {
        return accounts.findByEmail(email).flatMap(account -> em
                .createNamedQuery(Tutor.FIND_BY_ACCOUNT, Tutor.class)
                .setParameter("account", account)
                .getResultStream()
                .findFirst());
    }

    /** The signed-in tutor, or a {@link TutoringException} when the caller's account has no tutor record. */
    public Tutor getCallerTutor() {
        String name = caller.name();
        return (name == null ? Optional.<Tutor>empty() : findByAccountEmail(name))
                .orElseThrow(() -> new TutoringException("tutor.notLinked"));
    }

    public Optional<Tutor> findById(long id) {
        return Optional.ofNullable(em.find(Tutor.class, id));
    }

    public List<TutorAssignmentView> liveAssignmentsOf(Tutor tutor) {
        return em.createNamedQuery(Assignment.FIND_LIVE_BY_TUTOR, Assignment.class)
                .setParameter("tutor", tutor)
                .getResultList().stream()
                .map(a -> new TutorAssignmentView(a.getId(), a.getRun().getCourse().getTitle(),
                        a.getRun().getTerm().getName(), a.getStatus(),
                        a.getRun().firstSession().map(CourseSession::getSessionDate).orElse(null)))
                .toList();
    }
}
