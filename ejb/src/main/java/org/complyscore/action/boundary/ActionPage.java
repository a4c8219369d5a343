package org.complyscore.action.boundary;

import java.util.List;

/**
 * One page of the action list.
 *
 * @param rows the page's rows, in list order
 * @param total how many rows the whole filtered list has
 * @param groups one summary per group of the whole list (one, keyed {@code null}, without grouping)
 */
public record ActionPage(List<ActionRow> rows, long total, List<GroupSummary> groups) {

  public ActionPage {
    rows = List.copyOf(rows);
    groups = List.copyOf(groups);
  }
}
