package org.recoverycollege.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.recoverycollege.account.control.AccountService;

/**
 * {@code POST /language} with {@code lang=pl&return=/path}: remembers the choice (in a cookie, and for a
 * signed-in person in their account) and goes back to the page. Only POST, from this site's own pages
 * ({@link SameSiteFormFilter}): a link or image on another site cannot change anyone's language.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
