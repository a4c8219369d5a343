package org.complyscore.testing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps each request's response where {@link SignIn} finds it: signing in again in the middle of a
 * request needs it, and CDI offers the request but not the response.
 */
@WebFilter("/*")
public class CurrentResponse extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String ATTRIBUTE = CurrentResponse.class.getName();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    request.setAttribute(ATTRIBUTE, response);
    chain.doFilter(request, response);
  }

  static HttpServletResponse of(ServletRequest request) {
    if (request.getAttribute(ATTRIBUTE) instanceof HttpServletResponse response) {
      return response;
    }
    throw new IllegalStateException("CurrentResponse is not in the test archive");
  }
}
