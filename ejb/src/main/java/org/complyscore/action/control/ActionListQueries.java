package org.complyscore.action.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.complyscore.action.boundary.ActionFilter;
import org.complyscore.action.boundary.ActionGrouping;
import org.complyscore.action.boundary.ActionListRequest;
import org.complyscore.action.boundary.ActionOrder;
import org.complyscore.action.boundary.ActionPage;
import org.complyscore.action.boundary.ActionRow;
import org.complyscore.action.boundary.FilterOptions;
import org.complyscore.action.boundary.GroupSummary;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.action.entity.TestingSource;
import org.complyscore.shared.control.NativeSql;

/**
 * The improvement-action list in SQL: filtered, sorted, grouped and paged by the database, so a
 * page costs the same with 20 or 20,000 actions. A row is an action state.
 *
 * <p>A page takes three queries: the group summaries (which also give the total), the page's rows,
 * and the assessments of just those rows. The filters on assessments, groups and regulations are an
 * EXISTS over the state's assessment links, as in the score queries.
 */
@Dependent
public class ActionListQueries {

  /** Rows in one IN list when reading the assessments of many rows (an export). */
  private static final int LINK_CHUNK = 500;

  private static final String FROM =
      " FROM action_state s JOIN improvement_action a ON a.id = s.action_id"
          + " LEFT JOIN solution sol ON sol.id = a.solution_id"
          + " LEFT JOIN category c ON c.id = a.category_id"
          + " LEFT JOIN assessment_group g ON g.id = s.group_id"
          + " LEFT JOIN app_user u ON u.id = s.assignee_id";

  private static final String NOT_PASSED = "s.test_status <> 'PASSED'";

  @PersistenceContext private EntityManager em;

  /** For CDI. */
  public ActionListQueries() {}

  /** For use outside the container: the benchmark. */
  public ActionListQueries(EntityManager em) {
    this.em = em;
  }

  public ActionPage page(ActionListRequest request, int first, int size) {
    List<GroupSummary> groups = groups(request);
    long total = groups.stream().mapToLong(GroupSummary::shown).sum();
    List<ActionRow> rows = total == 0 ? List.of() : rows(request, first, size);
    return new ActionPage(rows, total, groups);
  }

  /** Every row of the list, for an export; at most {@code limit}. */
  public List<ActionRow> all(ActionListRequest request, int limit) {
    return rows(request, 0, limit);
  }

  /** The group headers: rows shown, and points of the group with passed actions included. */
  public List<GroupSummary> groups(ActionListRequest request) {
    ActionFilter filter = request.filter();
    Grouping grouping = Grouping.of(request.grouping());
    NativeSql sql = new NativeSql();
    sql.append("SELECT ")
        .append(grouping.key)
        .append(", ")
        .append(grouping.label)
        .append(", SUM(CASE WHEN ")
        .append(filter.showsPassed() ? "1 = 1" : NOT_PASSED)
        .append(" THEN 1 ELSE 0 END), SUM(")
        .append(ScoringSql.ACHIEVED)
        .append("), SUM(")
        .append(ScoringSql.ACHIEVABLE)
        .append(")")
        .append(FROM)
        .append(" WHERE 1 = 1");
    where(sql, filter);
    if (request.grouping() != ActionGrouping.NONE) {
      // Without grouping, the aggregate gives one row; PostgreSQL refuses GROUP BY a constant.
      sql.append(" GROUP BY ")
          .append(grouping.key)
          .append(", ")
          .append(grouping.label)
          .append(", ")
          .append(grouping.order)
          .append(" ORDER BY ")
          .append(grouping.order)
          .append(", ")
          .append(grouping.label);
    }
    List<GroupSummary> groups = new ArrayList<>();
    for (Object result : sql.query(em).getResultList()) {
      Object[] row = (Object[]) result;
      long shown = number(row[2]);
      if (shown > 0) {
        groups.add(
            new GroupSummary(
                row[0] == null ? null : key(row[0]),
                (String) row[1],
                shown,
                NativeSql.decimal(row[3]),
                number(row[4])));
      }
    }
    return groups;
  }

