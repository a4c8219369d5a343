package org.complyscore.testing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.complyscore.access.entity.Permission;
import org.complyscore.access.entity.Role;

/**
 * Signs the running test in as another person, for the rest of its request (each test method is a
 * request of its own, which starts as the Owner {@value SignedInAsMechanism#CALLER}). Goes through
 * the container's authentication like a real sign-in, so services see the new caller and check the
 * permissions of that person's role. Needs {@link SignedInAsMechanism} and {@link CurrentResponse}
 * in the test archive.
 */
@Dependent
public class SignIn {

  @Inject private HttpServletRequest request;

  @Inject private SecurityContext securityContext;

  /** Signs in as the person with this user name, holding the permissions of the role. */
  public void as(String username, Role role) {
    signIn(
        new SignedInAsMechanism.TestCaller(
            username,
            role.permissions().stream().map(Permission::name).collect(Collectors.toSet())));
  }

  /**
   * Signs in as a machine with an API token: a principal and only the permissions its scopes give.
   */
  public void asMachine(String principal, java.util.Set<String> permissions) {
    signIn(new SignedInAsMechanism.TestCaller(principal, permissions));
  }

  /** Signs in as the test Owner again. */
  public void asOwner() {
    signIn(null);
  }

  private void signIn(SignedInAsMechanism.TestCaller caller) {
    if (caller == null) {
      request.removeAttribute(SignedInAsMechanism.SIGN_IN_AS);
    } else {
      request.setAttribute(SignedInAsMechanism.SIGN_IN_AS, caller);
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            CurrentResponse.of(request),
            AuthenticationParameters.withParams().newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      throw new IllegalStateException("Signing in as " + caller + " ended in " + status);
    }
  }

  /** The caller's name as the container now knows it. */
  public String callerName() {
    return securityContext.getCallerPrincipal().getName();
  }
}
