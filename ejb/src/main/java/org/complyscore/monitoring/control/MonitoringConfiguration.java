package org.complyscore.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of automated monitoring, from MicroProfile Config (in the environment as {@code
 * COMPLYSCORE_MONITORING_FRESHNESS_HOURS} and so on).
 */
@ApplicationScoped
public class MonitoringConfiguration {

  @Inject
  @ConfigProperty(name = "complyscore.monitoring.freshness-hours", defaultValue = "24")
  long freshnessHours;

  @Inject
  @ConfigProperty(name = "complyscore.monitoring.check-interval-minutes", defaultValue = "60")
  long checkIntervalMinutes;

  @Inject
  @ConfigProperty(name = "complyscore.monitoring.requests-per-minute", defaultValue = "60")
  int requestsPerMinute;

  /** How old a signal may be and still count: 24 hours unless configured otherwise. */
  public Duration freshness() {
    return Duration.ofHours(Math.max(1, freshnessHours));
  }

  /**
   * How often the freshness of automated actions is checked: hourly unless configured otherwise.
   */
  public Duration checkInterval() {
    return Duration.ofMinutes(Math.max(1, checkIntervalMinutes));
  }

  /** How many requests one API token may make per minute. */
  public int requestsPerMinute() {
    return Math.max(1, requestsPerMinute);
  }
}
