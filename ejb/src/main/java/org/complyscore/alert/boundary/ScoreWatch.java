package org.complyscore.alert.boundary;

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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.complyscore.alert.control.AlertRaiser;
import org.complyscore.alert.control.AlertSettings;
import org.complyscore.alert.control.ScoreReading;
import org.complyscore.alert.entity.AlertMatch;
import org.complyscore.alert.entity.AlertPolicy;

/**
 * Compares the score for the score-change policies every few minutes ({@code
 * COMPLYSCORE_ALERTS_SCORE_CHECK_MINUTES}, 5 by default), and forgets pending matches too old for
 * any window.
 *
 * <p>Why a timer rather than reacting to each change: the score is an aggregate over every action
 * and assessment, and one person's edit, a bulk import or a collector's round can change hundreds
 * of states; computing the score after each would cost an aggregate query per change, and a policy
 * would see a burst as many small steps rather than one move. Every few minutes one query serves
 * all policies.
 *
 * <p>The timer is not persistent: the policies keep their reference score in the database, so a
 * check missed while the server was down is made up by the next one. Each server of a cluster runs
 * it; each policy's row is locked while it is compared, so a move is seen once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
public class ScoreWatch {

  private static final System.Logger LOG = System.getLogger(ScoreWatch.class.getName());

  @Resource private TimerService timerService;

  @PersistenceContext private EntityManager em;

  @Inject private AlertSettings settings;

  @Inject private ScoreReading scoreReading;

  @Inject private AlertRaiser raiser;

  @PostConstruct
  void schedule() {
    long interval = settings.scoreCheckInterval().toMillis();
    timerService.createIntervalTimer(
        interval, interval, new TimerConfig("alert-score-watch", false));
  }

  @Timeout
  void onTimer() {
    try {
      check();
    } catch (RuntimeException e) {
      // The database may be down; the next round tries again.
      LOG.log(Level.WARNING, "Could not compare the score for alert policies: {0}", e.getMessage());
    }
  }

  /**
   * Compares the score of now with each enabled score-change policy's reference and raises what
   * their frequency says for those that moved far enough.
   *
   * @return how many policies matched
   */
  public int check() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    em.createNamedQuery(AlertMatch.DELETE_BEFORE)
        .setParameter("before", now.minus(Duration.ofMinutes(AlertPolicy.WINDOW_MINUTES_MAX)))
        .executeUpdate();
    List<AlertPolicy> policies =
        em.createNamedQuery(AlertPolicy.FIND_ENABLED, AlertPolicy.class).getResultList().stream()
            .filter(policy -> policy.getCondition().isScoreChange())
            .toList();
    if (policies.isEmpty()) {
      return 0;
    }
    BigDecimal percent = scoreReading.overallPercent();
    int matched = 0;
    // Another server may have compared (and moved the references) since the list was read.
    for (AlertPolicy policy : raiser.lock(policies)) {
      if (!policy.isEnabled()) {
        continue;
      }
      var match = policy.watchScore(percent, now);
      if (match.isPresent()) {
        // The new reference is written first: counting a threshold re-reads the locked policy.
        em.flush();
        raiser.match(policy, match.get());
        matched++;
      }
    }
    return matched;
  }
}
