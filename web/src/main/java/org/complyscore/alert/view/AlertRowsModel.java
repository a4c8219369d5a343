package org.complyscore.alert.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.complyscore.alert.boundary.AlertFilter;
import org.complyscore.alert.boundary.AlertPage;
import org.complyscore.alert.boundary.AlertRow;
import org.complyscore.alert.boundary.AlertService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The alerts for PrimeFaces' lazy table: every page and count is the service's query, never a list
 * held in memory; the order is always the newest match first.
 */
class AlertRowsModel extends LazyDataModel<AlertRow> {

  private static final long serialVersionUID = 1L;

  private final transient AlertService service;
  private final Supplier<AlertFilter> filter;
  private final SerializableConsumer loadedRows;
  private final Map<String, AlertRow> loaded = new HashMap<>();
  private long total = -1;

  /** Told the rows of each page read, for inputs that start from their values. */
  interface SerializableConsumer
      extends java.util.function.Consumer<List<AlertRow>>, java.io.Serializable {}

  AlertRowsModel(
      AlertService service, Supplier<AlertFilter> filter, SerializableConsumer loadedRows) {
    this.service = service;
    this.filter = filter;
    this.loadedRows = loadedRows;
  }

  /** How many alerts the filter keeps, counted once per request that asks. */
  long total() {
    if (total < 0) {
      total = service.alerts(filter.get(), 0, 1).total();
    }
    return total;
  }

  /** The filter changed: count again. */
  void reset() {
    total = -1;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    reset();
    return (int) total();
  }

  @Override
  public List<AlertRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    AlertPage page = service.alerts(filter.get(), first, Math.max(1, pageSize));
    total = page.total();
    loaded.clear();
    page.rows().forEach(row -> loaded.put(getRowKey(row), row));
    loadedRows.accept(page.rows());
    return page.rows();
  }

  @Override
  public String getRowKey(AlertRow row) {
    return Long.toString(row.id());
  }

  @Override
  public AlertRow getRowData(String rowKey) {
    return loaded.get(rowKey);
  }
}