  /**
   * The rows before and after one row in the list, and its position (from 1); empty when the row is
   * not in the list (any more).
   */
  public Optional<Neighbours> neighbours(ActionListRequest request, long stateId) {
    NativeSql sql = new NativeSql();
    String window = "OVER (ORDER BY " + orderBy(request) + ")";
    sql.append("SELECT w.prev_id, w.next_id, w.position, w.total FROM (SELECT s.id, LAG(s.id) ")
        .append(window)
        .append(" AS prev_id, LEAD(s.id) ")
        .append(window)
        .append(" AS next_id, ROW_NUMBER() ")
        .append(window)
        .append(" AS position, COUNT(*) OVER () AS total")
        .append(FROM)
        .append(" WHERE 1 = 1");
    where(sql, request.filter());
    visible(sql, request.filter());
    sql.append(") w WHERE w.id = ").parameter(stateId);
    List<?> results = sql.query(em).getResultList();
    if (results.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) results.get(0);
    return Optional.of(
        new Neighbours(
            row[0] == null ? null : number(row[0]),
            row[1] == null ? null : number(row[1]),
            number(row[2]),
            number(row[3])));
  }

  /** What the filters can choose from. */
  public FilterOptions options() {
    return new FilterOptions(
        options(
            "SELECT DISTINCT t.regulation, t.regulation FROM template t"
                + " JOIN assessment x ON x.template_id = t.id ORDER BY t.regulation"),
        options("SELECT id, name FROM solution ORDER BY LOWER(name)"),
        options("SELECT id, name FROM assessment_group ORDER BY LOWER(name)"),
        options("SELECT id, name FROM category ORDER BY sort_order, name"),
        options(
            "SELECT x.id, x.name || ' (' || g.name || ')' FROM assessment x"
                + " JOIN assessment_group g ON g.id = x.group_id ORDER BY LOWER(x.name), LOWER(g.name)"),
        options(
            "SELECT u.id, u.display_name FROM app_user u WHERE u.active = TRUE"
                + " OR EXISTS (SELECT 1 FROM action_state s WHERE s.assignee_id = u.id)"
                + " ORDER BY LOWER(u.display_name)"));
  }

  private List<FilterOptions.Option> options(String sql) {
    List<FilterOptions.Option> options = new ArrayList<>();
    for (Object result : em.createNativeQuery(sql).getResultList()) {
      Object[] row = (Object[]) result;
      options.add(new FilterOptions.Option(key(row[0]), (String) row[1]));
    }
    return options;
  }

  /** Where one row stands in the list: the rows around it, its position from 1, and the total. */
  public record Neighbours(Long previousId, Long nextId, long position, long total)
      implements java.io.Serializable {}

