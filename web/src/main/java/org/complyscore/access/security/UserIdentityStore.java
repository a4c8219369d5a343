package org.complyscore.access.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.complyscore.access.boundary.SignInResult;
import org.complyscore.access.boundary.SignInService;

/**
 * The database identity store: validates a user name (or e-mail address) and password through
 * {@link SignInService} and hands the caller's permissions to the container as groups. When the
 * name is locked after too many failures, it leaves a note on the request for the login page.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

  /** Request attribute set when a sign-in was refused because the name is locked. */
  public static final String LOCKED = "org.complyscore.signInLocked";

  @Inject private SignInService signInService;

  @Inject private HttpServletRequest request;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    SignInResult result =
        signInService.authenticate(login.getCaller(), login.getPasswordAsString());
    if (result.locked()) {
      request.setAttribute(LOCKED, Boolean.TRUE);
    }
    return result
        .caller()
        .map(caller -> new CredentialValidationResult(caller.username(), caller.groups()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
