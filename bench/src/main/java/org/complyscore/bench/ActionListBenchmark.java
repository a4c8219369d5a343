package org.complyscore.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.complyscore.access.entity.User;
import org.complyscore.action.boundary.ActionFilter;
import org.complyscore.action.boundary.ActionGrouping;
import org.complyscore.action.boundary.ActionListRequest;
import org.complyscore.action.boundary.ActionListService;
import org.complyscore.action.boundary.ActionOrder;
import org.complyscore.action.boundary.ActionPage;
import org.complyscore.action.boundary.GroupSummary;
import org.complyscore.action.control.ActionDetailsQueries;
import org.complyscore.action.control.ActionListQueries;
import org.complyscore.action.control.ActionListQueries.Neighbours;
import org.complyscore.action.entity.ActionChange;
import org.complyscore.action.entity.ActionState;
import org.complyscore.action.entity.ChangeOrigin;
import org.complyscore.action.entity.Evidence;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.score.control.ScoreQueries;
import org.complyscore.score.control.ScoreRow;
import org.complyscore.score.entity.ScoreDimension;
import org.complyscore.score.entity.ScoreFilter;

/**
 * Measures the improvement-action list and details pages (issue 5) at the specification's scale, as
 * the application runs them: {@code ActionListQueries} and {@code ActionDetailsQueries} through
 * EclipseLink, a fresh entity manager per service call as in a request. Gives median and p95 of
 * each against the targets (list page p95 ≤ 200 ms, details ≤ 150 ms) and a Markdown section for
 * the report.
 */
final class ActionListBenchmark {

  static final double LIST_TARGET_MS = 200;
  static final double DETAILS_TARGET_MS = 150;

  private static final int PAGE_SIZE = 25;

  /**
   * The generated data has no history and no evidence; each measured details state gets this much,
   * so that those queries read rows as they would for an action people have worked on.
   */
  private static final int HISTORY_ENTRIES = 30;

  private static final int EVIDENCE_LINKS = 5;

  /**
   * What a case is, for the targets: the list target covers list pages, the details target details.
   */
  private enum Kind {
    LIST,
    NEIGHBOURS,
    DETAILS,
    EXPORT
  }

  /**
   * One thing to time; {@code work} runs it once and says what it returned. A heavy one (seconds)
   * gets a tenth of the rounds.
   */
  private record Case(
      String name, Kind kind, Function<Laps, String> work, boolean heavy, Laps laps) {

    Case(String name, Kind kind, Function<Laps, String> work, boolean heavy) {
      this(name, kind, work, heavy, null);
    }

    int rounds(int runs) {
      return heavy ? Math.max(5, runs / 10) : runs;
    }
  }

  private record Timing(
      String name, Kind kind, int rounds, String result, double median, double p95) {}

  /** The details state measured, and what it is. */
  private record DetailsState(String label, long id, int assessments) {}

  private final EntityManagerFactory factory;
  private final Connection jdbc;
  private final BenchData data;
  private final String database;
  private final int runs;
  private final List<Timing> timings = new ArrayList<>();
  private final Map<String, Laps> parts = new LinkedHashMap<>();
  private String equality = "";

  ActionListBenchmark(
      EntityManagerFactory factory, Connection jdbc, BenchData data, String database, int runs) {
    this.factory = factory;
    this.jdbc = jdbc;
    this.data = data;
    this.database = database;
    this.runs = runs;
  }

  /** Measures every case, printing each as it goes; returns the report's section. */
  String run() throws SQLException {
    System.out.printf(
        "%nImprovement-action list and details (%d measured rounds per case)%n", runs);
    for (Case c : cases()) {
      Timing t = measure(c);
      timings.add(t);
      System.out.printf(
          Locale.ROOT, "%-62s %8.2f / %8.2f ms   %s%n", t.name(), t.median(), t.p95(), t.result());
    }
    equality = groupedTotalsEqualScore();
    System.out.println(equality);
    return markdown();
  }

