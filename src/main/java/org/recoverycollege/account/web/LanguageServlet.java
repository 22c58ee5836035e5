package org.recoverycollege.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.recoverycollege.account.control.AccountService;
import org.recoverycollege.platform.control.ContentLanguages;

/**
 * {@code POST /language} with {@code lang=pl&return=/path}: remembers the choice (in a cookie, and for a
 * signed-in person in their account) and goes back to the page. Only POST, from this site's own pages
 * ({@link SameSiteFormFilter}): a link or image on another site cannot change anyone's language. A language
 * the college offers course texts in but the interface does not speak (say Arabic) is kept in the cookie
 * for the course texts; the interface, and the account's language for e-mails, stay English.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private ContentLanguages contentLanguages;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String requested = request.getParameter("lang");
        Locale locale = Languages.supported(requested).orElse(Locale.UK);
        // a language of course texts only: its texts with an English interface
        Locale chosen = Languages.supported(requested).isEmpty() && contentLanguages.isOffered(requested)
                ? Locale.forLanguageTag(requested) : locale;
        response.addCookie(Languages.cookieFor(chosen, request.getContextPath()));
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
