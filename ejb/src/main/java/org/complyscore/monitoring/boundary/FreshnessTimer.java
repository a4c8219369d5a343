package org.complyscore.monitoring.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Instant;
import org.complyscore.monitoring.control.AutomatedTesting;
import org.complyscore.monitoring.control.MonitoringConfiguration;

/**
 * Keeps automated test statuses honest (F31): on a timer (hourly unless configured), every
 * automated action is evaluated again, so one whose machine stopped posting turns "Could not be
 * detected" once its last signal is older than the freshness window, and one still waiting shows
 * "To be detected".
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
public class FreshnessTimer {

  private static final System.Logger LOG = System.getLogger(FreshnessTimer.class.getName());

  @Resource private TimerService timerService;

  @Inject private MonitoringConfiguration configuration;

  @Inject private AutomatedTesting testing;

  @PostConstruct
  void schedule() {
    long interval = configuration.checkInterval().toMillis();
    // Not persistent: the signals are the memory; the timer is only the reminder to look.
    timerService.createIntervalTimer(interval, interval, new TimerConfig("freshness", false));
  }

  @Timeout
  void onTimer() {
    try {
      checkAt(Instant.now());
    } catch (RuntimeException e) {
      // The database may be down; the next round comes.
      LOG.log(
          Level.WARNING, "Could not check the freshness of automated tests: {0}", e.getMessage());
    }
  }

  /**
   * Evaluates every automated action as of {@code now}: the timer's round, and a test's, with a
   * clock of its choosing.
   *
   * @return how many states changed
   */
  public int checkAt(Instant now) {
    int changed = testing.evaluateAll(now);
    if (changed > 0) {
      LOG.log(Level.INFO, "Freshness check: {0} automated action states changed.", changed);
    }
    return changed;
  }
}