  /** One page of rows, in list order, without the group summaries. */
  public List<ActionRow> rows(ActionListRequest request, int first, int size) {
    NativeSql sql = new NativeSql();
    sql.append("SELECT s.id, a.id, a.title, a.points, ")
        .append(ScoringSql.ACHIEVED)
        .append(", ")
        .append(ScoringSql.ACHIEVABLE)
        .append(
            ", a.implementation_type, a.owner, s.implementation_status, s.implementation_date,"
                + " s.test_status, s.test_date, s.testing_source, sol.name, c.name, s.group_id,"
                + " g.name, s.assignee_id, u.display_name, s.modified_at")
        .append(FROM)
        .append(" WHERE 1 = 1");
    where(sql, request.filter());
    visible(sql, request.filter());
    // LIMIT in the SQL, not JDBC's max rows: the database then keeps only the top rows while
    // sorting (a top-N sort in memory) instead of sorting the whole list, on disk at this scale.
    sql.append(" ORDER BY ")
        .append(orderBy(request))
        .append(" LIMIT ")
        .parameter(size)
        .append(" OFFSET ")
        .parameter(Math.max(0, first));
    List<?> results = sql.query(em).getResultList();
    List<Object[]> raw = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (Object result : results) {
      Object[] row = (Object[]) result;
      raw.add(row);
      ids.add(number(row[0]));
    }
    Map<Long, Links> links = links(ids);
    List<ActionRow> rows = new ArrayList<>(raw.size());
    for (Object[] row : raw) {
      long stateId = number(row[0]);
      Links linked = links.getOrDefault(stateId, new Links());
      BigDecimal achieved = NativeSql.decimal(row[4]).stripTrailingZeros();
      int achievable = (int) number(row[5]);
      rows.add(
          new ActionRow(
              stateId,
              number(row[1]),
              (String) row[2],
              (int) number(row[3]),
              achieved,
              achievable,
              BigDecimal.valueOf(achievable).subtract(achieved).stripTrailingZeros(),
              ImplementationType.valueOf((String) row[6]),
              ActionOwner.valueOf((String) row[7]),
              ImplementationStatus.valueOf((String) row[8]),
              NativeSql.date(row[9]),
              TestStatus.valueOf((String) row[10]),
              NativeSql.date(row[11]),
              TestingSource.valueOf((String) row[12]),
              (String) row[13],
              (String) row[14],
              row[15] == null ? null : number(row[15]),
              (String) row[16],
              row[17] == null ? null : number(row[17]),
              (String) row[18],
              List.copyOf(linked.regulations),
              List.copyOf(linked.assessments),
              NativeSql.instant(row[19])));
    }
    return rows;
  }

  /** The assessments and regulations that use each of the given states. */
  private Map<Long, Links> links(List<Long> stateIds) {
    Map<Long, Links> links = new HashMap<>();
    for (int from = 0; from < stateIds.size(); from += LINK_CHUNK) {
      NativeSql sql = new NativeSql();
      sql.append(
              "SELECT l.action_state_id, x.name, t.regulation FROM assessment_action l"
                  + " JOIN assessment x ON x.id = l.assessment_id"
                  + " JOIN template t ON t.id = x.template_id WHERE 1 = 1")
          .in(
              "l.action_state_id",
              stateIds.subList(from, Math.min(stateIds.size(), from + LINK_CHUNK)));
      for (Object result : sql.query(em).getResultList()) {
        Object[] row = (Object[]) result;
        Links linked = links.computeIfAbsent(number(row[0]), id -> new Links());
        linked.assessments.add((String) row[1]);
        linked.regulations.add((String) row[2]);
      }
    }
    return links;
  }

  /** Sorted and without repeats, as a row shows them. */
  private static final class Links {
    final TreeSet<String> assessments = new TreeSet<>();
    final TreeSet<String> regulations = new TreeSet<>();
  }

  /** The filter's conditions, except hiding passed actions ({@link #visible}). */
  private static void where(NativeSql sql, ActionFilter filter) {
    sql.in("s.id", filter.stateIds());
    sql.in("a.solution_id", filter.solutionIds());
    sql.in("a.category_id", filter.categoryIds());
    sql.in("a.implementation_type", names(filter.implementationTypes()));
    sql.in("a.purpose", names(filter.purposes()));
    sql.in("a.owner", names(filter.owners()));
    sql.in("s.implementation_status", names(filter.implementationStatuses()));
    sql.in("s.test_status", names(filter.testStatuses()));
    sql.in("s.testing_source", names(filter.testingSources()));
    assignees(sql, filter);
    if (!filter.text().isEmpty()) {
      String pattern = NativeSql.containing(filter.text());
      sql.append(" AND (LOWER(a.title) LIKE ")
          .parameter(pattern)
          .append(" ESCAPE '!' OR EXISTS (SELECT 1 FROM control_action ca")
          .append(" JOIN control ct ON ct.id = ca.control_id WHERE ca.action_id = a.id")
          .append(" AND LOWER(ct.control_key) LIKE ")
          .parameter(pattern)
          .append(" ESCAPE '!'))");
    }
    if (filter.narrowsAssessments()) {
      sql.append(" AND EXISTS (SELECT 1 FROM assessment_action l")
          .append(" JOIN assessment x ON x.id = l.assessment_id");
      if (!filter.regulations().isEmpty()) {
        sql.append(" JOIN template t ON t.id = x.template_id");
      }
      sql.append(" WHERE l.action_state_id = s.id");
      sql.in("t.regulation", filter.regulations());
      sql.in("x.group_id", filter.groupIds());
      sql.in("x.id", filter.assessmentIds());
      sql.append(")");
    }
  }

