package org.recoverycollege.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.recoverycollege.account.control.AccountService;

/** {@code GET /language?lang=pl&return=/path}: remembers the choice and goes back to the page. */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Languages.supported(request.getParameter("lang")).orElse(Locale.UK);
        response.addCookie(Languages.cookieFor(locale, request.getContextPath()));
        if (request.getUserPrincipal() != null) {
            accounts.chooseLanguage(request.getUserPrincipal().getName(), locale.getLanguage());
        }
        response.sendRedirect(request.getContextPath() + safeReturnPath(request.getParameter("return")));
    }

    /** Only paths inside this site, so the switch cannot be used to send people elsewhere. */
    static String safeReturnPath(String requested) {
        if (requested == null || !requested.startsWith("/") || requested.startsWith("//") || requested.contains("\\")) {
            return "/";
        }
        return requested;
    }
}
