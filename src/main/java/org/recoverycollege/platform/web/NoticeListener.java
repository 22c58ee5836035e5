package org.recoverycollege.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.List;
import java.util.Map;

/**
 * Before a page is rendered on a plain request (not a form post), shows the outcome the address carries:
 * a signed {@code notice} ({@link RedirectNotices}) and whatever the features' {@link NoticeSource}s read
 * from the database. The page's {@code h:messages} (role=status) shows it in the page's language.
 */
public class NoticeListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** Looked up once: CDI.current() walks the caller's stack, and this runs before every page. */
    private transient volatile List<NoticeSource> sources;

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
        String token = parameters.get(RedirectNotices.PARAMETER);
        if (token != null) {
            CDI.current().select(RedirectNotices.class).get().read(token).ifPresent(Notice::show);
        }
        for (NoticeSource source : sources()) {
            source.noticeFor(parameters).ifPresent(Notice::show);
        }
    }

    private List<NoticeSource> sources() {
        List<NoticeSource> found = sources;
        if (found == null) {
            // application-scoped beans: the list holds their proxies, valid for the application's life
            found = CDI.current().select(NoticeSource.class).stream().toList();
            sources = found;
        }
        return found;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing to do after rendering
    }
}
