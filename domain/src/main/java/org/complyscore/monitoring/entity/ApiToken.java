package org.complyscore.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.complyscore.shared.entity.BaseEntity;
import org.complyscore.shared.entity.InvalidInputException;

/**
 * A machine's credential for the REST API (F50): a name people recognise, scopes, an expiry, and
 * the SHA-256 of its secret; the secret itself is shown once, when the token is made. Revoking
 * keeps the row, so the audit log and the signals it posted still name it.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = ApiToken.FIND_BY_SECRET_HASH,
    query = "select t from ApiToken t where t.secretHash = :hash")
@NamedQuery(name = ApiToken.FIND_ALL, query = "select t from ApiToken t order by t.name")
@NamedQuery(
    name = ApiToken.COUNT_BY_NAME,
    query = "select count(t) from ApiToken t where lower(t.name) = lower(:name)")
public class ApiToken extends BaseEntity {

  public static final String FIND_BY_SECRET_HASH = "ApiToken.findBySecretHash";
  public static final String FIND_ALL = "ApiToken.findAll";
  public static final String COUNT_BY_NAME = "ApiToken.countByName";

  public static final int NAME_MAX = 100;

  /** A token lives at most this long: a forgotten token should not work forever. */
  public static final Duration LONGEST_LIFE = Duration.ofDays(730);

  /**
   * Last use is written at most this often: a scanner posting every second should not turn every
   * request into a write.
   */
  static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "secret_hash", nullable = false, length = 64)
  private String secretHash;

  /** The scopes' keys, separated by spaces, as OAuth writes them. */
  @Column(nullable = false, length = 100)
  private String scopes;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "created_by_name", nullable = false, length = 300)
  private String createdByName;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  protected ApiToken() {}

  /**
   * A new token.
   *
   * @param secretHash the SHA-256 of the secret, in hex
   * @param now the moment of issue, against which the expiry is checked
   * @throws InvalidInputException naming {@code name}, {@code scopes} or {@code expiresAt}
   */
  public static ApiToken issue(
      String name,
      Set<TokenScope> scopes,
      Instant expiresAt,
      String createdBy,
      String secretHash,
      Instant now) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidInputException("name", "Give the token a name, such as the scanner's.");
    }
    if (trimmed.length() > NAME_MAX) {
      throw new InvalidInputException(
          "name", "A token's name has at most " + NAME_MAX + " characters.");
    }
    if (scopes == null || scopes.isEmpty()) {
      throw new InvalidInputException(
          "scopes", "Choose at least one scope: signals:write or read.");
    }
    if (expiresAt == null) {
      throw new InvalidInputException("expiresAt", "Choose when the token expires.");
    }
    if (!expiresAt.isAfter(now)) {
      throw new InvalidInputException("expiresAt", "The expiry must be in the future.");
    }
    if (expiresAt.isAfter(now.plus(LONGEST_LIFE))) {
      throw new InvalidInputException(
          "expiresAt", "A token expires within " + LONGEST_LIFE.toDays() + " days.");
    }
    ApiToken token = new ApiToken();
    token.name = trimmed;
    token.scopes = scopes.stream().sorted().map(TokenScope::key).collect(Collectors.joining(" "));
    token.expiresAt = expiresAt;
    token.createdByName = Objects.requireNonNull(createdBy);
    token.secretHash = Objects.requireNonNull(secretHash);
    return token;
  }

  /** Whether the token opens the API at this moment: neither revoked nor expired. */
  public boolean isValidAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  /** Ends the token for good; revoking twice keeps the first moment. */
  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  /**
   * Notes a use of the token.
   *
   * @return whether the last use was written (it is, at most once a minute)
   */
  public boolean recordUse(Instant now) {
    if (lastUsedAt != null && lastUsedAt.plus(LAST_USE_PRECISION).isAfter(now)) {
      return false;
    }
    lastUsedAt = now;
    return true;
  }

  public Set<TokenScope> getScopes() {
    Set<TokenScope> all = EnumSet.noneOf(TokenScope.class);
    Arrays.stream(scopes.split(" "))
        .map(TokenScope::ofKey)
        .flatMap(Optional::stream)
        .forEach(all::add);
    return all;
  }

  public String getName() {
    return name;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public String getCreatedByName() {
    return createdByName;
  }

  public Optional<Instant> getRevokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<Instant> getLastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }
}