  private List<Case> cases() throws SQLException {
    ActionFilter open = ActionFilter.OPEN;
    ActionListRequest byDefault = ActionListRequest.DEFAULT;
    ActionListRequest bySolution =
        new ActionListRequest(
            ActionFilter.builder().includePassed(true).build(),
            ActionGrouping.SOLUTION,
            ActionOrder.SCORE_IMPACT,
            true);
    ActionListRequest filtered =
        new ActionListRequest(
            ActionFilter.builder()
                .text("access")
                .regulations(Set.of(BenchData.REGULATION))
                .implementationStatuses(
                    Set.of(ImplementationStatus.NOT_IMPLEMENTED, ImplementationStatus.PLANNED))
                .build(),
            ActionGrouping.NONE,
            ActionOrder.SCORE_IMPACT,
            true);
    ActionListRequest byTitle =
        new ActionListRequest(open, ActionGrouping.NONE, ActionOrder.TITLE, true);
    long assessmentId = data.assessmentIds.get(7);
    ActionListRequest oneAssessment =
        new ActionListRequest(
            ActionFilter.builder().assessments(Set.of(assessmentId)).build(),
            ActionGrouping.NONE,
            ActionOrder.SCORE_IMPACT,
            true);

    long total = inRequest(em -> new ActionListQueries(em).page(byDefault, 0, 1)).total();
    long middle =
        inRequest(em -> new ActionListQueries(em).rows(byDefault, (int) (total / 2), 1))
            .get(0)
            .stateId();
    DetailsState technical =
        detailsState(
            "technical, organization-wide",
            "s.group_id IS NULL AND a.implementation_type = 'TECHNICAL'"
                + " AND a.owner = 'ORGANIZATION'");
    DetailsState perGroup =
        detailsState(
            "per group",
            "s.group_id = " + data.groupIds.get(7) + " AND a.implementation_type <> 'TECHNICAL'");
    plantHistoryAndEvidence(technical.id(), perGroup.id());

    List<Case> cases = new ArrayList<>();
    cases.add(page("list page: default (first 25)", byDefault, 0));
    cases.add(page("list page: grouped by solution, passed shown", bySolution, 0));
    cases.add(page("list page: filtered (text \"access\", a regulation, 2 statuses)", filtered, 0));
    cases.add(page("list page: by title descending, rows 1001–1025 (first = 1000)", byTitle, 1000));
    cases.add(page("list page: one assessment", oneAssessment, 0));
    cases.add(
        new Case(
            String.format(
                Locale.ROOT, "previous/next of row %d of %d (default list)", total / 2 + 1, total),
            Kind.NEIGHBOURS,
            laps ->
                inRequest(em -> new ActionListQueries(em).neighbours(byDefault, middle))
                    .map(n -> "position " + n.position())
                    .orElse("not in the list"),
            false));
    for (DetailsState state : List.of(technical, perGroup)) {
      Laps laps = new Laps();
      parts.put(state.label(), laps);
      cases.add(
          new Case(
              "details: " + state.label() + " (" + state.assessments() + " assessments)",
              Kind.DETAILS,
              l -> details(state.id(), l),
              false,
              laps));
    }
    cases.add(
        new Case(
            "export: all rows of the default list",
            Kind.EXPORT,
            laps ->
                inRequest(
                            em ->
                                new ActionListQueries(em)
                                    .all(byDefault, ActionListService.EXPORT_MAX))
                        .size()
                    + " rows",
            true));
    return cases;
  }

  private Case page(String name, ActionListRequest request, int first) {
    return new Case(
        name,
        Kind.LIST,
        laps -> {
          ActionPage page =
              inRequest(em -> new ActionListQueries(em).page(request, first, PAGE_SIZE));
          return page.rows().size()
              + " of "
              + page.total()
              + " rows"
              + (page.groups().size() > 1 ? ", " + page.groups().size() + " groups" : "");
        },
        false);
  }

