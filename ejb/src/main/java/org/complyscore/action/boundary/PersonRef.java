package org.complyscore.action.boundary;

/** A person who can be assigned actions, as a picker shows them. */
public record PersonRef(long id, String displayName, String email) implements java.io.Serializable {

  /** The person as a picker shows them; no address is an empty one. */
  public static PersonRef of(org.complyscore.access.entity.User user) {
    return new PersonRef(user.getId(), user.getDisplayName(), user.getEmail().orElse(""));
  }
}
