package org.complyscore.alert.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The alerts' settings, from MicroProfile Config (so from the environment: {@code
 * COMPLYSCORE_ALERTS_SCORE_CHECK_MINUTES}).
 */
@ApplicationScoped
public class AlertSettings {

  @Inject
  @ConfigProperty(name = "complyscore.alerts.score-check-minutes", defaultValue = "5")
  long scoreCheckMinutes;

  /**
   * How often score-change policies compare the score: a few minutes is soon enough for a number
   * that moves with people's work, and costs one aggregate query per round.
   */
  public Duration scoreCheckInterval() {
    return Duration.ofMinutes(Math.max(1, scoreCheckMinutes));
  }
}
