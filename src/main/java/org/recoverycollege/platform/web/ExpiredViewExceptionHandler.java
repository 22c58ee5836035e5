package org.recoverycollege.platform.web;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * Sends a form posted with an expired or unknown view state (after a session time-out, a restart, or a
 * forged view state) to the "page has expired" page, by a redirect that works for full and ajax posts.
 *
 * <p>Why it is needed: Mojarra throws the {@link ViewExpiredException} wrapped in a
 * {@code ServletException}, and the servlet container matches error pages against the wrapper first, so
 * web.xml's {@code java.lang.Throwable} entry won and people saw "Sorry, something went wrong" with
 * HTTP 500. Handling it inside Faces, before it reaches the container, gives the expired page (HTTP 200
 * after the redirect, and a reload does not post again). A {@link ProtectedViewException} (a link to a
 * protected view without its token) is treated the same way, and so is PrimeFaces' {@link CspException}: a
 * form posted without the page's Content-Security-Policy nonce, or with a wrong one (a page saved or
 * opened without its script, a forged post), would otherwise be an HTTP 500. The person is asked to open
 * the page again, which gives a fresh nonce.
 */
public class ExpiredViewExceptionHandler extends ExceptionHandlerWrapper {

    static final String EXPIRED_PAGE = "/errors/expired";

    private static final Logger LOG = Logger.getLogger(ExpiredViewExceptionHandler.class.getName());

    public ExpiredViewExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext();) {
            Throwable cause = unwrap(events.next().getContext().getException());
            if (isStalePage(cause)) {
                events.remove();
                // The class and message name the view and the reason (view state or CSP nonce), never form values.
                LOG.log(Level.INFO, "Stale page sent to the expired page: {0}: {1} (view {2})", new Object[] {
                    cause.getClass().getName(), cause.getMessage(), viewId(faces)});
                redirectToExpiredPage(faces);
            }
        }
        super.handle();
    }

    private static String viewId(FacesContext faces) {
        return faces == null || faces.getViewRoot() == null ? "none" : faces.getViewRoot().getViewId();
    }

    private static boolean isStalePage(Throwable cause) {
        return cause instanceof ViewExpiredException || cause instanceof ProtectedViewException
                || cause instanceof CspException;
    }

    /** The first exception that is not a mere wrapper (a CspException is a FacesException with a cause). */
    private static Throwable unwrap(Throwable exception) {
        Throwable cause = exception;
        while (!isStalePage(cause) && (cause instanceof FacesException || cause instanceof ELException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void redirectToExpiredPage(FacesContext faces) {
        if (faces == null || faces.getResponseComplete()) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        try {
            if (!external.isResponseCommitted()) {
                external.responseReset();
                external.redirect(external.getRequestContextPath() + EXPIRED_PAGE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Registered in faces-config.xml after OmniFaces' handler, so it sees the exceptions first. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
