package org.complyscore.access.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Where the login page is, and where a person goes after it: the page they asked for before they
 * were sent to sign in, remembered in their session.
 */
public final class LoginPage {

  public static final String PATH = "/login";

  static final String DESTINATION = LoginPage.class.getName() + ".destination";

  private LoginPage() {}

  /** Remembers the page of this request (a GET), to return to it after signing in. */
  static void rememberDestination(HttpServletRequest request) {
    String query = request.getQueryString();
    String destination = request.getRequestURI() + (query == null ? "" : "?" + query);
    request.getSession().setAttribute(DESTINATION, destination);
  }

  /**
   * The remembered page, forgotten as it is taken. Only a path inside this application is ever
   * returned: the value comes from the server's own request, but a redirect target deserves care.
   */
  public static Optional<String> takeDestination(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Object destination = session.getAttribute(DESTINATION);
    session.removeAttribute(DESTINATION);
    String prefix = request.getContextPath() + "/";
    return Optional.ofNullable(destination)
        .map(Object::toString)
        .filter(path -> path.startsWith(prefix) && !path.startsWith("//") && !path.contains("\\"));
  }
}
