package org.recoverycollege.tutoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.recoverycollege.account.control.AccountService;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.account.control.PasswordResets;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.platform.control.Refusal;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * Tutors' records as administrators keep them: contact, expertise (fixed once saved), arrangement,
 * weekly maximum, trained courses, and the link to a user account. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class TutorRecords {

    static final String ENTITY = "Tutor";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordResets invitations;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Tutor> tutors() {
        return em.createNamedQuery(Tutor.FIND_ALL, Tutor.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Tutor getTutor(long id) {
        Tutor tutor = em.find(Tutor.class, id);
        if (tutor == null) {
            throw new Refusal("tutors.notFound");
        }
        return tutor;
    }

    public long save(@NotBlank String actor, @Valid @NotNull TutorDraft draft) {
        String email = UserAccount.normaliseEmail(draft.getEmail());
        em.createNamedQuery(Tutor.FIND_BY_EMAIL, Tutor.class).setParameter("email", email).getResultStream()
                .filter(t -> !t.getId().equals(draft.getId())).findFirst()
                .ifPresent(t -> { throw new Refusal("tutors.emailTaken", email); });
        Tutor tutor;
        if (draft.getId() == null) {
            tutor = new Tutor(draft.getFullName(), email, draft.getExpertise(), draft.getArrangement(),
                    draft.getMaxSessionsPerWeek());
            tutor.changeDetails(draft.getFullName(), email, draft.getPhone());
            em.persist(tutor);
            em.flush();
            audit.recorded(actor, AuditLog.CREATE, ENTITY, tutor.getId());
            audit.changed(actor, ENTITY, tutor.getId(), "expertise", null, tutor.getExpertise());
            return tutor.getId();
        }
        tutor = getTutor(draft.getId());
        TutorDraft before = TutorDraft.of(tutor);
        tutor.changeDetails(draft.getFullName(), email, draft.getPhone());
        tutor.changeArrangement(draft.getArrangement());
        tutor.changeMaxSessionsPerWeek(draft.getMaxSessionsPerWeek());
        if (draft.isActive()) {
            tutor.activate();
        } else {
            tutor.deactivate();
        }
        TutorDraft after = TutorDraft.of(tutor);
        long id = tutor.getId();
        audit.changed(actor, ENTITY, id, "fullName", before.getFullName(), after.getFullName());
        audit.changed(actor, ENTITY, id, "email", before.getEmail(), after.getEmail());
        audit.changed(actor, ENTITY, id, "phone", before.getPhone(), after.getPhone());
        audit.changed(actor, ENTITY, id, "arrangement", before.getArrangement(), after.getArrangement());
        audit.changed(actor, ENTITY, id, "maxSessionsPerWeek", before.getMaxSessionsPerWeek(), after.getMaxSessionsPerWeek());
        audit.changed(actor, ENTITY, id, "active", before.isActive(), after.isActive());
        return id;
    }

    public void train(@NotBlank String actor, long tutorId, long courseId, @NotNull LocalDate trainedOn) {
        Tutor tutor = getTutor(tutorId);
        Course course = em.find(Course.class, courseId);
        if (course == null) {
            throw new Refusal("catalogue.courseNotFound");
        }
        if (tutor.isTrainedFor(course)) {
            throw new Refusal("tutors.alreadyTrained", course.getTitle());
        }
        tutor.train(course, trainedOn);
        audit.changed(actor, ENTITY, tutorId, "trainedCourse", null, course.getTitle() + " (" + trainedOn + ")");
    }

    public void untrain(@NotBlank String actor, long tutorId, long courseId) {
        Tutor tutor = getTutor(tutorId);
        Course course = em.find(Course.class, courseId);
        if (course != null && tutor.isTrainedFor(course)) {
            tutor.untrain(course);
            audit.changed(actor, ENTITY, tutorId, "trainedCourse", course.getTitle(), null);
        }
    }

    /**
     * Links the tutor to the account with their e-mail address, opening one (without a password) when
     * there is none, grants it the tutor role and invites a new holder to choose a password.
     * Returns true when an invitation was sent.
     */
    public boolean linkAccount(@NotBlank String actor, long tutorId) {
        Tutor tutor = getTutor(tutorId);
        UserAccount account = accounts.findByEmail(tutor.getEmail())
                .orElseGet(() -> accounts.openWithHash(tutor.getEmail(), tutor.getFullName(), null, Set.of(Role.TUTOR)));
        account.grant(Role.TUTOR);
        em.createNamedQuery(Tutor.FIND_BY_ACCOUNT, Tutor.class).setParameter("account", account).getResultStream()
                .filter(other -> !other.equals(tutor)).findFirst()
                .ifPresent(other -> { throw new Refusal("tutors.accountTaken", account.getEmail()); });
        if (tutor.getAccount() != null && !tutor.getAccount().equals(account)) {
            tutor.unlinkAccount();
        }
        tutor.linkAccount(account);
        em.flush();
        audit.changed(actor, ENTITY, tutorId, "account", null, account.getId());
        boolean invite = account.getPasswordHash() == null;
        if (invite) {
            invitations.sendInvitation(account.getId());
            audit.recorded(actor, "INVITE", "UserAccount", account.getId());
        }
        return invite;
    }
}