  /**
   * What the details page asks of the server, one service call (and so one entity manager) at a
   * time as ActionDetailsView makes them: the details (ActionWorkflowService.details), the
   * evidence, the history, the overall score and the neighbours in the default list.
   */
  private String details(long stateId, Laps laps) {
    laps.start();
    int[] counts = new int[2];
    inRequest(
        em -> {
          ActionState state = em.find(ActionState.class, stateId);
          ImprovementAction action = state.getAction();
          Objects.requireNonNull(action.getTitle());
          action.getSolution().map(solution -> solution.getName());
          action.getCategory().map(category -> category.getName());
          state.getAssignee().map(User::getDisplayName);
          laps.lap("state, its action, solution, category, assignee (em.find)");
          ActionDetailsQueries queries = new ActionDetailsQueries(em);
          state.getParent().map(queries::reference);
          queries.children(state);
          queries.groupName(state.getGroupId().orElse(null));
          laps.lap("parent, children, group name");
          counts[0] = queries.assessments(stateId).size();
          laps.lap("assessments");
          counts[1] = queries.controls(state).size();
          laps.lap("controls");
          em.createNamedQuery(ActionChange.LAST_BY_STATE, ActionChange.class)
              .setParameter("state", state)
              .setParameter("origin", ChangeOrigin.PERSON)
              .setMaxResults(1)
              .getResultList();
          laps.lap("last changed by");
          return null;
        });
    int evidence =
        inRequest(
            em -> {
              ActionState owner = em.find(ActionState.class, stateId);
              while (owner.getParent().isPresent()) {
                owner = owner.getParent().get();
              }
              List<Evidence> list =
                  em.createNamedQuery(Evidence.FIND_BY_STATE, Evidence.class)
                      .setParameter("state", owner)
                      .getResultList();
              list.forEach(e -> Objects.requireNonNull(e.getName()));
              return list.size();
            });
    laps.lap("evidence");
    int history =
        inRequest(
            em -> {
              List<ActionChange> list =
                  em.createNamedQuery(ActionChange.FIND_BY_STATE, ActionChange.class)
                      .setParameter("state", em.find(ActionState.class, stateId))
                      .getResultList();
              list.forEach(c -> Objects.requireNonNull(c.getChangedAt()));
              return list.size();
            });
    laps.lap("history");
    inRequest(em -> new ScoreQueries(em).overall(ScoreFilter.NONE));
    laps.lap("overall score");
    Neighbours neighbours =
        inRequest(em -> new ActionListQueries(em).neighbours(ActionListRequest.DEFAULT, stateId))
            .orElseThrow();
    laps.lap("previous/next in the default list");
    return String.format(
        Locale.ROOT,
        "%d assessments, %d controls, %d changes, %d evidence, row %d",
        counts[0],
        counts[1],
        history,
        evidence,
        neighbours.position());
  }

  /** A fresh entity manager per call, as a request gets in the application. */
  private <T> T inRequest(Function<EntityManager, T> work) {
    return Measuring.inRequest(factory, work);
  }

  /** The first state of the kind that the default list shows (so that it has neighbours). */
  private DetailsState detailsState(String label, String condition) throws SQLException {
    try (Statement statement = jdbc.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT s.id, (SELECT COUNT(*) FROM assessment_action l"
                    + " WHERE l.action_state_id = s.id)"
                    + " FROM action_state s JOIN improvement_action a ON a.id = s.action_id"
                    + " WHERE s.test_status <> 'PASSED' AND "
                    + condition
                    + " ORDER BY s.id")) {
      if (!rows.next()) {
        throw new IllegalStateException("No " + label + " action state in the generated data.");
      }
      return new DetailsState(label, rows.getLong(1), rows.getInt(2));
    }
  }

