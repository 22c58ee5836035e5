package org.recoverycollege.register.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.recoverycollege.platform.web.UserMessages;
import org.recoverycollege.register.control.Certificates;

/** The student's record ({@code /admin/student}): an administrator issues a certificate of attendance again. */
@Named
@RequestScoped
public class CertificateBacking {

    @Inject
    private Certificates certificates;

    public void issueAgain(long enrolmentId, String courseTitle) {
        certificates.issueAgain(enrolmentId);
        UserMessages.info("certificates.issuedAgain", courseTitle);
    }
}
