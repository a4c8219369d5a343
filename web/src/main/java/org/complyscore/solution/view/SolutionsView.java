package org.complyscore.solution.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complyscore.score.entity.Score;
import org.complyscore.score.view.AppliedScoreFilter;
import org.complyscore.score.view.ScoreFilterForm;
import org.complyscore.score.view.ScoreLinks;
import org.complyscore.shared.entity.BusinessException;
import org.complyscore.shared.entity.WebAddress;
import org.complyscore.shared.view.Texts;
import org.complyscore.solution.boundary.SolutionScore;
import org.complyscore.solution.boundary.SolutionService;

/**
 * The Solutions page ({@code /solutions/list}, F30): every solution's contribution to the score
 * under the person's filter, with links to its remaining actions; Administrators edit a solution's
 * name, description and address.
 */
@Named
@ViewScoped
public class SolutionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SolutionService solutionService;
  @Inject private AppliedScoreFilter scoreFilter;

  private List<SolutionScore> solutions;
  private Score total;

  // The edit dialog.
  private Long editedId;
  private long editedVersion;
  private String name;
  private String description;
  private String url;

  @PostConstruct
  void load() {
    solutions = solutionService.scores(scoreFilter.getApplied());
    total = Score.sum(solutions.stream().map(SolutionScore::score).toList());
  }

  public void apply() {
    scoreFilter.apply(this::load);
  }

  public void remove(ScoreFilterForm.Chip chip) {
    scoreFilter.remove(chip, this::load);
  }

  public void clear() {
    scoreFilter.clear(this::load);
  }

  /** Opens the edit dialog on a solution. */
  public void edit(SolutionScore solution) {
    editedId = solution.id();
    editedVersion = solution.version();
    name = solution.name();
    description = solution.description();
    url = solution.url();
  }

  /** Saves the dialog; a refusal is shown next to the field it names, the dialog stays open. */
  public void save() {
    try {
      solutionService.describe(editedId, editedVersion, name, description, url);
    } catch (BusinessException refusal) {
      Texts.addRefusal(
          refusal,
          Map.of(
              "name", "edit-form:edit-name",
              "description", "edit-form:edit-description",
              "url", "edit-form:edit-url"));
      load();
      return;
    }
    Texts.addGlobal(FacesMessage.SEVERITY_INFO, "solutions.saved");
    load();
  }

  public List<SolutionScore> getSolutions() {
    return solutions;
  }

  /** All solutions together: what the contributions add up to. */
  public Score getTotal() {
    return total;
  }

  /** The solution's actions not yet passed, under the filter. */
  public String remainingActions(long solutionId) {
    return ScoreLinks.actions(scoreFilter.getApplied().withSolutions(Set.of(solutionId)), false);
  }

  /** The address "Open" goes to; null when there is none a link may open. */
  public String openable(SolutionScore solution) {
    return WebAddress.openable(solution.url());
  }

  public AppliedScoreFilter getScoreFilter() {
    return scoreFilter;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }
}
