package org.recoverycollege.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Puts the notice a backing bean left ({@link UserMessages#infoAfterRedirect}) into the address of the
 * redirect that follows, whether the bean redirects itself or returns {@code ?faces-redirect=true}.
 */
public class NoticeRedirects extends ExternalContextFactory {

    static final String PENDING = NoticeRedirects.class.getName() + ".pending";

    public NoticeRedirects(ExternalContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExternalContext getExternalContext(Object context, Object request, Object response) {
        return new Carrying(getWrapped().getExternalContext(context, request, response));
    }

    private static final class Carrying extends ExternalContextWrapper {

        Carrying(ExternalContext wrapped) {
            super(wrapped);
        }

        @Override
        public void redirect(String url) throws IOException {
            Object pending = getRequestMap().remove(PENDING);
            if (pending instanceof Notice notice) {
                String token = CDI.current().select(RedirectNotices.class).get().token(notice);
                int hash = url.indexOf('#');
                String base = hash < 0 ? url : url.substring(0, hash);
                String fragment = hash < 0 ? "" : url.substring(hash);
                url = base + (base.contains("?") ? "&" : "?") + RedirectNotices.PARAMETER + "="
                        + URLEncoder.encode(token, StandardCharsets.US_ASCII) + fragment;
            }
            super.redirect(url);
        }
    }
}