  /** Assigned to one of the people, or (also) to nobody. */
  private static void assignees(NativeSql sql, ActionFilter filter) {
    if (filter.assigneeIds().isEmpty()) {
      if (filter.unassigned()) {
        sql.append(" AND s.assignee_id IS NULL");
      }
      return;
    }
    sql.append(" AND (1 = 0");
    sql.in("s.assignee_id", filter.assigneeIds(), "OR");
    if (filter.unassigned()) {
      sql.append(" OR s.assignee_id IS NULL");
    }
    sql.append(")");
  }

  private static void visible(NativeSql sql, ActionFilter filter) {
    if (!filter.showsPassed()) {
      sql.append(" AND ").append(NOT_PASSED);
    }
  }

  private static String orderBy(ActionListRequest request) {
    String direction = request.descending() ? " DESC" : " ASC";
    String grouping = Grouping.of(request.grouping()).order;
    String sort = sortExpression(request.order()) + direction;
    return (request.grouping() == ActionGrouping.NONE ? "" : grouping + ", ")
        + sort
        + ", s.id"
        + direction;
  }

  /** Sort keys; text keys sort nulls last on both databases through COALESCE. */
  private static String sortExpression(ActionOrder order) {
    return switch (order) {
      case SCORE_IMPACT -> "(" + ScoringSql.ACHIEVABLE + " - " + ScoringSql.ACHIEVED + ")";
      case TITLE -> "LOWER(a.title)";
      case POINTS -> "a.points";
      case ACHIEVED -> "(" + ScoringSql.ACHIEVED + ")";
      case IMPLEMENTATION_STATUS -> Grouping.STATUS_ORDER;
      case TEST_STATUS -> "s.test_status";
      case ASSIGNEE -> "COALESCE(LOWER(u.display_name), '~')";
      case ACTION_TYPE -> "a.implementation_type";
      case SOLUTION -> "COALESCE(LOWER(sol.name), '~')";
      case CATEGORY -> "COALESCE(c.sort_order, 2147483647)";
      case GROUP -> "COALESCE(LOWER(g.name), '')";
      case TESTING_SOURCE -> "s.testing_source";
      case LAST_CHANGED -> "s.modified_at";
    };
  }

  /** The SQL of a grouping: its key, its label and the order of the groups. */
  private record Grouping(String key, String label, String order) implements java.io.Serializable {

    static final String STATUS_ORDER =
        "CASE s.implementation_status WHEN 'NOT_IMPLEMENTED' THEN 1 WHEN 'PLANNED' THEN 2"
            + " WHEN 'IMPLEMENTED' THEN 3 WHEN 'ALTERNATIVE_IMPLEMENTATION' THEN 4 ELSE 5 END";

    static Grouping of(ActionGrouping grouping) {
      return switch (grouping) {
        case NONE -> new Grouping("CAST(NULL AS VARCHAR(1))", "CAST(NULL AS VARCHAR(1))", "1");
        case GROUP -> new Grouping("s.group_id", "g.name", "COALESCE(LOWER(g.name), '')");
        case SOLUTION ->
            new Grouping("a.solution_id", "sol.name", "COALESCE(LOWER(sol.name), '~')");
        case CATEGORY ->
            new Grouping("a.category_id", "c.name", "COALESCE(c.sort_order, 2147483647)");
        case ACTION_TYPE ->
            new Grouping("a.implementation_type", "a.implementation_type", "a.implementation_type");
        case STATUS ->
            new Grouping("s.implementation_status", "s.implementation_status", STATUS_ORDER);
      };
    }
  }

  private static List<String> names(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).toList();
  }

  private static String key(Object value) {
    return value instanceof Number number ? Long.toString(number.longValue()) : value.toString();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
