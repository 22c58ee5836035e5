package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.notification.control.MailOutbox;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;

/**
 * The e-mails about a student's place, queued in the caller's transaction and written in the student's
 * language. Every template gets the same arguments: {0} name, {1} course, {2} first session, {3} where.
 */
@ApplicationScoped
public class EnrolmentMail {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "app.base-url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    public void confirmed(Enrolment enrolment) {
        send(enrolment, "enrolmentConfirmed", true);
    }

    /** {4} their position; with offers ({@code offerHours} above 0), {5} the hours they will have to answer one. */
    public void waitlisted(Enrolment enrolment, int position, int offerHours) {
        if (offerHours == 0) {
            send(enrolment, "waitlisted", false, position);
        } else {
            send(enrolment, "waitlistedForOffer", false, position, offerHours);
        }
    }

    /** A freed place is held for the person: {4} until when, {5} the signed address where they answer. */
    public void placeOffered(Enrolment enrolment, String answerUrl) {
        Locale language = languageOf(enrolment.getStudent().getAccount());
        send(enrolment, "placeOffered", false, describe(enrolment.getOfferExpiresAt(), language), answerUrl);
    }

    public void offerDeclined(Enrolment enrolment) {
        send(enrolment, "offerDeclined", false);
    }

    public void offerExpired(Enrolment enrolment) {
        send(enrolment, "offerExpired", false);
    }

    public void promoted(Enrolment enrolment) {
        send(enrolment, "promoted", true);
    }

    /**
     * The college moved the person to this run's waiting list: {4} their position, {5} the first session of the
     * run whose place they keep until a place here is theirs.
     */
    public void waitingToMove(Enrolment enrolment, Enrolment keptPlace, int position) {
        Locale language = languageOf(enrolment.getStudent().getAccount());
        send(enrolment, "waitingToMove", false, position,
                keptPlace.getRun().firstSession().map(first -> describe(first, language)).orElse("-"));
    }

    /** The place kept during a move was released because the person now has a place on the run starting {4}. */
    public void keptPlaceReleased(Enrolment keptPlace, Enrolment newPlace) {
        Locale language = languageOf(keptPlace.getStudent().getAccount());
        send(keptPlace, "keptPlaceReleased", false,
                newPlace.getRun().firstSession().map(first -> describe(first, language)).orElse("-"));
    }

    public void cancelled(Enrolment enrolment) {
        send(enrolment, "cancelled", false);
    }

    public void withdrawn(Enrolment enrolment) {
        send(enrolment, "withdrawn", false);
    }

    /**
     * The run started while the person was still waiting; {4} offers the course's next run ({@code next}, with
     * the address of its enrolment page) or, when there is none, the prospectus.
     */
    public void waitingRunStarted(Enrolment enrolment, CourseRun next) {
        Locale language = languageOf(enrolment.getStudent().getAccount());
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", language, getClass().getClassLoader());
        String offer = next == null
                ? MessageFormat.format(bundle.getString("mail.waitingRunStarted.noNext"), baseUrl + "/")
                : new MessageFormat(bundle.getString("mail.waitingRunStarted.next"), language).format(new Object[] {
                    next.firstSession().map(first -> describe(first, language)).orElse("-"),
                    baseUrl + "/my/enrol?run=" + next.getId()});
        send(enrolment, "waitingRunStarted", false, offer);
    }

    /** {4} is the reason the college gave. */
    public void runCancelled(Enrolment enrolment, String reason) {
        send(enrolment, "runCancelled", false, reason);
    }

    /**
     * A reminder of one session: {4} its number, {5} its date and time, {6} where: the room, or for an online
     * session its joining link.
     */
    public void sessionReminder(Enrolment enrolment, CourseSession session) {
        Locale language = languageOf(enrolment.getStudent().getAccount());
        CourseRun run = session.getRun();
        String where;
        if (run.getVenue().isOnline()) {
            String link = session.getJoiningLink() != null ? session.getJoiningLink() : run.getOnlineLink();
            where = link == null ? "-" : link;
        } else {
            where = run.getVenue().getName()
                    + (session.getRoom() == null ? "" : ", " + session.getRoom().getName())
                    + (run.getVenue().getAddress() == null ? "" : ", " + run.getVenue().getAddress());
        }
        send(enrolment, "sessionReminder", true, session.getSequenceNo(), describe(session, language), where);
    }

    private void send(Enrolment enrolment, String template, boolean withCalendar, Object... extra) {
        if (enrolment.getStudent().isErased()) {
            return;
        }
        UserAccount account = enrolment.getStudent().getAccount();
        Locale language = languageOf(account);
        CourseRun run = enrolment.getRun();
        Object[] arguments = new Object[4 + extra.length];
        arguments[0] = account.getDisplayName();
        arguments[1] = run.getCourse().getTitle();
        arguments[2] = run.firstSession().map(first -> describe(first, language)).orElse("-");
        arguments[3] = run.getVenue().isOnline()
                ? ResourceBundle.getBundle("i18n.messages", language, getClass().getClassLoader()).getString("mail.online")
                : run.getVenue().getName()
                + (run.getVenue().getAddress() == null ? "" : ", " + run.getVenue().getAddress());
        System.arraycopy(extra, 0, arguments, 4, extra.length);
        outbox.queue(account.getEmail(), language, template, withCalendar ? run.getId() : null, arguments);
    }

    static Locale languageOf(UserAccount account) {
        return account.preferredLocale();
    }

    /** A moment as the college's mail names it: the full date and the time of day, in the college's zone. */
    String describe(OffsetDateTime moment, Locale language) {
        var local = moment.atZoneSameInstant(clock.getZone());
        return local.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language))
                + ", " + local.format(TIME);
    }

    static String describe(CourseSession session, Locale language) {
        return session.getSessionDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language))
                + ", " + session.getStartsAt().format(TIME) + "\u2013" + session.getEndsAt().format(TIME);
    }
}
