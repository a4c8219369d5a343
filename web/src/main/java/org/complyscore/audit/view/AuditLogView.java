package org.complyscore.audit.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.complyscore.audit.boundary.AuditEntry;
import org.complyscore.audit.boundary.AuditLogService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Settings › Audit log ({@code /settings/audit}): security-relevant events, newest first, a page at
 * a time from the database.
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditLogService auditLog;

  private final LazyDataModel<AuditEntry> events = new Events();

  public LazyDataModel<AuditEntry> getEvents() {
    return events;
  }

  /** The key of an event type's label in the texts: {@code audit.type.ROLE_CHANGED}. */
  public String typeKey(AuditEntry entry) {
    return "audit.type." + entry.type().name();
  }

  private final class Events extends LazyDataModel<AuditEntry> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, auditLog.count());
    }

    @Override
    public List<AuditEntry> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return auditLog.page(first, pageSize);
    }

    @Override
    public String getRowKey(AuditEntry entry) {
      return String.valueOf(entry.id());
    }

    @Override
    public AuditEntry getRowData(String rowKey) {
      return null; // rows are not selectable
    }
  }
}
