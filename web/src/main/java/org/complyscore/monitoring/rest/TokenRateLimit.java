package org.complyscore.monitoring.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.complyscore.access.security.FormAuthenticationMechanism;
import org.complyscore.monitoring.boundary.TokenCaller;
import org.complyscore.monitoring.control.MonitoringConfiguration;
import org.complyscore.shared.rest.Problem;

/**
 * Limits each API token to a number of requests per minute (60 unless configured): a scanner in a
 * loop should not take the server from the people using it. A fixed window per token, in memory: on
 * a cluster each server counts its own, which bounds the load per server, and that is the point.
 * Over the limit: 429 with {@code Retry-After}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenRateLimit implements ContainerRequestFilter {

  private static final long MINUTE_MILLIS = 60_000;

  /** Per token: the window's start (epoch minute) and the requests in it. */
  private static final Map<Long, long[]> WINDOWS = new ConcurrentHashMap<>();

  @Context private HttpServletRequest servletRequest;

  @Inject private MonitoringConfiguration configuration;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!(servletRequest.getAttribute(FormAuthenticationMechanism.TOKEN_CALLER)
        instanceof TokenCaller machine)) {
      return;
    }
    long now = System.currentTimeMillis();
    long minute = now / MINUTE_MILLIS;
    long[] window =
        WINDOWS.compute(
            machine.tokenId(),
            (id, current) -> {
              if (current == null || current[0] != minute) {
                return new long[] {minute, 1};
              }
              current[1]++;
              return current;
            });
    if (window[1] > configuration.requestsPerMinute()) {
      long retryAfter = Math.max(1, ((minute + 1) * MINUTE_MILLIS - now + 999) / 1000);
      request.abortWith(
          Response.fromResponse(
                  new Problem(
                          "urn:complyscore:problem:too-many-requests",
                          "Too many requests",
                          429,
                          "This token may make "
                              + configuration.requestsPerMinute()
                              + " requests a minute; try again in "
                              + retryAfter
                              + " s.",
                          List.of())
                      .toResponse())
              .header("Retry-After", retryAfter)
              .build());
    }
  }
}
