package org.complyscore.access.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sets the {@link SignInMarker} on the first response to a signed-in browser. */
@WebFilter(filterName = "SignInMarkerFilter", urlPatterns = "/*")
public class SignInMarkerFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null && !SignInMarker.isPresent(request)) {
      SignInMarker.add(request, response);
    }
    chain.doFilter(request, response);
  }
}
