package org.complyscore.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complyscore.shared.entity.BaseEntity;

/**
 * An e-mail address invited to ComplyScore with a role. The invitee follows a one-time link; only
 * the hash of its token is kept. A link works while the invitation is pending and not expired;
 * accepting, revoking or resending (which replaces the token) ends the old link for good.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(
    name = Invitation.FIND_BY_TOKEN_HASH,
    query = "select i from Invitation i where i.tokenHash = :tokenHash")
@NamedQuery(
    name = Invitation.FIND_PENDING,
    query =
        "select i from Invitation i join fetch i.invitedBy"
            + " where i.status = org.complyscore.access.entity.InvitationStatus.PENDING"
            + " order by i.createdAt desc")
@NamedQuery(
    name = Invitation.FIND_PENDING_FOR_EMAIL,
    query =
        "select i from Invitation i where i.email = :email"
            + " and i.status = org.complyscore.access.entity.InvitationStatus.PENDING")
public class Invitation extends BaseEntity {

  public static final String FIND_BY_TOKEN_HASH = "Invitation.findByTokenHash";
  public static final String FIND_PENDING = "Invitation.findPending";
  public static final String FIND_PENDING_FOR_EMAIL = "Invitation.findPendingForEmail";

  @Column(nullable = false, length = User.EMAIL_MAX)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private InvitationStatus status;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "invited_by_id", nullable = false)
  private User invitedBy;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "accepted_user_id")
  private User acceptedUser;

  @Column(name = "ended_at")
  private Instant endedAt;

  /** For JPA only. */
  protected Invitation() {}

  public Invitation(
      String email, Role role, User invitedBy, String tokenHash, Instant now, Duration validity) {
    this.email =
        User.normalizeLogin(Objects.requireNonNull(email, "An e-mail address is required."));
    this.role = Objects.requireNonNull(role, "A role is required.");
    this.invitedBy = Objects.requireNonNull(invitedBy, "The inviting user is required.");
    this.status = InvitationStatus.PENDING;
    renew(tokenHash, now, validity);
  }

  /** Whether the link still works at this moment. */
  public boolean isOpen(Instant now) {
    return status == InvitationStatus.PENDING && now.isBefore(expiresAt);
  }

  public boolean isExpired(Instant now) {
    return status == InvitationStatus.PENDING && !now.isBefore(expiresAt);
  }

  /** A new token and a new validity period: the old link stops working. */
  public void renew(String newTokenHash, Instant now, Duration validity) {
    if (status != InvitationStatus.PENDING) {
      throw new IllegalStateException("Only a pending invitation can be sent again.");
    }
    this.tokenHash = Objects.requireNonNull(newTokenHash, "A token hash is required.");
    this.expiresAt = now.plus(validity);
  }

  /** The invitee set a name and password: the link is used up. */
  public void accept(User user, Instant now) {
    if (!isOpen(now)) {
      throw new IllegalStateException("Only an open invitation can be accepted.");
    }
    this.acceptedUser = Objects.requireNonNull(user);
    this.status = InvitationStatus.ACCEPTED;
    this.endedAt = now;
  }

  /** Withdrawn by an administrator: the link stops working. */
  public void revoke(Instant now) {
    if (status != InvitationStatus.PENDING) {
      throw new IllegalStateException("Only a pending invitation can be revoked.");
    }
    this.status = InvitationStatus.REVOKED;
    this.endedAt = now;
  }

  public String getEmail() {
    return email;
  }

  public Role getRole() {
    return role;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public InvitationStatus getStatus() {
    return status;
  }

  public User getInvitedBy() {
    return invitedBy;
  }

  public Optional<User> getAcceptedUser() {
    return Optional.ofNullable(acceptedUser);
  }

  public Optional<Instant> getEndedAt() {
    return Optional.ofNullable(endedAt);
  }
}
