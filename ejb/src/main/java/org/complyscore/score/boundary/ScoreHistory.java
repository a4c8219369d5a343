package org.complyscore.score.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.LocalDate;
import org.complyscore.score.control.ScoreSnapshots;

/**
 * Takes the daily snapshot of the score (F15): at the first start (so a new installation has a
 * history from its first day), at every start that finds today missing, and late every evening, so
 * that a day's snapshot is its score at the end of the day. ({@link ScoreService} also takes a
 * missing today when it is first read, for a server that ran past midnight.)
 *
 * <p>The timer is not persistent: a missed evening (server down) is not worth catching up with a
 * score that has since moved; the next start takes its day instead.
 */
@Singleton
@Startup
@DependsOn("BaselineSetup")
public class ScoreHistory {

  private static final System.Logger LOG = System.getLogger(ScoreHistory.class.getName());

  @Inject private ScoreSnapshots snapshots;

  @PostConstruct
  void takeTodayIfMissing() {
    LocalDate today = LocalDate.now();
    if (!snapshots.isTaken(today)) {
      snapshots.take(today);
      LOG.log(Level.INFO, "Took the score snapshot of {0}.", today);
    }
  }

  @Schedule(hour = "23", minute = "50", persistent = false, info = "daily score snapshot")
  void takeEndOfDay() {
    snapshots.take(LocalDate.now());
  }
}
