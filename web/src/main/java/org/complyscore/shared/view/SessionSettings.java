package org.complyscore.shared.view;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hardens the HTTP session at start: cookie only (no session id in URLs), not readable by scripts,
 * not sent along cross-site posts, secure when the server is reached over HTTPS only, and a timeout
 * the operator can set ({@code COMPLYSCORE_SESSION_TIMEOUT_MINUTES}, default 30).
 */
@WebListener
public class SessionSettings implements ServletContextListener {

  @Inject
  @ConfigProperty(name = "complyscore.session.timeout-minutes", defaultValue = "30")
  private int timeoutMinutes;

  /** On when every user reaches ComplyScore over HTTPS (directly or through a TLS proxy). */
  @Inject
  @ConfigProperty(name = "complyscore.session.secure-cookie", defaultValue = "false")
  private boolean secureCookie;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    context.setSessionTimeout(Math.max(1, timeoutMinutes));
    context.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    SessionCookieConfig cookie = context.getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setSecure(secureCookie);
    cookie.setAttribute("SameSite", "Lax");
  }
}
