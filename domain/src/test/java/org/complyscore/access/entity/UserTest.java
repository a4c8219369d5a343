package org.complyscore.access.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserTest {

  @ParameterizedTest
  @CsvSource({"Admin,admin", "'  Jane.Doe@Example.ORG ',jane.doe@example.org", "bob,bob"})
  void keepsUserNamesAndEmailAddressesInLowerCaseWithoutBlanks(String typed, String stored) {
    User user = new User(typed, "Someone", Role.READER, "hash");
    user.changeEmail(typed);

    assertThat(user.getUsername()).isEqualTo(stored);
    assertThat(user.getEmail()).contains(stored);
  }

  @Test
  void aBlankEmailAddressMeansNone() {
    User user = new User("jane", "Jane", Role.READER, "hash");
    user.changeEmail("   ");

    assertThat(user.getEmail()).isEmpty();
  }

  @Test
  void refusesToBeCreatedWithoutItsEssentials() {
    assertThatNullPointerException()
        .isThrownBy(() -> new User(null, "Jane", Role.READER, "hash"))
        .withMessage("A user name is required.");
    assertThatNullPointerException()
        .isThrownBy(() -> new User("jane", "Jane", null, "hash"))
        .withMessage("A role is required.");
    assertThatNullPointerException()
        .isThrownBy(() -> new User("jane", "Jane", Role.READER, null))
        .withMessage("A password hash is required.");
  }

  @Test
  void aNewUserIsActiveAndHasTheirRolesPermissions() {
    User user = new User("jane", " Jane Doe ", Role.CONTRIBUTOR, "hash");

    assertThat(user.canSignIn()).isTrue();
    assertThat(user.getDisplayName()).isEqualTo("Jane Doe");
    assertThat(user.can(Permission.EDIT_IMPLEMENTATION)).isTrue();
    assertThat(user.can(Permission.EDIT_TESTING)).isFalse();
    assertThat(user.getLastSignInAt()).isEmpty();
  }

  @Test
  void aDeactivatedUserCannotSignInNorActUntilReactivated() {
    User user = new User("jane", "Jane", Role.OWNER, "hash");

    user.deactivate();
    assertThat(user.canSignIn()).isFalse();
    assertThat(user.can(Permission.VIEW)).isFalse();

    user.reactivate();
    assertThat(user.canSignIn()).isTrue();
    assertThat(user.can(Permission.VIEW)).isTrue();
  }

  @Test
  void remembersTheLastSignIn() {
    User user = new User("jane", "Jane", Role.READER, "hash");
    Instant at = Instant.parse("2026-11-24T10:15:30Z");

    user.recordSignIn(at);

    assertThat(user.getLastSignInAt()).contains(at);
  }

  @Test
  void aNewRoleBringsItsPermissions() {
    User user = new User("jane", "Jane", Role.READER, "hash");

    user.changeRole(Role.ADMINISTRATOR);

    assertThat(user.getRole()).isEqualTo(Role.ADMINISTRATOR);
    assertThat(user.can(Permission.MANAGE_USERS)).isTrue();
    assertThatNullPointerException()
        .isThrownBy(() -> user.changeRole(null))
        .withMessage("A role is required.");
    assertThat(user.getRole()).isEqualTo(Role.ADMINISTRATOR);
  }

  @ParameterizedTest(name = "{0}, active {1}: active owner {2}")
  @CsvSource({
    "OWNER,         true,  true",
    "OWNER,         false, false",
    "ADMINISTRATOR, true,  false",
    "READER,        true,  false",
  })
  void onlyAnActiveOwnerIsAnActiveOwner(Role role, boolean active, boolean activeOwner) {
    User user = new User("jane", "Jane", role, "hash");
    if (!active) {
      user.deactivate();
    }

    assertThat(user.isActiveOwner()).isEqualTo(activeOwner);
  }
}
