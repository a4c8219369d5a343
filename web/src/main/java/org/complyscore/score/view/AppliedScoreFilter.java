package org.complyscore.score.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.complyscore.action.boundary.ActionListService;
import org.complyscore.action.boundary.FilterOptions;
import org.complyscore.score.boundary.SavedScoreFilters;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.shared.view.EnumLabels;
import org.complyscore.shared.view.Texts;

/**
 * The score filter of a page with the filter pane ({@code /WEB-INF/includes/score-filter.xhtml}):
 * the Overview and the Solutions page. It opens with the filter the person last applied on either
 * page; applying, removing a chip and clearing keep the new one for the next visit (F14).
 */
@Dependent
public class AppliedScoreFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SavedScoreFilters savedFilters;
  @Inject private ActionListService actionListService;
  @Inject private EnumLabels labels;

  private FilterOptions options;
  private ScoreFilterForm form;
  private ScoreFilter applied = ScoreFilter.NONE;

  @PostConstruct
  void restore() {
    options = actionListService.options();
    applied = savedFilters.restore();
    form = ScoreFilterForm.of(applied, options);
    // What the options no longer hold (a deleted assessment) is gone from the form; so from the
    // filter.
    applied = form.toFilter();
  }

  /**
   * Applies what is picked in the menus, keeps it for the next visit and runs {@code reload} (the
   * page recomputes what it shows); a filter that cannot be read gets a message instead.
   */
  public void apply(Runnable reload) {
    try {
      applied = form.toFilter();
    } catch (InvalidInputException wrong) {
      Texts.addGlobalText(FacesMessage.SEVERITY_ERROR, wrong.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    savedFilters.remember(applied);
    reload.run();
  }

  /** Takes one applied value off (whatever else is picked but not applied stays unapplied). */
  public void remove(ScoreFilterForm.Chip chip, Runnable reload) {
    form = ScoreFilterForm.of(applied, options);
    form.remove(chip);
    apply(reload);
  }

  public void clear(Runnable reload) {
    form.clear();
    apply(reload);
  }

  /** The applied filter, as chips. */
  public List<ScoreFilterForm.Chip> getChips() {
    return ScoreFilterForm.of(applied, options).chips(options, labels::of);
  }

  /** What is picked in the menus. */
  public ScoreFilterForm getForm() {
    return form;
  }

  /** What the menus offer. */
  public FilterOptions getOptions() {
    return options;
  }

  public ScoreFilter getApplied() {
    return applied;
  }
}
