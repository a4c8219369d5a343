package org.complyscore.alert.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.complyscore.shared.entity.BaseEntity;

/**
 * A match of a threshold policy that is not part of an alert yet: what the policy counts to decide
 * whether N matches fell within its window. Deleted once they raise an alert, or once they are too
 * old to count.
 */
@Entity
@Table(name = "alert_match")
@NamedQuery(
    name = AlertMatch.TIMES_SINCE,
    query =
        "select m.matchedAt from AlertMatch m where m.policy = :policy and m.matchedAt >= :since"
            + " order by m.matchedAt")
@NamedQuery(
    name = AlertMatch.DELETE_OF_POLICY,
    query = "delete from AlertMatch m where m.policy = :policy")
@NamedQuery(
    name = AlertMatch.DELETE_BEFORE,
    query = "delete from AlertMatch m where m.matchedAt < :before")
public class AlertMatch extends BaseEntity {

  /** When a policy's pending matches since a time happened, oldest first. */
  public static final String TIMES_SINCE = "AlertMatch.timesSince";

  /** Forgets a policy's pending matches: they raised an alert, or the policy changed. */
  public static final String DELETE_OF_POLICY = "AlertMatch.deleteOfPolicy";

  /** Forgets matches older than any window. */
  public static final String DELETE_BEFORE = "AlertMatch.deleteBefore";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "policy_id", nullable = false, updatable = false)
  private AlertPolicy policy;

  @Column(name = "matched_at", nullable = false, updatable = false)
  private Instant matchedAt;

  /** For JPA only. */
  protected AlertMatch() {}

  public AlertMatch(AlertPolicy policy, Instant matchedAt) {
    this.policy = Objects.requireNonNull(policy);
    this.matchedAt = Objects.requireNonNull(matchedAt);
  }

  public AlertPolicy getPolicy() {
    return policy;
  }

  public Instant getMatchedAt() {
    return matchedAt;
  }
}
