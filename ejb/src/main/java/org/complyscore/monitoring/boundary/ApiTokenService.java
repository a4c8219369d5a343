package org.complyscore.monitoring.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.complyscore.access.entity.Permission;
import org.complyscore.audit.control.AuditLog;
import org.complyscore.audit.entity.AuditEventType;
import org.complyscore.monitoring.control.RefusedTokenNotes;
import org.complyscore.monitoring.entity.ApiToken;
import org.complyscore.monitoring.entity.TokenScope;
import org.complyscore.shared.control.Secrets;
import org.complyscore.shared.entity.InvalidInputException;

/**
 * API tokens (F50): Administrators make them for scanners and scripts, see when each was last used,
 * and revoke them. The secret is shown once; the database keeps its SHA-256, which is enough for
 * 256 random bits. Every token made, revoked or refused is in the audit log (F51).
 */
@Stateless
public class ApiTokenService {

  /** Marks a secret as ours, so a leaked one is recognisable in logs and by secret scanners. */
  public static final String SECRET_PREFIX = "cst_";

  @PersistenceContext private EntityManager em;

  @Inject private AuditLog audit;

  @Inject private RefusedTokenNotes refusals;

  @Resource private SessionContext session;

  @RolesAllowed(Permission.Names.MANAGE_API_TOKENS)
  public List<TokenRow> list() {
    Instant now = Instant.now();
    return em.createNamedQuery(ApiToken.FIND_ALL, ApiToken.class).getResultList().stream()
        .map(token -> TokenRow.of(token, now))
        .toList();
  }

  /**
   * Makes a token.
   *
   * @param scopes the scopes' keys: {@code signals:write}, {@code read}
   * @throws InvalidInputException naming {@code name}, {@code scopes} or {@code expiresAt}
   */
  @RolesAllowed(Permission.Names.MANAGE_API_TOKENS)
  public IssuedToken create(String name, Set<String> scopes, Instant expiresAt) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Set<TokenScope> granted = scopesOf(scopes);
    if (name != null
        && em.createNamedQuery(ApiToken.COUNT_BY_NAME, Long.class)
                .setParameter("name", name.strip())
                .getSingleResult()
            > 0) {
      throw new InvalidInputException(
          "name", "A token named \"" + name.strip() + "\" exists; choose another name.");
    }
    String secret = SECRET_PREFIX + Secrets.randomToken();
    ApiToken token =
        ApiToken.issue(
            name,
            granted,
            expiresAt == null ? null : expiresAt.truncatedTo(ChronoUnit.MICROS),
            caller(),
            Secrets.tokenHash(secret),
            now);
    em.persist(token);
    em.flush();
    audit.record(
        AuditEventType.API_TOKEN_CREATED,
        caller(),
        token.getName(),
        "Scopes "
            + granted.stream().map(TokenScope::key).collect(Collectors.joining(", "))
            + "; expires "
            + token.getExpiresAt());
    return new IssuedToken(TokenRow.of(token, now), secret);
  }

  /** Revokes a token for good; revoking a revoked token changes nothing. */
  @RolesAllowed(Permission.Names.MANAGE_API_TOKENS)
  public TokenRow revoke(long id) {
    ApiToken token = em.find(ApiToken.class, id);
    if (token == null) {
      throw new TokenNotFoundException(id);
    }
    Instant now = Instant.now();
    if (token.getRevokedAt().isEmpty()) {
      token.revoke(now);
      audit.record(AuditEventType.API_TOKEN_REVOKED, caller(), token.getName(), null);
    }
    return TokenRow.of(token, now);
  }

  /**
   * The machine a secret belongs to, if the token is neither revoked nor expired; notes its use. A
   * known token that is no longer valid is recorded in the audit log (at most once an hour per
   * token): a machine still using it needs attention.
   */
  @PermitAll
  public Optional<TokenCaller> authenticate(String secret) {
    if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 200) {
      return Optional.empty();
    }
    Optional<ApiToken> found =
        em.createNamedQuery(ApiToken.FIND_BY_SECRET_HASH, ApiToken.class)
            .setParameter("hash", Secrets.tokenHash(secret))
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ApiToken token = found.get();
    Instant now = Instant.now();
    if (!token.isValidAt(now)) {
      if (!refusals.shouldNote(token.getId(), now)) {
        return Optional.empty();
      }
      audit.record(
          AuditEventType.API_TOKEN_REFUSED,
          TokenCaller.of(token).principal(),
          token.getName(),
          token.getRevokedAt().isPresent() ? "revoked" : "expired");
      return Optional.empty();
    }
    token.recordUse(now);
    return Optional.of(TokenCaller.of(token));
  }

  /** The token behind a principal, when a machine is the caller. */
  @PermitAll
  public Optional<Long> callerTokenId(Principal principal) {
    String name = principal == null ? "" : principal.getName();
    if (!name.startsWith(TokenCaller.PRINCIPAL_PREFIX)) {
      return Optional.empty();
    }
    String rest = name.substring(TokenCaller.PRINCIPAL_PREFIX.length());
    int colon = rest.indexOf(':');
    try {
      return Optional.of(Long.parseLong(colon < 0 ? rest : rest.substring(0, colon)));
    } catch (NumberFormatException notOurs) {
      return Optional.empty();
    }
  }

  private static Set<TokenScope> scopesOf(Set<String> keys) {
    if (keys == null || keys.isEmpty()) {
      throw new InvalidInputException(
          "scopes", "Choose at least one scope: signals:write or read.");
    }
    return keys.stream()
        .map(
            key ->
                TokenScope.ofKey(key == null ? "" : key.strip())
                    .orElseThrow(
                        () ->
                            new InvalidInputException(
                                "scopes",
                                "\"" + key + "\" is not a scope: use signals:write or read.")))
        .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(TokenScope.class)));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
