package org.recoverycollege.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Makes a view stateless for a visitor who is not signed in as soon as it exists, so that anonymous pages
 * open no HTTP session.
 *
 * <p>Why the template's {@code <f:view transient="#{empty request.userPrincipal}">} alone is not enough:
 * that attribute is applied while the page is built, inside the render phase. PrimeFaces' CSP mode asks
 * for the page's nonce earlier, before the render phase starts, and stores it in the view map of any view
 * that is not (yet) transient; a view map lives in the HTTP session, so every anonymous page opened one.
 * Marking the view transient after it is restored or created, before the render phase, keeps the nonce
 * out of the session. A transient view's post is then checked for a well-formed nonce only; the sign-in,
 * sign-up and password forms are protected from other sites by {@link
 * org.recoverycollege.account.web.SameSiteFormFilter}.
 */
public class AnonymousViewsStateless implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot view = faces.getViewRoot();
        if (view != null && faces.getExternalContext().getUserPrincipal() == null) {
            view.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view exists
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
