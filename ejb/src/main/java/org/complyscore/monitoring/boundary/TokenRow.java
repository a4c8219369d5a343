package org.complyscore.monitoring.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.complyscore.monitoring.entity.ApiToken;
import org.complyscore.monitoring.entity.TokenScope;

/**
 * An API token as the settings page and the REST API list it; never with its secret.
 *
 * @param scopes the scopes' keys, such as {@code signals:write}
 * @param status Active, Expired or Revoked
 */
public record TokenRow(
    long id,
    String name,
    List<String> scopes,
    Instant createdAt,
    String createdBy,
    Instant expiresAt,
    Instant revokedAt,
    Instant lastUsedAt,
    Status status)
    implements Serializable {

  /** Whether a token opens the API now, and if not, why. */
  public enum Status {
    ACTIVE,
    EXPIRED,
    REVOKED
  }

  static TokenRow of(ApiToken token, Instant now) {
    return new TokenRow(
        token.getId(),
        token.getName(),
        token.getScopes().stream().map(TokenScope::key).toList(),
        token.getCreatedAt(),
        token.getCreatedByName(),
        token.getExpiresAt(),
        token.getRevokedAt().orElse(null),
        token.getLastUsedAt().orElse(null),
        token.getRevokedAt().isPresent()
            ? Status.REVOKED
            : token.isValidAt(now) ? Status.ACTIVE : Status.EXPIRED);
  }
}
