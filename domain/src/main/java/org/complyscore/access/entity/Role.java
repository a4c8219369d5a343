package org.complyscore.access.entity;

import static org.complyscore.access.entity.Permission.EDIT_IMPLEMENTATION;
import static org.complyscore.access.entity.Permission.EDIT_TESTING;
import static org.complyscore.access.entity.Permission.GRANT_PRIVILEGED_ROLES;
import static org.complyscore.access.entity.Permission.INVITE_USERS;
import static org.complyscore.access.entity.Permission.MANAGE_API_TOKENS;
import static org.complyscore.access.entity.Permission.MANAGE_ASSESSMENTS;
import static org.complyscore.access.entity.Permission.MANAGE_AUTOMATION;
import static org.complyscore.access.entity.Permission.MANAGE_SOLUTIONS;
import static org.complyscore.access.entity.Permission.MANAGE_TEMPLATES;
import static org.complyscore.access.entity.Permission.MANAGE_USERS;
import static org.complyscore.access.entity.Permission.SWITCH_AUTOMATION_FOR_ALL;
import static org.complyscore.access.entity.Permission.VIEW;
import static org.complyscore.access.entity.Permission.VIEW_AUDIT_LOG;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The five organization-wide roles of the product's role table, from least to most trusted. Each
 * role holds every permission of the role before it.
 */
public enum Role {
  READER(EnumSet.of(VIEW)),
  CONTRIBUTOR(with(READER, EDIT_IMPLEMENTATION)),
  ASSESSOR(with(CONTRIBUTOR, EDIT_TESTING, MANAGE_ASSESSMENTS)),
  ADMINISTRATOR(
      with(
          ASSESSOR,
          MANAGE_TEMPLATES,
          MANAGE_SOLUTIONS,
          MANAGE_AUTOMATION,
          MANAGE_API_TOKENS,
          INVITE_USERS,
          MANAGE_USERS,
          VIEW_AUDIT_LOG)),
  OWNER(with(ADMINISTRATOR, GRANT_PRIVILEGED_ROLES, SWITCH_AUTOMATION_FOR_ALL));

  private final Set<Permission> permissions;

  Role(Set<Permission> permissions) {
    this.permissions = Collections.unmodifiableSet(permissions);
  }

  private static Set<Permission> with(Role base, Permission... added) {
    Set<Permission> all = EnumSet.copyOf(base.permissions);
    all.addAll(Set.of(added));
    return all;
  }

  public Set<Permission> permissions() {
    return permissions;
  }

  public boolean grants(Permission permission) {
    return permissions.contains(permission);
  }

  /** Administrator and Owner: only an Owner may grant these. */
  public boolean isPrivileged() {
    return compareTo(ADMINISTRATOR) >= 0;
  }
}
