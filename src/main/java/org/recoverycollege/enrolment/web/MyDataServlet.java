package org.recoverycollege.enrolment.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.recoverycollege.enrolment.control.PersonalData;

/** {@code /my/data.json}: everything the college holds about the signed-in student (behind the /my/* sign-in). */
@WebServlet("/my/data.json")
public class MyDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonalData personalData;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] json = personalData.export(request.getUserPrincipal().getName()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"my-data.json\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
