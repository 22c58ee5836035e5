package org.recoverycollege.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;

/**
 * Before a page is rendered on a plain request (not a form post), shows the outcome the address carries:
 * a signed {@code notice} ({@link RedirectNotices}) and whatever the features' {@link NoticeSource}s read
 * from the database. The page's {@code h:messages} (role=status) shows it in the page's language.
 */
public class NoticeListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || faces.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        CDI<Object> cdi = CDI.current();
        String token = parameters.get(RedirectNotices.PARAMETER);
        if (token != null) {
            cdi.select(RedirectNotices.class).get().read(token).ifPresent(Notice::show);
        }
        for (NoticeSource source : cdi.select(NoticeSource.class)) {
            source.noticeFor(parameters).ifPresent(Notice::show);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing to do after rendering
    }
}