  /** History entries by three people and evidence links for the measured states. */
  private void plantHistoryAndEvidence(long... stateIds) throws SQLException {
    List<Long> people = new ArrayList<>();
    try (Statement statement = jdbc.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id FROM app_user ORDER BY id")) {
      while (rows.next() && people.size() < 3) {
        people.add(rows.getLong(1));
      }
    }
    boolean autoCommit = jdbc.getAutoCommit();
    jdbc.setAutoCommit(false);
    long id = 9_000_000;
    Instant start = Instant.parse("2026-01-05T09:00:00Z");
    try (PreparedStatement change =
            jdbc.prepareStatement(
                "INSERT INTO action_change (id, version, created_at, modified_at, action_state_id,"
                    + " changed_by_id, changed_by_name, origin, field, old_value, new_value)"
                    + " VALUES (?, 1, ?, ?, ?, ?, ?, 'PERSON', ?, ?, ?)");
        PreparedStatement evidence =
            jdbc.prepareStatement(
                "INSERT INTO evidence (id, version, created_at, modified_at, action_state_id, kind,"
                    + " name, url, added_by_id) VALUES (?, 1, ?, ?, ?, 'LINK', ?, ?, ?)")) {
      for (long stateId : stateIds) {
        for (int i = 0; i < HISTORY_ENTRIES; i++) {
          Timestamp at = Timestamp.from(start.plus(i, ChronoUnit.DAYS));
          long person = people.get(i % people.size());
          change.setLong(1, id++);
          change.setTimestamp(2, at);
          change.setTimestamp(3, at);
          change.setLong(4, stateId);
          change.setLong(5, person);
          change.setString(6, "Bench User " + (i % people.size()));
          change.setString(7, i % 2 == 0 ? "implementationNotes" : "testNotes");
          change.setString(8, "Note " + i);
          change.setString(9, "Note " + (i + 1));
          change.addBatch();
        }
        for (int i = 0; i < EVIDENCE_LINKS; i++) {
          Timestamp at = Timestamp.from(start.plus(i, ChronoUnit.DAYS));
          evidence.setLong(1, id++);
          evidence.setTimestamp(2, at);
          evidence.setTimestamp(3, at);
          evidence.setLong(4, stateId);
          evidence.setString(5, "Evidence " + (i + 1));
          evidence.setString(6, "https://evidence.example.org/" + stateId + "/" + (i + 1));
          evidence.setLong(7, people.get(i % people.size()));
          evidence.addBatch();
        }
      }
      change.executeBatch();
      evidence.executeBatch();
      jdbc.commit();
    } finally {
      jdbc.setAutoCommit(autoCommit);
    }
  }

  private Timing measure(Case c) {
    int rounds = c.rounds(runs);
    int warmUp = Math.max(2, rounds / 5);
    double[] times = new double[rounds];
    Laps laps = c.laps() == null ? new Laps() : c.laps();
    laps.rounds(rounds);
    String result = "";
    for (int i = -warmUp; i < rounds; i++) {
      laps.round(i);
      long t0 = System.nanoTime();
      result = c.work().apply(laps);
      long t1 = System.nanoTime();
      if (i >= 0) {
        times[i] = (t1 - t0) / 1e6;
      }
    }
    return new Timing(
        c.name(),
        c.kind(),
        rounds,
        result,
        Measuring.percentile(times, 50),
        Measuring.percentile(times, 95));
  }

