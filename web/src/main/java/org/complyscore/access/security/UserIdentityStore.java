package org.complyscore.access.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.complyscore.access.boundary.SignInService;

/**
 * The database identity store: validates a user name (or e-mail address) and password through
 * {@link SignInService} and hands the caller's permissions to the container as groups.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

  @Inject private SignInService signInService;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return signInService
        .authenticate(login.getCaller(), login.getPasswordAsString())
        .map(caller -> new CredentialValidationResult(caller.username(), caller.groups()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
