package org.complyscore.score.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.complyscore.score.boundary.ScoreReport;
import org.complyscore.score.boundary.ScoreService;
import org.complyscore.score.entity.ScoreFilter;

/** The Overview ({@code /score/overview}): the compliance score at a glance. */
@Named
@RequestScoped
public class OverviewView {

  @Inject private ScoreService scoreService;

  private ScoreReport report;

  @PostConstruct
  void load() {
    report = scoreService.report(ScoreFilter.NONE);
  }

  public ScoreReport getReport() {
    return report;
  }
}
