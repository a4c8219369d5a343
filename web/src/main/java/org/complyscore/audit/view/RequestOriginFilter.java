package org.complyscore.audit.view;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.complyscore.audit.control.RequestOrigin;

/**
 * Tells the audit log where each request came from. The address is the connection's peer: behind a
 * reverse proxy that is the proxy, unless the server is told to trust its forwarding headers
 * (Payara's {@code auth-pass-through-enabled} on the HTTP listener).
 */
@WebFilter(filterName = "RequestOriginFilter", urlPatterns = "/*")
public class RequestOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private RequestOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    origin.setClientAddress(request.getRemoteAddr());
    chain.doFilter(request, response);
  }
}
