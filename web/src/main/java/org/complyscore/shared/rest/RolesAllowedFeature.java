package org.complyscore.shared.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} on REST resource methods (or their class) before they run, with a
 * 403 problem body; Jakarta REST itself leaves the annotation to the runtime. Every resource method
 * must say who may call it: one without {@code @RolesAllowed} or {@code @PermitAll} is refused, so
 * that a forgotten annotation fails closed.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    Class<?> type = resource.getResourceClass();
    if (method.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
    if (allowed == null && !type.isAnnotationPresent(PermitAll.class)) {
      allowed = type.getAnnotation(RolesAllowed.class);
    }
    if (allowed == null && type.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    context.register(new RoleCheck(allowed == null ? new String[0] : allowed.value()));
  }

  @Priority(Priorities.AUTHORIZATION)
  private static final class RoleCheck implements ContainerRequestFilter {

    private final String[] roles;

    RoleCheck(String[] roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      if (request.getSecurityContext().getUserPrincipal() == null) {
        request.abortWith(
            Problem.of(Response.Status.UNAUTHORIZED, "Sign in first: this request has no session.")
                .toResponse());
        return;
      }
      if (Arrays.stream(roles).noneMatch(request.getSecurityContext()::isUserInRole)) {
        boolean machine =
            request.getSecurityContext().getUserPrincipal().getName().startsWith("token:");
        request.abortWith(
            Problem.of(
                    Response.Status.FORBIDDEN,
                    machine
                        ? "This API token's scopes do not allow this request."
                        : "Your role does not allow this.")
                .toResponse());
      }
    }
  }
}
