package org.complyscore.access.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.complyscore.access.entity.Role;
import org.complyscore.shared.entity.InvalidInputException;

/** A role as a client writes it ("Contributor", "CONTRIBUTOR"), with a clear message when wrong. */
final class RoleParameter {

  private RoleParameter() {}

  static Role parse(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "Give a role: " + choices() + ".");
    }
    try {
      return Role.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field, "\"" + value.strip() + "\" is not a role; use one of " + choices() + ".");
    }
  }

  private static String choices() {
    return Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));
  }
}
