package org.complyscore.access.rest;

import org.complyscore.access.entity.Role;
import org.complyscore.shared.rest.EnumParameter;

/** A role as a client writes it ("Contributor", "CONTRIBUTOR"), with a clear message when wrong. */
final class RoleParameter {

  private RoleParameter() {}

  static Role parse(String field, String value) {
    return EnumParameter.parse(field, "a role", Role.class, value);
  }
}
