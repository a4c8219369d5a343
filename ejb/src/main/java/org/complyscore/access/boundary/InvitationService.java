package org.complyscore.access.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.complyscore.access.control.InvitationMailer;
import org.complyscore.access.control.PasswordHasher;
import org.complyscore.access.control.PasswordPolicy;
import org.complyscore.access.control.UserDirectory;
import org.complyscore.access.entity.Invitation;
import org.complyscore.access.entity.InvitationStatus;
import org.complyscore.access.entity.Permission;
import org.complyscore.access.entity.Role;
import org.complyscore.access.entity.User;
import org.complyscore.audit.control.AuditLog;
import org.complyscore.audit.entity.AuditEventType;
import org.complyscore.shared.control.Secrets;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.shared.entity.NotPermittedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Inviting people by e-mail (F03): administrators invite, resend and revoke; the invitee, not
 * signed in, opens the link and accepts with a display name and a password. The mail is queued in
 * the same transaction as the invitation, so there is never one without the other.
 */
@Stateless
@DeclareRoles(Permission.Names.GRANT_PRIVILEGED_ROLES) // checked in code: isCallerInRole
public class InvitationService {

  /** Something, an at sign, something with a dot: the mail server judges the rest. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext session;

  @Inject private InvitationMailer mailer;

  @Inject private UserDirectory users;

  @Inject private PasswordHasher passwordHasher;

  @Inject private AuditLog auditLog;

  @Inject
  @ConfigProperty(name = "complyscore.invitation.valid-days", defaultValue = "7")
  private int validDays;

  @RolesAllowed(Permission.Names.INVITE_USERS)
  public InvitationSummary invite(String email, Role role) {
    String address = checkedEmail(email);
    if (role == null) {
      throw new InvalidInputException("role", "Choose the role the invited person gets.");
    }
    requireMayGrant(role);
    if (users.isTaken(address)) {
      throw new AccountExistsException(address);
    }
    Instant now = Instant.now();
    List<Invitation> earlier =
        em.createNamedQuery(Invitation.FIND_PENDING_FOR_EMAIL, Invitation.class)
            .setParameter("email", address)
            .getResultList();
    // A second invitation replaces the first: only the newest link works.
    earlier.forEach(invitation -> invitation.revoke(now));
    String token = Secrets.randomToken();
    Invitation invitation =
        new Invitation(address, role, caller(), Secrets.tokenHash(token), now, validity());
    em.persist(invitation);
    mailer.send(invitation, token);
    auditLog.record(
        AuditEventType.INVITATION_SENT, callerName(), address, "as " + role.name().toLowerCase());
    return InvitationSummary.of(invitation, now);
  }

  /** A new link (the old one stops working) and a new validity period. */
  @RolesAllowed(Permission.Names.INVITE_USERS)
  public InvitationSummary resend(long invitationId) {
    Invitation invitation = pending(invitationId);
    requireMayGrant(invitation.getRole());
    Instant now = Instant.now();
    String token = Secrets.randomToken();
    invitation.renew(Secrets.tokenHash(token), now, validity());
    mailer.send(invitation, token);
    auditLog.record(AuditEventType.INVITATION_RESENT, callerName(), invitation.getEmail(), null);
    return InvitationSummary.of(invitation, now);
  }

  @RolesAllowed(Permission.Names.INVITE_USERS)
  public void revoke(long invitationId) {
    Invitation invitation = pending(invitationId);
    invitation.revoke(Instant.now());
    auditLog.record(AuditEventType.INVITATION_REVOKED, callerName(), invitation.getEmail(), null);
  }

  /** Pending invitations, newest first, expired ones included (they can be sent again). */
  @RolesAllowed(Permission.Names.INVITE_USERS)
  public List<InvitationSummary> pending() {
    Instant now = Instant.now();
    return em.createNamedQuery(Invitation.FIND_PENDING, Invitation.class)
        .getResultStream()
        .map(invitation -> InvitationSummary.of(invitation, now))
        .toList();
  }

