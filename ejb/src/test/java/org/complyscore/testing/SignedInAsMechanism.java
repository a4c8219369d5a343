package org.complyscore.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.complyscore.access.entity.Permission;

/**
 * Like {@link SignedInOwnerMechanism} (every request is made by the Owner {@value #CALLER} holding
 * every permission), but a test can sign in as someone else in the middle of its request with
 * {@link SignIn}: the caller and the permissions (as groups, as the real identity store hands them
 * over) then come from a request attribute. Only test archives that list this class (instead of
 * {@link SignedInOwnerMechanism}) get it.
 */
@ApplicationScoped
public class SignedInAsMechanism implements HttpAuthenticationMechanism {

  public static final String CALLER = SignedInOwnerMechanism.CALLER;

  /** The request attribute holding the {@link TestCaller} to sign in as. */
  static final String SIGN_IN_AS = SignedInAsMechanism.class.getName() + ".signInAs";

  private static final Set<String> ALL_PERMISSIONS =
      Arrays.stream(Permission.values()).map(Permission::name).collect(Collectors.toSet());

  /** Who to sign in as, and what the container is told they may do. */
  record TestCaller(String username, Set<String> groups) {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (request.getAttribute(SIGN_IN_AS) instanceof TestCaller caller) {
      return context.notifyContainerAboutLogin(caller.username(), caller.groups());
    }
    return context.notifyContainerAboutLogin(CALLER, ALL_PERMISSIONS);
  }
}
