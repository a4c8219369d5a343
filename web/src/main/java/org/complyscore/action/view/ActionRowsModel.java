package org.complyscore.action.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.complyscore.action.boundary.ActionListRequest;
import org.complyscore.action.boundary.ActionListService;
import org.complyscore.action.boundary.ActionOrder;
import org.complyscore.action.boundary.ActionRow;
import org.complyscore.action.boundary.GroupSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The rows of the action list for PrimeFaces' lazy table: every page, sort and count is a query
 * (the service's), never a list held in memory. A click on a column header changes the list's
 * order; the filter comes from the page's request.
 */
class ActionRowsModel extends LazyDataModel<ActionRow> {

  private static final long serialVersionUID = 1L;

  /** The table's sort fields (the columns' {@code field}) and the orders they mean. */
  private static final Map<String, ActionOrder> ORDERS =
      Map.ofEntries(
          Map.entry("title", ActionOrder.TITLE),
          Map.entry("points", ActionOrder.POINTS),
          Map.entry("achievedPoints", ActionOrder.ACHIEVED),
          Map.entry("scoreImpact", ActionOrder.SCORE_IMPACT),
          Map.entry("implementationStatus", ActionOrder.IMPLEMENTATION_STATUS),
          Map.entry("testStatus", ActionOrder.TEST_STATUS),
          Map.entry("assigneeName", ActionOrder.ASSIGNEE),
          Map.entry("implementationType", ActionOrder.ACTION_TYPE),
          Map.entry("solution", ActionOrder.SOLUTION),
          Map.entry("category", ActionOrder.CATEGORY),
          Map.entry("groupName", ActionOrder.GROUP),
          Map.entry("testingSource", ActionOrder.TESTING_SOURCE),
          Map.entry("modifiedAt", ActionOrder.LAST_CHANGED));

  private final transient ActionListService service;
  private final Supplier<ActionListRequest> request;
  private final java.util.function.Consumer<ActionListRequest> reorder;
  private final Map<String, ActionRow> loaded = new HashMap<>();
  private final java.util.function.Function<ActionRow, String> groupOf;
  private final java.util.Set<Long> groupStarts = new java.util.HashSet<>();
  private List<GroupSummary> groups = List.of();

  ActionRowsModel(
      ActionListService service,
      Supplier<ActionListRequest> request,
      java.util.function.Consumer<ActionListRequest> reorder,
      java.util.function.Function<ActionRow, String> groupOf) {
    this.groupOf = groupOf;
    this.service = service;
    this.request = request;
    this.reorder = reorder;
  }

  /** Whether {@link #groups} was read for this request already (the filter changed). */
  private boolean fresh;

  /**
   * Reads the group summaries now, for a filter just applied: the page's heading renders before the
   * table and shows the total.
   */
  void reload() {
    groups = service.groups(request.get());
    fresh = true;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    if (!fresh) {
      groups = service.groups(request.get());
    }
    fresh = false;
    return (int) groups.stream().mapToLong(GroupSummary::shown).sum();
  }

  @Override
  public List<ActionRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    applySort(sortBy);
    List<ActionRow> rows = service.rows(request.get(), first, Math.max(1, pageSize));
    loaded.clear();
    rows.forEach(row -> loaded.put(getRowKey(row), row));
    markGroupStarts(rows);
    return rows;
  }

  /** A header click sorts by that column; the list's own order stays when none was clicked. */
  private void applySort(Map<String, SortMeta> sortBy) {
    if (sortBy == null || sortBy.isEmpty()) {
      return;
    }
    SortMeta sort = sortBy.values().iterator().next();
    ActionOrder order = ORDERS.get(sort.getField());
    if (order == null || sort.getOrder() == SortOrder.UNSORTED) {
      return;
    }
    ActionListRequest current = request.get();
    boolean descending = sort.getOrder() == SortOrder.DESCENDING;
    if (current.order() != order || current.descending() != descending) {
      reorder.accept(
          new ActionListRequest(current.filter(), current.grouping(), order, descending));
    }
  }

  /** The rows that open a group on this page: the first one, and each whose group differs. */
  private void markGroupStarts(List<ActionRow> rows) {
    groupStarts.clear();
    String previous = null;
    for (int i = 0; i < rows.size(); i++) {
      String group = groupOf.apply(rows.get(i));
      if (i == 0 || !java.util.Objects.equals(group, previous)) {
        groupStarts.add(rows.get(i).stateId());
      }
      previous = group;
    }
  }

  boolean startsGroup(ActionRow row) {
    return groupStarts.contains(row.stateId());
  }

  List<GroupSummary> groups() {
    return groups;
  }

  @Override
  public String getRowKey(ActionRow row) {
    return Long.toString(row.stateId());
  }

  @Override
  public ActionRow getRowData(String rowKey) {
    return loaded.get(rowKey);
  }
}
