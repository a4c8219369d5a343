package org.complyscore.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.complyscore.action.control.ActionListQueries;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.score.control.ScoreCache;
import org.complyscore.score.control.ScoreReports;
import org.complyscore.score.control.ScoreSnapshots;
import org.complyscore.score.entity.ScoreDimension;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.score.entity.ScoreReport;

/**
 * The Overview's server work at the specification's scale, as {@code OverviewView} and {@code
 * AppliedScoreFilter} do it, one fresh entity manager per service call as in a request:
 *
 * <ul>
 *   <li>opening the page: the filter options, the person's saved filter, 90 days of history and the
 *       report (score, by category, by assessment, by solution, key actions);
 *   <li>a filter change (Apply, a chip's x): keeping the filter and the report under it.
 * </ul>
 *
 * The HTML around it is measured over HTTP by the load run (bench/load).
 */
final class OverviewBenchmark {

  static final double OPEN_TARGET_MS = 150;
  static final double FILTER_TARGET_MS = 100;

  private static final Set<ScoreDimension> OVERVIEW =
      EnumSet.of(ScoreDimension.CATEGORY, ScoreDimension.ASSESSMENT, ScoreDimension.SOLUTION);

  private record Case(String name, boolean opening, Function<EntityManagerFactory, String> work) {}

  private record Timing(String name, boolean opening, String result, double median, double p95) {}

  private final EntityManagerFactory factory;
  private final Connection jdbc;
  private final BenchData data;
  private final String database;
  private final int runs;
  private final List<Timing> timings = new ArrayList<>();

  OverviewBenchmark(
      EntityManagerFactory factory, Connection jdbc, BenchData data, String database, int runs) {
    this.factory = factory;
    this.jdbc = jdbc;
    this.data = data;
    this.database = database;
    this.runs = runs;
  }

  String run() throws SQLException {
    System.out.printf("%nOverview (%d measured rounds per case)%n", runs);
    long user = firstUser();
    ScoreCache cache = new ScoreCache();
    history(90);
    ScoreFilter none = ScoreFilter.NONE;
    long category = data.categoryIds.get(0);
    ScoreFilter oneCategory = none.withCategories(Set.of(category));
    ScoreFilter typesAndGroups =
        none.withImplementationTypes(
                Set.of(ImplementationType.TECHNICAL, ImplementationType.OPERATIONAL))
            .withGroups(Set.copyOf(data.groupIds.subList(0, 5)));
    ScoreFilter oneAssessment = none.withAssessments(Set.of(data.assessmentIds.get(7)));
    List<Case> cases =
        List.of(
            new Case("open the Overview, no filter", true, f -> open(f, user, none, null)),
            new Case(
                "open the Overview, no filter, report from the score cache",
                true,
                f -> open(f, user, none, cache)),
            new Case(
                "open the Overview, one category", true, f -> open(f, user, oneCategory, null)),
            new Case("filter change: one category", false, f -> change(f, user, oneCategory)),
            new Case(
                "filter change: 2 types, 5 groups", false, f -> change(f, user, typesAndGroups)),
            new Case("filter change: one assessment", false, f -> change(f, user, oneAssessment)),
            new Case("filter change: clear", false, f -> change(f, user, none)));
    for (Case c : cases) {
      Timing t = measure(c);
      timings.add(t);
      System.out.printf(
          Locale.ROOT, "%-44s %8.2f / %8.2f ms   %s%n", t.name(), t.median(), t.p95(), t.result());
    }
    return markdown();
  }

  /**
   * What opening the page loads (the saved filter is read by its user, as the bean does); the
   * report from the score cache when one is given, as the application does for a filter computed
   * within the last seconds.
   */
  private String open(EntityManagerFactory f, long user, ScoreFilter filter, ScoreCache cache) {
    int options =
        Measuring.inRequest(f, em -> new ActionListQueries(em).options().assessments().size());
    Measuring.inRequest(
        f,
        em ->
            em.createQuery(
                    "select s.query from SavedScoreFilter s where s.user.id = :user", String.class)
                .setParameter("user", user)
                .getResultList());
    int days = Measuring.inRequest(f, em -> new ScoreSnapshots(em).trend(90).size());
    ScoreReport report =
        cache == null
            ? Measuring.inRequest(f, em -> new ScoreReports(em).report(filter, OVERVIEW))
            : cache.report(
                filter,
                OVERVIEW,
                () -> Measuring.inRequest(f, em -> new ScoreReports(em).report(filter, OVERVIEW)));
    return describe(report) + ", " + days + " days, " + options + " assessments to pick";
  }

