package org.recoverycollege.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.recoverycollege.account.control.AccountService;
import org.recoverycollege.account.control.PrivacyNotices;
import org.recoverycollege.account.entity.PrivacyNotice;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.RequestParameters;

/**
 * {@code /privacy} (public, no session: the notice in force, or {@code ?version=} an earlier one) and
 * {@code /privacy/accept} (a signed-in person accepts the version in force and goes on where they were going).
 */
@Named
@RequestScoped
public class PrivacyBacking {

    @Inject
    private PrivacyNotices notices;

    @Inject
    private AccountService accounts;

    @Inject
    private Caller caller;

    @Inject
    private FacesContext faces;

    @Inject
    private LocaleBacking localeBacking;

    private NoticeText notice;
    private Integer shownVersion;
    private String next;

    /** The version asked for in the address, else the one in force; null when the asked one does not exist. */
    public NoticeText getNotice() {
        if (notice == null) {
            PrivacyNotice current = notices.current();
            Long asked = RequestParameters.number("version");
            Optional<PrivacyNotice> shown = asked == null ? Optional.of(current)
                    : asked > 0 && asked <= current.getNoticeVersion() ? notices.find(asked.intValue()) : Optional.empty();
            notice = shown.map(n -> new NoticeText(n.getNoticeVersion(), n.getPublishedAt().toLocalDate(),
                    n.paragraphsIn(localeBacking.getLocale()), n.getNoticeVersion() == current.getNoticeVersion()))
                    .orElse(null);
        }
        return notice;
    }

    /** Records the acceptance and goes on: to the page the person was going to, else their area's home. */
    public void accept() throws IOException {
        notices.accept(shownVersion == null ? 0 : shownVersion);
        String destination = next == null || next.isBlank()
                ? SignInBacking.landingPath(accounts.getByEmail(caller.name()))
                : LanguageServlet.safeReturnPath(next);
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + destination);
    }

    /** The version on the page (after a refusal because a newer one came out, that newer one). */
    public Integer getShownVersion() {
        return getNotice() == null ? null : getNotice().version();
    }

    public void setShownVersion(Integer shownVersion) {
        this.shownVersion = shownVersion;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
