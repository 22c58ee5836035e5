package org.recoverycollege.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Iterator;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The safety net behind the forms' own checks: a Bean Validation refusal that reaches an action (at a
 * service boundary, or when an entity is written) becomes a message on the same page, in the page's
 * language, instead of an HTTP 500. The transaction it came from has rolled back, so nothing was kept.
 *
 * <p>Forms check their fields first (Faces validates every input bound to a property carrying a
 * constraint, with the message next to the field); this handler only catches what a form did not
 * check, such as a value posted without the page.
 */
public class InvalidInputExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(InvalidInputExceptionHandler.class.getName());

    public InvalidInputExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext();) {
            ConstraintViolationException violation = violationIn(events.next().getContext().getException());
            if (violation != null && faces != null && !faces.getResponseComplete()) {
                events.remove();
                LOG.log(Level.FINE, "Input refused by a constraint: {0}", violation.getMessage());
                UserMessages.error("input.refused", describe(violation, faces.getViewRoot() == null
                        ? Locale.ENGLISH : faces.getViewRoot().getLocale()));
                faces.validationFailed();
                faces.renderResponse();
            }
        }
        super.handle();
    }

    private static ConstraintViolationException violationIn(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** The constraints' own messages, in the page's language (the default interpolator uses the JVM's). */
    private static String describe(ConstraintViolationException exception, Locale locale) {
        MessageInterpolator interpolator = Validation.buildDefaultValidatorFactory().getMessageInterpolator();
        return exception.getConstraintViolations().stream()
                .map(v -> interpolator.interpolate(v.getMessageTemplate(), contextOf(v), locale))
                .distinct().sorted().collect(Collectors.joining(" "));
    }

    private static MessageInterpolator.Context contextOf(ConstraintViolation<?> violation) {
        return new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("Cannot unwrap to " + type);
            }
        };
    }

    /** Registered in faces-config.xml; wraps the handlers before it, so it sees the exceptions first. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new InvalidInputExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