  /** What a link offers, or empty when it does not work: the page tells the visitor no more. */
  @PermitAll
  public Optional<InvitationOffer> open(String token) {
    return findOpen(token, false)
        .map(
            invitation ->
                new InvitationOffer(
                    invitation.getEmail(),
                    invitation.getRole(),
                    invitation.getInvitedBy().getDisplayName(),
                    invitation.getExpiresAt()));
  }

  /**
   * Creates the invitee's account with the invited role; the link is used up. The user name is the
   * e-mail address. Returns the new user name, for signing in.
   */
  @PermitAll
  public String accept(String token, String displayName, String password) {
    Invitation invitation = findOpen(token, true).orElseThrow(InvitationUnavailableException::new);
    String name = displayName == null ? "" : displayName.strip();
    if (name.isEmpty()) {
      throw new InvalidInputException("displayName", "Enter the name others will see.");
    }
    if (name.length() > User.DISPLAY_NAME_MAX) {
      throw new InvalidInputException(
          "displayName", "A display name has at most " + User.DISPLAY_NAME_MAX + " characters.");
    }
    Optional<String> weak = PasswordPolicy.problemWith(password);
    if (weak.isPresent()) {
      throw new InvalidInputException("password", weak.get());
    }
    if (users.isTaken(invitation.getEmail())) {
      // Someone made an account for this address after the invitation went out.
      throw new InvitationUnavailableException();
    }
    User user =
        new User(invitation.getEmail(), name, invitation.getRole(), passwordHasher.hash(password));
    user.changeEmail(invitation.getEmail());
    em.persist(user);
    invitation.accept(user, Instant.now());
    auditLog.record(
        AuditEventType.INVITATION_ACCEPTED,
        user.getUsername(),
        user.getUsername(),
        "joined as " + user.getRole().name().toLowerCase());
    return user.getUsername();
  }

  /**
   * The invitation behind a token while its link works. Accepting locks it, so that one link opened
   * twice at the same moment makes one account.
   */
  private Optional<Invitation> findOpen(String token, boolean forUpdate) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    var query =
        em.createNamedQuery(Invitation.FIND_BY_TOKEN_HASH, Invitation.class)
            .setParameter("tokenHash", Secrets.tokenHash(token.strip()));
    if (forUpdate) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    Instant now = Instant.now();
    return query.getResultStream().findFirst().filter(invitation -> invitation.isOpen(now));
  }

  private Invitation pending(long invitationId) {
    Invitation invitation = em.find(Invitation.class, invitationId);
    if (invitation == null || invitation.getStatus() != InvitationStatus.PENDING) {
      throw new InvitationNotFoundException(invitationId);
    }
    return invitation;
  }

  private void requireMayGrant(Role role) {
    if (role.isPrivileged() && !session.isCallerInRole(Permission.Names.GRANT_PRIVILEGED_ROLES)) {
      throw new NotPermittedException(
          "Only an Owner can invite someone as Administrator or Owner.");
    }
  }

  private static String checkedEmail(String email) {
    String address = email == null ? "" : User.normalizeLogin(email);
    if (address.isEmpty()) {
      throw new InvalidInputException("email", "Enter the e-mail address to invite.");
    }
    if (address.length() > User.EMAIL_MAX || !EMAIL.matcher(address).matches()) {
      throw new InvalidInputException(
          "email", "\"" + email.strip() + "\" is not an e-mail address like name@example.org.");
    }
    if (!address.matches(User.USERNAME_PATTERN)) {
      throw new InvalidInputException(
          "email",
          "ComplyScore accepts e-mail addresses with letters, digits and . _ + - only: \""
              + email.strip()
              + "\" has other characters.");
    }
    return address;
  }

  private Duration validity() {
    return Duration.ofDays(Math.max(1, validDays));
  }

  private User caller() {
    String username = callerName();
    return users
        .findByUsername(username)
        .orElseThrow(() -> new IllegalStateException("The caller " + username + " has no account"));
  }

  private String callerName() {
    return session.getCallerPrincipal().getName();
  }
}
