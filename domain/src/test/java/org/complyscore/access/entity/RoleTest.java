package org.complyscore.access.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The role table of the product specification, section 4, row by row. */
class RoleTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // permission              | roles that hold it
        "VIEW                      | READER CONTRIBUTOR ASSESSOR ADMINISTRATOR OWNER",
        "EDIT_IMPLEMENTATION       | CONTRIBUTOR ASSESSOR ADMINISTRATOR OWNER",
        "EDIT_TESTING              | ASSESSOR ADMINISTRATOR OWNER",
        "MANAGE_ASSESSMENTS        | ASSESSOR ADMINISTRATOR OWNER",
        "MANAGE_TEMPLATES          | ADMINISTRATOR OWNER",
        "MANAGE_SOLUTIONS          | ADMINISTRATOR OWNER",
        "MANAGE_AUTOMATION         | ADMINISTRATOR OWNER",
        "MANAGE_API_TOKENS         | ADMINISTRATOR OWNER",
        "INVITE_USERS              | ADMINISTRATOR OWNER",
        "MANAGE_USERS              | ADMINISTRATOR OWNER",
        "VIEW_AUDIT_LOG            | ADMINISTRATOR OWNER",
        "GRANT_PRIVILEGED_ROLES    | OWNER",
        "SWITCH_AUTOMATION_FOR_ALL | OWNER",
      })
  void grantsEachPermissionToExactlyTheRolesOfTheTable(Permission permission, String holders) {
    Set<Role> expected =
        Arrays.stream(holders.trim().split("\\s+"))
            .map(Role::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

    Set<Role> actual = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (role.grants(permission)) {
        actual.add(role);
      }
    }

    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void everyRoleHoldsAllPermissionsOfTheRoleBeforeIt() {
    Role[] roles = Role.values();
    for (int i = 1; i < roles.length; i++) {
      assertThat(roles[i].permissions()).containsAll(roles[i - 1].permissions());
      assertThat(roles[i].permissions()).hasSizeGreaterThan(roles[i - 1].permissions().size());
    }
  }

  @Test
  void onlyAdministratorAndOwnerArePrivileged() {
    assertThat(Arrays.stream(Role.values()).filter(Role::isPrivileged))
        .containsExactly(Role.ADMINISTRATOR, Role.OWNER);
  }
}
