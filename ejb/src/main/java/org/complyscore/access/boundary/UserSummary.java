package org.complyscore.access.boundary;

import java.time.Instant;
import org.complyscore.access.entity.Role;
import org.complyscore.access.entity.User;

/** A person as the list of users shows them, with how many improvement actions they hold. */
public record UserSummary(
    long id,
    String username,
    String email,
    String displayName,
    Role role,
    boolean active,
    Instant lastSignInAt,
    long assignedActions) {

  static UserSummary of(User user, long assignedActions) {
    return new UserSummary(
        user.getId(),
        user.getUsername(),
        user.getEmail().orElse(null),
        user.getDisplayName(),
        user.getRole(),
        user.isActive(),
        user.getLastSignInAt().orElse(null),
        assignedActions);
  }
}
