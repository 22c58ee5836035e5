package org.recoverycollege.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is {@code SameSite=Lax}: another site's forms and scripted requests do not carry it
 * (login CSRF, issue 10 finding 9). Lax rather than Strict, so a link in an e-mail still opens the
 * signed-in page. Set here through the Servlet 6 API because Payara ignores {@code <attribute>} in
 * web.xml's {@code <cookie-config>}.
 */
@WebListener
public class SessionCookieSameSite implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setAttribute("SameSite", "Lax");
    }
}
