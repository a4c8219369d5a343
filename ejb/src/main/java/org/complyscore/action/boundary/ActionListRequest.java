package org.complyscore.action.boundary;

import java.util.Objects;

/**
 * A view of the action list: which rows, grouped how, in which order. The details page gets the
 * same request, so that previous and next follow the list the person came from.
 */
public record ActionListRequest(
    ActionFilter filter, ActionGrouping grouping, ActionOrder order, boolean descending)
    implements java.io.Serializable {

  /** The list as it opens: open actions, most points to gain first. */
  public static final ActionListRequest DEFAULT =
      new ActionListRequest(ActionFilter.OPEN, ActionGrouping.NONE, ActionOrder.SCORE_IMPACT, true);

  /** The list of the actions a filter keeps, grouped and ordered as the list opens. */
  public static ActionListRequest of(ActionFilter filter) {
    return new ActionListRequest(filter, DEFAULT.grouping(), DEFAULT.order(), DEFAULT.descending());
  }

  public ActionListRequest {
    Objects.requireNonNull(filter);
    Objects.requireNonNull(grouping);
    Objects.requireNonNull(order);
  }
}
