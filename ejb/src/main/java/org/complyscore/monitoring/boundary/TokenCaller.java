package org.complyscore.monitoring.boundary;

import java.util.Set;
import java.util.stream.Collectors;
import org.complyscore.monitoring.entity.ApiToken;
import org.complyscore.monitoring.entity.TokenScope;

/**
 * A machine signed in with an API token, as the web layer and the container need to know it.
 *
 * @param tokenId the token's id
 * @param name the token's name
 * @param scopes what it may do
 */
public record TokenCaller(long tokenId, String name, Set<TokenScope> scopes) {

  /** Principal names of tokens start with this; no user name can (they have no colon). */
  public static final String PRINCIPAL_PREFIX = "token:";

  static TokenCaller of(ApiToken token) {
    return new TokenCaller(token.getId(), token.getName(), token.getScopes());
  }

  /** The principal name the container and the audit log know the machine by. */
  public String principal() {
    return PRINCIPAL_PREFIX + tokenId + ":" + name;
  }

  /** The permissions the scopes grant, as the group names the container maps to roles. */
  public Set<String> groups() {
    return scopes.stream().map(scope -> scope.permission().name()).collect(Collectors.toSet());
  }
}