  /**
   * The list grouped by solution with passed actions shown must add up to the score's solution
   * breakdown: the same states, the same points.
   */
  private String groupedTotalsEqualScore() {
    ActionListRequest bySolution =
        new ActionListRequest(
            ActionFilter.builder().includePassed(true).build(),
            ActionGrouping.SOLUTION,
            ActionOrder.SCORE_IMPACT,
            true);
    List<GroupSummary> groups = inRequest(em -> new ActionListQueries(em).groups(bySolution));
    List<ScoreRow> score =
        inRequest(em -> new ScoreQueries(em).score(ScoreDimension.SOLUTION, ScoreFilter.NONE));
    Map<String, String> fromList = new TreeMap<>();
    for (GroupSummary g : groups) {
      fromList.put(String.valueOf(g.key()), totals(g.achieved(), g.achievable(), g.shown()));
    }
    Map<String, String> fromScore = new TreeMap<>();
    for (ScoreRow row : score) {
      fromScore.put(
          String.valueOf(row.key()),
          totals(row.score().achieved(), row.score().achievable(), row.counted()));
    }
    boolean equal = fromList.equals(fromScore);
    return String.format(
        Locale.ROOT,
        "grouped totals equal the score's solution breakdown: %s (%d solutions in the list, %d in the score)",
        equal ? "yes" : "no",
        fromList.size(),
        fromScore.size());
  }

  private static String totals(BigDecimal achieved, long achievable, long states) {
    return achieved.stripTrailingZeros().toPlainString() + "/" + achievable + " in " + states;
  }

  private String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("### Improvement-action list and details: ")
        .append(database.equals("postgresql") ? "PostgreSQL" : "H2")
        .append(" (")
        .append(java.time.LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES))
        .append(")\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%d measured rounds per case (a tenth for the export), after a fifth as many to warm up;"
                + " a fresh entity manager per service call.%n%n",
            runs));
    // The targets are PostgreSQL's; H2 is for trying ComplyScore and small installations.
    if (database.equals("postgresql")) {
      md.append("| target | measured (worst p95) | |\n|---|---:|---|\n");
      target(md, "list page p95 ≤ 200 ms", Kind.LIST, LIST_TARGET_MS);
      target(md, "details p95 ≤ 150 ms", Kind.DETAILS, DETAILS_TARGET_MS);
      md.append('\n');
    }
    md.append("| case | rounds | result | median | p95 |\n|---|---:|---|---:|---:|\n");
    for (Timing t : timings) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %s | %.2f ms | %.2f ms |%n",
              t.name(),
              t.rounds(),
              t.result(),
              t.median(),
              t.p95()));
    }
    md.append("\n").append(equality).append(".\n");
    md.append("\nThe details page, call by call (median / p95):\n\n| part |");
    parts.keySet().forEach(label -> md.append(' ').append(label).append(" |"));
    md.append("\n|---|");
    parts.keySet().forEach(label -> md.append("---:|"));
    md.append('\n');
    List<String> names = parts.values().iterator().next().names();
    for (String name : names) {
      md.append("| ").append(name).append(" |");
      for (Laps laps : parts.values()) {
        md.append(
            String.format(
                Locale.ROOT,
                " %.2f / %.2f ms |",
                laps.percentile(name, 50),
                laps.percentile(name, 95)));
      }
      md.append('\n');
    }
    return md.toString();
  }

  private void target(StringBuilder md, String name, Kind kind, double limit) {
    Timing worst =
        timings.stream()
            .filter(t -> t.kind() == kind)
            .max((a, b) -> Double.compare(a.p95(), b.p95()))
            .orElseThrow();
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %.1f ms (%s) | %s |%n",
            name,
            worst.p95(),
            worst.name(),
            worst.p95() <= limit ? "met" : "**not met**"));
  }

  /** The time of each part of a case, round by round; warm-up rounds are not kept. */
  private static final class Laps {
    private final Map<String, double[]> times = new LinkedHashMap<>();
    private int rounds;
    private int round;
    private long last;

    void rounds(int count) {
      rounds = count;
    }

    void round(int index) {
      round = index;
    }

    void start() {
      last = System.nanoTime();
    }

    void lap(String name) {
      long now = System.nanoTime();
      if (round >= 0) {
        times.computeIfAbsent(name, n -> new double[rounds])[round] = (now - last) / 1e6;
      }
      last = now;
    }

    List<String> names() {
      return List.copyOf(times.keySet());
    }

    double percentile(String name, int percent) {
      return Measuring.percentile(times.get(name), percent);
    }
  }
}
