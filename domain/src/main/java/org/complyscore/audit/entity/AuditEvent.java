package org.complyscore.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import org.complyscore.shared.entity.BaseEntity;

/**
 * One security-relevant event: what happened ({@link AuditEventType}), who did it (the user name,
 * or none for an unknown visitor), to whom or what, and from which network address. The time is the
 * creation time. Events are only ever added.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = AuditEvent.FIND_RECENT,
    query = "select e from AuditEvent e order by e.createdAt desc, e.id desc")
@NamedQuery(name = AuditEvent.COUNT, query = "select count(e) from AuditEvent e")
public class AuditEvent extends BaseEntity {

  public static final String FIND_RECENT = "AuditEvent.findRecent";
  public static final String COUNT = "AuditEvent.count";

  public static final int ACTOR_MAX = 254;
  public static final int SUBJECT_MAX = 254;
  public static final int DETAIL_MAX = 500;
  public static final int ADDRESS_MAX = 64;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, length = 40)
  private AuditEventType type;

  @Column(length = ACTOR_MAX)
  private String actor;

  @Column(length = SUBJECT_MAX)
  private String subject;

  @Column(length = DETAIL_MAX)
  private String detail;

  @Column(name = "client_address", length = ADDRESS_MAX)
  private String clientAddress;

  /** For JPA only. */
  protected AuditEvent() {}

  public AuditEvent(
      AuditEventType type, String actor, String subject, String detail, String clientAddress) {
    this.type = Objects.requireNonNull(type, "An event type is required.");
    this.actor = cut(actor, ACTOR_MAX);
    this.subject = cut(subject, SUBJECT_MAX);
    this.detail = cut(detail, DETAIL_MAX);
    this.clientAddress = cut(clientAddress, ADDRESS_MAX);
  }

  /** Typed-in values (a login name someone tried) can be longer than the column: keep the start. */
  private static String cut(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    return stripped.length() <= max ? stripped : stripped.substring(0, max);
  }

  public AuditEventType getType() {
    return type;
  }

  public Optional<String> getActor() {
    return Optional.ofNullable(actor);
  }

  public Optional<String> getSubject() {
    return Optional.ofNullable(subject);
  }

  public Optional<String> getDetail() {
    return Optional.ofNullable(detail);
  }

  public Optional<String> getClientAddress() {
    return Optional.ofNullable(clientAddress);
  }
}
