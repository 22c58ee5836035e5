package org.recoverycollege.register.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.catalogue.control.CourseTranslations;
import org.recoverycollege.catalogue.entity.CourseTranslation;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.register.entity.Attendance;
import org.recoverycollege.register.entity.Certificate;

/**
 * Certificates of attendance of completed places. The student whose place it is and administrators may
 * have one; it is issued when first asked for, and an administrator may issue it again (a new issue date,
 * audited). It is written in the student's language when the college speaks it, else the page's.
 */
@ApplicationScoped
@Transactional
public class Certificates {

    static final String ENTITY = "Certificate";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private CourseTranslations translations;

    @Inject
    private Clock clock;

    /** The caller's (or, for an administrator, anyone's) certificate of a completed place, issued if need be. */
    public CertificateContent open(long enrolmentId, @NotNull Locale pageLocale) {
        Enrolment enrolment = completed(enrolmentId);
        String actor = caller.name();
        boolean own = actor != null && actor.equals(enrolment.getStudent().getAccount().getEmail());
        if (!own && !caller.isAdministrator()) {
            throw CertificateRefusal.notYours();
        }
        Certificate certificate = findOrIssue(enrolment, actor);
        if (!own) {
            audit.viewed(actor, ENTITY, certificate.getId());
        }
        return contentOf(certificate, pageLocale);
    }

    /** Issues a completed place's certificate again (administrators only): a new issue date, the same number. */
    public void issueAgain(long enrolmentId) {
        String actor = caller.requireAdministrator();
        Enrolment enrolment = completed(enrolmentId);
        Certificate certificate = findOrIssue(enrolment, actor);
        OffsetDateTime before = certificate.getIssuedAt();
        certificate.issueAgain(now());
        audit.changed(actor, ENTITY, certificate.getId(), "issuedAt", before, certificate.getIssuedAt());
    }

    private Enrolment completed(long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null || enrolment.getStatus() != EnrolmentStatus.COMPLETED || enrolment.getStudent().isErased()) {
            throw CertificateRefusal.notAvailable();
        }
        return enrolment;
    }

    private Certificate findOrIssue(Enrolment enrolment, String actor) {
        List<Certificate> found = em.createNamedQuery(Certificate.FIND_BY_ENROLMENT, Certificate.class)
                .setParameter("enrolment", enrolment).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Certificate certificate = Certificate.issue(enrolment, now());
        em.persist(certificate);
        em.flush();
        audit.recorded(actor, AuditLog.CREATE, ENTITY, certificate.getId());
        return certificate;
    }

    private CertificateContent contentOf(Certificate certificate, Locale pageLocale) {
        Enrolment enrolment = certificate.getEnrolment();
        UserAccount account = enrolment.getStudent().getAccount();
        Locale locale = spoken(account.preferredLocale()) ? account.preferredLocale() : pageLocale;
        CourseRun run = enrolment.getRun();
        String title = translations.findTranslation(run.getCourse().getId(), locale.getLanguage())
                .map(CourseTranslation::getTitle).filter(t -> t != null && !t.isBlank())
                .orElse(run.getCourse().getTitle());
        List<CourseSession> held = run.getSessions().stream().filter(s -> !s.isCancelled()).toList();
        long attended = em.createNamedQuery(Attendance.COUNT_PRESENT_BY_ENROLMENT, Long.class)
                .setParameter("enrolment", enrolment).getSingleResult();
        LocalDate first = held.stream().map(CourseSession::getSessionDate).min(LocalDate::compareTo).orElse(null);
        LocalDate last = held.stream().map(CourseSession::getSessionDate).max(LocalDate::compareTo).orElse(null);
        return new CertificateContent(account.getDisplayName(), title, first, last, attended, held.size(),
                certificate.getCode(), certificate.getIssuedAt().toLocalDate(), locale);
    }

    /** English, or a language the college's pages are written in. */
    static boolean spoken(Locale locale) {
        if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return true;
        }
        try {
            return ResourceBundle.getBundle("i18n.messages", locale).getLocale().getLanguage().equals(locale.getLanguage());
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
