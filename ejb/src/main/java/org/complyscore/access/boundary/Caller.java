package org.complyscore.access.boundary;

import java.util.Set;
import java.util.stream.Collectors;
import org.complyscore.access.entity.Permission;
import org.complyscore.access.entity.Role;
import org.complyscore.access.entity.User;

/** Who is signed in, as the web layer and the container need to know it. */
public record Caller(String username, String displayName, Role role) {

  static Caller of(User user) {
    return new Caller(user.getUsername(), user.getDisplayName(), user.getRole());
  }

  /** The caller's permissions as the group names the container maps to roles. */
  public Set<String> groups() {
    return role.permissions().stream().map(Permission::name).collect(Collectors.toSet());
  }
}
