package org.recoverycollege.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.recoverycollege.account.control.PrivacyNotices;
import org.recoverycollege.account.entity.PrivacyNotice;
import org.recoverycollege.platform.web.UserMessages;

/**
 * {@code /admin/privacy}: the privacy notice's versions, and a new version published from the current text
 * as edited; everyone is asked to accept it at their next sign-in.
 */
@Named
@RequestScoped
public class PrivacyAdminBacking {

    @Inject
    private PrivacyNotices notices;

    @Inject
    private FacesContext faces;

    private List<PrivacyNotice> versions;
    private String textEn;
    private String textPl;

    @PostConstruct
    void load() {
        versions = notices.versions();
        textEn = versions.get(0).getTextEn();
        textPl = versions.get(0).getTextPl();
    }

    public void publish() throws IOException {
        PrivacyNotice published = notices.publish(textEn, textPl);
        UserMessages.infoAfterRedirect("privacy.admin.published", published.getNoticeVersion());
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/admin/privacy");
    }

    public List<PrivacyNotice> getVersions() {
        return versions;
    }

    public int getNextVersion() {
        return versions.get(0).getNoticeVersion() + 1;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getTextPl() {
        return textPl;
    }

    public void setTextPl(String textPl) {
        this.textPl = textPl;
    }
}
