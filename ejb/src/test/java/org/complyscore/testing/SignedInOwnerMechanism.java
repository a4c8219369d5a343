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
 * For container tests of services behind {@code @RolesAllowed}: every request of the test archive
 * (the ones Arquillian runs the tests in) is made by an Owner holding every permission. Only test
 * archives that list this class get it.
 */
@ApplicationScoped
public class SignedInOwnerMechanism implements HttpAuthenticationMechanism {

  public static final String CALLER = "it-owner";

  private static final Set<String> ALL_PERMISSIONS =
      Arrays.stream(Permission.values()).map(Permission::name).collect(Collectors.toSet());

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    return context.notifyContainerAboutLogin(CALLER, ALL_PERMISSIONS);
  }
}
