package org.complyscore.score.view;

import jakarta.faces.context.FacesContext;
import java.util.Set;
import org.complyscore.action.boundary.ActionFilter;
import org.complyscore.action.boundary.ActionListParameters;
import org.complyscore.action.boundary.ActionListRequest;
import org.complyscore.score.entity.ScoreFilter;

/**
 * Links from a number to the improvement actions behind it (explainable numbers): the score's
 * filter, narrowed to what the number is about, as the action list's address.
 */
public final class ScoreLinks {

  private ScoreLinks() {}

  /**
   * The action list's address for the actions a filter keeps.
   *
   * @param withPassed whether passed actions are listed: they are behind points achieved, not
   *     behind a count of open actions
   */
  public static String actions(ScoreFilter filter, boolean withPassed) {
    String query =
        ActionListParameters.toQuery(
            ActionListRequest.of(
                ActionFilter.builder().score(filter).includePassed(withPassed).build()));
    String contextPath =
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return contextPath + "/actions/list" + (query.isEmpty() ? "" : "?" + query);
  }

  /** The filter narrowed to one category, assessment or solution ({@code kind}). */
  static ScoreFilter narrowed(ScoreFilter filter, String kind, long id) {
    Set<Long> one = Set.of(id);
    return switch (kind) {
      case "category" -> filter.withCategories(one);
      case "assessment" -> filter.withAssessments(one);
      case "solution" -> filter.withSolutions(one);
      default -> throw new IllegalArgumentException("Cannot narrow a score filter by " + kind);
    };
  }
}
