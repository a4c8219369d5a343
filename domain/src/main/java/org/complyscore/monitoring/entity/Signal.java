package org.complyscore.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complyscore.shared.entity.BaseEntity;

/**
 * What a machine observed about one resource at one moment (F31). A signal is known by its check,
 * resource and moment: the same observation posted again is the same signal. Signals are kept as
 * they came; an action's test status is made from the latest of each checked resource.
 */
@Entity
@Table(name = "monitoring_signal")
@NamedQuery(
    name = Signal.LATEST_OF_CHECKS,
    query =
        "select s from Signal s where s.checkId in :checks and s.observedAt = (select"
            + " max(o.observedAt) from Signal o where o.checkId = s.checkId and o.resourceId ="
            + " s.resourceId) order by s.checkId, s.resourceId")
@NamedQuery(
    name = Signal.FIND_SAME,
    query =
        "select s from Signal s where s.checkId = :checkId and s.resourceId = :resourceId and"
            + " s.observedAt = :observedAt")
public class Signal extends BaseEntity {

  /** The latest signal of each resource of the given checks. */
  public static final String LATEST_OF_CHECKS = "Signal.latestOfChecks";

  /** The signal with the same check, resource and moment, if one was received. */
  public static final String FIND_SAME = "Signal.findSame";

  public static final int RESOURCE_MAX = 300;
  public static final int DETAIL_MAX = 2000;
  public static final int LINK_MAX = 1000;

  @Column(name = "check_id", nullable = false, length = 100, updatable = false)
  private String checkId;

  @Column(name = "resource_id", nullable = false, length = RESOURCE_MAX, updatable = false)
  private String resourceId;

  @Column(name = "observed_at", nullable = false, updatable = false)
  private Instant observedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private SignalResult result;

  @Column(precision = 5, scale = 4, updatable = false)
  private BigDecimal fraction;

  @Enumerated(EnumType.STRING)
  @Column(length = 10, updatable = false)
  private Severity severity;

  @Column(length = DETAIL_MAX, updatable = false)
  private String detail;

  @Column(length = LINK_MAX, updatable = false)
  private String link;

  /** The token that posted it; an id, so revoking or renaming a token leaves signals alone. */
  @Column(name = "token_id", updatable = false)
  private Long tokenId;

  protected Signal() {}

  /**
   * A signal as received; the values are checked by whoever received them.
   *
   * @param fraction for {@link SignalResult#PARTIAL} only: the compliant share
   * @param severity for {@link SignalResult#FAIL} only
   */
  public Signal(
      String checkId,
      String resourceId,
      Instant observedAt,
      SignalResult result,
      BigDecimal fraction,
      Severity severity,
      String detail,
      String link,
      Long tokenId) {
    this.checkId = Objects.requireNonNull(checkId);
    this.resourceId = Objects.requireNonNull(resourceId);
    this.observedAt = Objects.requireNonNull(observedAt);
    this.result = Objects.requireNonNull(result);
    if ((result == SignalResult.PARTIAL) != (fraction != null)) {
      throw new IllegalArgumentException("A fraction goes with a partial result, and only there.");
    }
    if ((result == SignalResult.FAIL) != (severity != null)) {
      throw new IllegalArgumentException("A severity goes with a failure, and only there.");
    }
    this.fraction = fraction;
    this.severity = severity;
    this.detail = detail;
    this.link = link;
    this.tokenId = tokenId;
  }

  /** The share of compliance this signal reports: 1 for a pass, 0 for a failure. */
  public BigDecimal compliantShare() {
    return switch (result) {
      case PASS -> BigDecimal.ONE;
      case FAIL -> BigDecimal.ZERO;
      case PARTIAL -> fraction;
    };
  }

  /** The signal in a few words, for the history: {@code web.tls on https://host:8181}. */
  public String describe() {
    return checkId + " on " + resourceId;
  }

  /** Whether this observation is recent enough to count at {@code now}. */
  public boolean isFreshAt(Instant now, java.time.Duration window) {
    return observedAt.isAfter(now.minus(window));
  }

  public String getCheckId() {
    return checkId;
  }

  public String getResourceId() {
    return resourceId;
  }

  public Instant getObservedAt() {
    return observedAt;
  }

  public SignalResult getResult() {
    return result;
  }

  public Optional<BigDecimal> getFraction() {
    return Optional.ofNullable(fraction);
  }

  public Optional<Severity> getSeverity() {
    return Optional.ofNullable(severity);
  }

  public Optional<String> getDetail() {
    return Optional.ofNullable(detail);
  }

  public Optional<String> getLink() {
    return Optional.ofNullable(link);
  }

  public Optional<Long> getTokenId() {
    return Optional.ofNullable(tokenId);
  }
}
