package org.recoverycollege.register.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.recoverycollege.account.web.Languages;
import org.recoverycollege.register.control.CertificateContent;
import org.recoverycollege.register.control.CertificatePdf;
import org.recoverycollege.register.control.CertificateRefusal;
import org.recoverycollege.register.control.Certificates;

/**
 * {@code /certificate?enrolment=<id>}: the PDF certificate of attendance of a completed place, for the
 * student whose place it is and for administrators (403 for anyone else, 404 when there is none). Someone
 * not signed in is sent to sign in first.
 */
@WebServlet("/certificate")
public class CertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    @Inject
    private Certificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String enrolment = request.getParameter("enrolment");
        if (request.getUserPrincipal() == null) {
            String back = "/certificate" + (enrolment == null ? "" : "?enrolment=" + enrolment);
            response.sendRedirect(request.getContextPath() + "/sign-in?next="
                    + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        if (enrolment == null || !ID.matcher(enrolment).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CertificateContent content;
        try {
            content = open(Long.parseLong(enrolment), request);
        } catch (CertificateRefusal refusal) {
            response.sendError(refusal.isForbidden() ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        CertificatePdf.write(content, ResourceBundle.getBundle("i18n.messages", content.locale()), pdf);
        response.setContentType("application/pdf");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"certificate-" + content.code() + ".pdf\"");
        response.setContentLength(pdf.size());
        pdf.writeTo(response.getOutputStream());
    }

    /**
     * Two first downloads at once race to issue it and the loser's insert breaks the unique key: it finds the
     * winner's certificate on a second try.
     */
    private CertificateContent open(long enrolmentId, HttpServletRequest request) {
        try {
            return certificates.open(enrolmentId, Languages.resolve(request));
        } catch (CertificateRefusal refusal) {
            throw refusal;
        } catch (RuntimeException raced) {
            return certificates.open(enrolmentId, Languages.resolve(request));
        }
    }
}
