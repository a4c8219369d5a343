package org.complyscore.access.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;

/**
 * A browser-session cookie that says "this browser was signed in". The login page tells a session
 * that timed out from a first visit by it: the marker is there, the session is not. It holds no
 * secret and grants nothing; signing out removes it.
 */
public final class SignInMarker {

  static final String COOKIE = "complyscore_signed_in";

  private SignInMarker() {}

  public static boolean isPresent(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies != null && Arrays.stream(cookies).anyMatch(c -> COOKIE.equals(c.getName()));
  }

  public static void add(HttpServletRequest request, HttpServletResponse response) {
    response.addCookie(cookie(request, "1", -1));
  }

  public static void remove(HttpServletRequest request, HttpServletResponse response) {
    response.addCookie(cookie(request, "", 0));
  }

  private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
    Cookie cookie = new Cookie(COOKIE, value);
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setMaxAge(maxAge);
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }
}
