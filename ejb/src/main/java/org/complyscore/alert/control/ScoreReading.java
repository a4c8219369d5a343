package org.complyscore.alert.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.complyscore.score.control.ScoreQueries;
import org.complyscore.score.entity.ScoreFilter;

/**
 * The overall score as score-change policies compare it: unfiltered, in percent with one decimal,
 * as the Overview shows it.
 *
 * <p>Read through the score's own query rather than its boundary: the timer that compares it runs
 * without a caller, and the score's boundary is for signed-in people (it demands VIEW). It reads
 * the database directly, not the score cache, so every server of a cluster sees the same number.
 */
@Dependent
public class ScoreReading {

  @Inject private ScoreQueries scoreQueries;

  public BigDecimal overallPercent() {
    return scoreQueries.overall(ScoreFilter.NONE).percent();
  }
}