  /** What Apply does: keep the filter, then the report under it. */
  private String change(EntityManagerFactory f, long user, ScoreFilter filter) {
    EntityManager em = f.createEntityManager();
    try {
      em.getTransaction().begin();
      int updated =
          em.createQuery("update SavedScoreFilter s set s.query = :query where s.user.id = :user")
              .setParameter("query", filter.toString())
              .setParameter("user", user)
              .executeUpdate();
      em.getTransaction().commit();
      if (updated != 1) {
        throw new IllegalStateException("The bench user has no saved filter");
      }
    } finally {
      em.close();
    }
    return describe(Measuring.inRequest(f, e -> new ScoreReports(e).report(filter, OVERVIEW)));
  }

  private static String describe(ScoreReport report) {
    return String.format(
        Locale.ROOT,
        "%s %% of %d points, %d categories, %d assessments, %d solutions, %d key actions",
        report.overall().percent().toPlainString(),
        report.overall().achievable(),
        report.byCategory().size(),
        report.byAssessment().size(),
        report.bySolution().size(),
        report.keyActions().size());
  }

  /** One bench user, with a saved filter row for the filter changes to write. */
  private long firstUser() throws SQLException {
    long user;
    try (Statement statement = jdbc.createStatement();
        var rows = statement.executeQuery("SELECT MIN(id) FROM app_user")) {
      rows.next();
      user = rows.getLong(1);
    }
    try (PreparedStatement insert =
        jdbc.prepareStatement(
            "INSERT INTO saved_score_filter (id, version, created_at, modified_at, user_id, query)"
                + " VALUES (?, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, '')")) {
      insert.setLong(1, 900_000_000L);
      insert.setLong(2, user);
      insert.executeUpdate();
    }
    commit();
    return user;
  }

  /**
   * Today's snapshot taken as the application takes it, copied to the days before, so that the
   * trend reads {@code days} days as it would after three months.
   */
  private void history(int days) throws SQLException {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      new ScoreSnapshots(em).take(LocalDate.now());
      em.getTransaction().commit();
    } finally {
      em.close();
    }
    try (PreparedStatement copy =
        jdbc.prepareStatement(
            "INSERT INTO score_snapshot (id, version, created_at, modified_at, taken_on, dimension,"
                + " subject_id, subject_name, achieved, achievable, actions, open_actions)"
                + " SELECT id + ?, version, created_at, modified_at, ?, dimension, subject_id,"
                + " subject_name, achieved, achievable, actions, open_actions FROM score_snapshot"
                + " WHERE taken_on = ?")) {
      for (int day = 1; day < days; day++) {
        copy.setLong(1, 1_000_000_000L * day);
        copy.setObject(2, LocalDate.now().minusDays(day));
        copy.setObject(3, LocalDate.now());
        copy.executeUpdate();
      }
    }
    commit();
  }

  private void commit() throws SQLException {
    if (!jdbc.getAutoCommit()) {
      jdbc.commit();
    }
  }

  private Timing measure(Case c) {
    int warmUp = Math.max(2, runs / 5);
    double[] times = new double[runs];
    String result = "";
    for (int i = -warmUp; i < runs; i++) {
      long t0 = System.nanoTime();
      result = c.work().apply(factory);
      long t1 = System.nanoTime();
      if (i >= 0) {
        times[i] = (t1 - t0) / 1e6;
      }
    }
    return new Timing(
        c.name(),
        c.opening(),
        result,
        Measuring.percentile(times, 50),
        Measuring.percentile(times, 95));
  }

  private String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("### Overview: ")
        .append(database.equals("postgresql") ? "PostgreSQL" : "H2")
        .append(" (")
        .append(java.time.LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES))
        .append(")\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%d measured rounds per case after a fifth as many to warm up; a fresh entity manager"
                + " per service call; 90 days of history.%n%n",
            runs));
    if (database.equals("postgresql")) {
      md.append("| target | measured (worst p95) | |\n|---|---:|---|\n");
      target(
          md, "Overview's server work p95 ≤ 150 ms, uncached (worst case)", true, OPEN_TARGET_MS);
      target(md, "filter change p95 ≤ 100 ms, uncached (worst case)", false, FILTER_TARGET_MS);
      md.append('\n');
    }
    md.append("| case | result | median | p95 |\n|---|---|---:|---:|\n");
    for (Timing t : timings) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.2f ms | %.2f ms |%n",
              t.name(),
              t.result(),
              t.median(),
              t.p95()));
    }
    return md.toString();
  }

  private void target(StringBuilder md, String name, boolean opening, double limit) {
    double worst =
        timings.stream()
            .filter(t -> t.opening() == opening)
            .mapToDouble(Timing::p95)
            .max()
            .orElse(0);
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | **%.1f ms** | %s |%n",
            name,
            worst,
            worst <= limit ? "met" : "missed"));
  }
}
