package org.recoverycollege.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recoverycollege.platform.control.Refusal;

/**
 * Shows a refused use case on the page it was asked from: a {@link Refusal} thrown by an action (however
 * Faces, CDI, EL or the transaction wrapped it) becomes an error message in the page's language, and the
 * same page is rendered again, so the person can act on it. The transaction it came from has rolled back.
 * Dates among the message's arguments are written out in the page's language.
 *
 * <p>Pages show it where they show every other message (their {@code p:messages} or growl, updated by
 * the action's ajax request); backing beans therefore let refusals go instead of catching them. A refusal
 * while the page is being rendered is not an action's and goes on to the error page as before.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(RefusalExceptionHandler.class.getName());

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext();) {
            Refusal refusal = refusalIn(events.next().getContext().getException());
            if (refusal != null && faces != null && !faces.getResponseComplete()
                    && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
                events.remove();
                LOG.log(Level.FINE, "Refused: {0}", refusal.getMessage());
                Locale locale = faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
                UserMessages.error(refusal.messageKey(), shown(refusal.arguments(), locale));
                faces.renderResponse();
            }
        }
        super.handle();
    }

    /** The refusal behind the wrappers (FacesException, ELException, EJBException, TransactionalException). */
    static Refusal refusalIn(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return refusal;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static Object[] shown(Object[] arguments, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof LocalDate date ? date.format(dates) : argument)
                .toArray();
    }

    /** Registered in faces-config.xml after the others, so it sees the exceptions first. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
