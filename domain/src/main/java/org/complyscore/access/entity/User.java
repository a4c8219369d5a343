package org.complyscore.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.complyscore.shared.entity.BaseEntity;

/**
 * A person who signs in to ComplyScore, with one organization-wide {@link Role}.
 *
 * <p>User names and e-mail addresses are kept in lower case, so that signing in does not depend on
 * how someone types them. The password is kept only as a slow salted hash.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = User.FIND_BY_LOGIN,
    query = "select u from User u where u.username = :login or u.email = :login")
@NamedQuery(name = User.COUNT, query = "select count(u) from User u")
@NamedQuery(
    name = User.FIND_ALL,
    query = "select u from User u order by u.active desc, u.displayName, u.username")
@NamedQuery(
    name = User.FIND_ACTIVE_OWNERS,
    query =
        "select u from User u where u.active = true"
            + " and u.role = org.complyscore.access.entity.Role.OWNER order by u.id")
public class User extends BaseEntity {

  public static final String FIND_BY_LOGIN = "User.findByLogin";
  public static final String COUNT = "User.count";
  public static final String FIND_ALL = "User.findAll";
  public static final String FIND_ACTIVE_OWNERS = "User.findActiveOwners";

  public static final int USERNAME_MAX = 254;
  public static final int EMAIL_MAX = 254;
  public static final int DISPLAY_NAME_MAX = 100;
  public static final int PASSWORD_HASH_MAX = 512;

  /** Letters, digits and the punctuation of e-mail addresses, so an address can be a user name. */
  public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._@+-]*";

  @NotBlank(message = "Enter a user name.")
  @Size(max = USERNAME_MAX, message = "A user name has at most {max} characters.")
  @Pattern(
      regexp = USERNAME_PATTERN,
      message =
          "A user name has letters, digits and . _ @ + - only, and starts with a letter or digit.")
  @Column(nullable = false, unique = true, length = USERNAME_MAX)
  private String username;

  @Size(max = EMAIL_MAX, message = "An e-mail address has at most {max} characters.")
  @Column(unique = true, length = EMAIL_MAX)
  private String email;

  @NotBlank(message = "Enter a display name.")
  @Size(max = DISPLAY_NAME_MAX, message = "A display name has at most {max} characters.")
  @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = PASSWORD_HASH_MAX)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  /** For JPA only. */
  protected User() {}

  public User(String username, String displayName, Role role, String passwordHash) {
    this.username = normalizeLogin(Objects.requireNonNull(username, "A user name is required."));
    this.displayName = Objects.requireNonNull(displayName, "A display name is required.").strip();
    this.role = Objects.requireNonNull(role, "A role is required.");
    this.passwordHash = Objects.requireNonNull(passwordHash, "A password hash is required.");
    this.active = true;
  }

  /**
   * The form in which user names and e-mail addresses are stored and looked up: without surrounding
   * blanks, in lower case.
   */
  public static String normalizeLogin(String login) {
    return login.strip().toLowerCase(Locale.ROOT);
  }

  public void changeEmail(String newEmail) {
    this.email = newEmail == null || newEmail.isBlank() ? null : normalizeLogin(newEmail);
  }

  public void changePasswordHash(String newPasswordHash) {
    this.passwordHash = Objects.requireNonNull(newPasswordHash, "A password hash is required.");
  }

  /** The organization-wide role; who may grant which role is the service's to check. */
  public void changeRole(Role newRole) {
    this.role = Objects.requireNonNull(newRole, "A role is required.");
  }

  /** An active Owner: ComplyScore must always have one. */
  public boolean isActiveOwner() {
    return active && role == Role.OWNER;
  }

  /** Only an active user can sign in. */
  public boolean canSignIn() {
    return active;
  }

  /** A deactivated user keeps their history but cannot sign in. */
  public void deactivate() {
    this.active = false;
  }

  public void reactivate() {
    this.active = true;
  }

  public void recordSignIn(Instant at) {
    this.lastSignInAt = Objects.requireNonNull(at);
  }

  public boolean can(Permission permission) {
    return active && role.grants(permission);
  }

  public String getUsername() {
    return username;
  }

  public Optional<String> getEmail() {
    return Optional.ofNullable(email);
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public boolean isActive() {
    return active;
  }

  public Optional<Instant> getLastSignInAt() {
    return Optional.ofNullable(lastSignInAt);
  }
}
