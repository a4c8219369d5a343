package org.complyscore.monitoring.entity;

import java.util.Arrays;
import java.util.Optional;
import org.complyscore.access.entity.Permission;

/**
 * What an API token may do. Each scope grants one permission; a token never holds a person's role,
 * and the web pages do not accept tokens at all.
 */
public enum TokenScope {
  /** Post signals to {@code /api/signals}. */
  SIGNALS_WRITE("signals:write", Permission.SUBMIT_SIGNALS),
  /** Read the REST API: score, actions, assessments, templates. */
  READ("read", Permission.VIEW);

  private final String key;
  private final Permission permission;

  TokenScope(String key, Permission permission) {
    this.key = key;
    this.permission = permission;
  }

  /** The scope as tokens and requests spell it: {@code signals:write}, {@code read}. */
  public String key() {
    return key;
  }

  public Permission permission() {
    return permission;
  }

  public static Optional<TokenScope> ofKey(String key) {
    return Arrays.stream(values()).filter(scope -> scope.key.equals(key)).findFirst();
  }
}
