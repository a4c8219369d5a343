package org.complyscore.score.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import org.complyscore.score.boundary.ScoreService;
import org.complyscore.score.entity.DailyScore;
import org.complyscore.score.entity.ScoreReport;
import org.complyscore.shared.view.Texts;

/**
 * The Overview ({@code /score/overview}): the score at a glance under the person's filter (F10 to
 * F16). The filter pane applies by AJAX and is kept for the person's next visit. Every number links
 * to the improvement-action list filtered to the actions behind it.
 */
@Named
@ViewScoped
public class OverviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The days the trend shows. */
  static final int TREND_DAYS = 90;

  /** How many solutions the Overview lists; the Solutions page has all. */
  static final int TOP_SOLUTIONS = 5;

  /** The circumference of the score ring (radius 52, see overview.xhtml). */
  private static final double RING = 2 * Math.PI * 52;

  @Inject private ScoreService scoreService;
  @Inject private AppliedScoreFilter scoreFilter;

  private ScoreReport report;
  private List<ScoreReport.Item> topSolutions;
  private List<DailyScore> trend;

  @PostConstruct
  void init() {
    trend = scoreService.trend(TREND_DAYS);
    load();
  }

  private void load() {
    report = scoreService.overview(scoreFilter.getApplied());
    topSolutions =
        report.bySolution().stream()
            .filter(item -> item.score().remaining().signum() > 0)
            .sorted(
                Comparator.comparing((ScoreReport.Item item) -> item.score().remaining())
                    .reversed()
                    .thenComparing(ScoreReport.Item::name, String.CASE_INSENSITIVE_ORDER))
            .limit(TOP_SOLUTIONS)
            .toList();
  }

  /** Applies the filter pane: the score and every panel are recomputed. */
  public void apply() {
    scoreFilter.apply(this::load);
  }

  public void remove(ScoreFilterForm.Chip chip) {
    scoreFilter.remove(chip, this::load);
  }

  public void clear() {
    scoreFilter.clear(this::load);
  }

  public AppliedScoreFilter getScoreFilter() {
    return scoreFilter;
  }

  public ScoreReport getReport() {
    return report;
  }

  /** The solutions with the most points to gain. */
  public List<ScoreReport.Item> getTopSolutions() {
    return topSolutions;
  }

  public List<DailyScore> getTrend() {
    return trend;
  }

  public String getCategoryChart() {
    return ScoreCharts.bars(report.byCategory(), Texts.get("overview.chart.score"));
  }

  public String getAssessmentChart() {
    return ScoreCharts.bars(report.byAssessment(), Texts.get("overview.chart.score"));
  }

  public String getTrendChart() {
    return ScoreCharts.trend(trend, Texts.get("overview.chart.score"));
  }

  /** The height in pixels of a bar chart of {@code bars} bars. */
  public int chartHeight(int bars) {
    return Math.max(1, bars) * ScoreCharts.BAR_HEIGHT + 40;
  }

  /** The filled part of the score ring and the rest, for the SVG's stroke-dasharray. */
  public String getRingDash() {
    double filled = report.overall().percent().doubleValue() / 100 * RING;
    return BigDecimal.valueOf(filled).setScale(2, RoundingMode.HALF_UP).toPlainString()
        + " "
        + BigDecimal.valueOf(RING).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** Every action behind the score, passed ones included: they earned its points. */
  public String getScoreActions() {
    return ScoreLinks.actions(scoreFilter.getApplied(), true);
  }

  /** The open actions under the filter, most points to gain first. */
  public String getOpenActions() {
    return ScoreLinks.actions(scoreFilter.getApplied(), false);
  }

  /**
   * The actions behind one line of a breakdown ({@code kind}: category, assessment or solution):
   * with passed ones for its points, without for its open actions.
   */
  public String actionsOf(String kind, long id, boolean withPassed) {
    return ScoreLinks.actions(ScoreLinks.narrowed(scoreFilter.getApplied(), kind, id), withPassed);
  }
}
