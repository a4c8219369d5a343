package org.complyscore.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.score.control.ScoreQueries;
import org.complyscore.score.control.StatusQueries;
import org.complyscore.score.entity.ScoreDimension;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.shared.control.NativeSql;
import org.complyscore.shared.schema.DatabaseSchema;

/**
 * Measures the score queries at the specification's scale: each query as the application runs it
 * (ScoreQueries through EclipseLink, a fresh entity manager per call as in a request) against the
 * same SQL through plain JDBC. Prints median and p95 of each and their ratio, and writes a Markdown
 * report. Then, on the same data, the improvement-action list and details ({@link
 * ActionListBenchmark}). Not a test: figures, for docs/benchmarks.md.
 */
public final class ScoreBenchmark {

  private final String database = System.getProperty("bench.db", "h2");

  /**
   * Measured rounds per query: 200 on PostgreSQL, 40 on H2, whose slower engine would otherwise
   * take the run past ten minutes. {@code -Dbench.runs} overrides.
   */
  private final int runs =
      Integer.getInteger("bench.runs", database.equals("postgresql") ? 200 : 40);

  /**
   * Which sections run: {@code score}, {@code actions}, {@code overview} (all by default),
   * comma-separated; {@code none} only generates the data (for a load run against the server) and
   * writes no report.
   */
  private final Set<String> sections =
      Set.of(System.getProperty("bench.sections", "score,actions,overview").split(","));

  /** The import section's report, when it ran. */
  private String imports = "";

  /** The PostgreSQL database, dropped and generated anew: {@code complyscore_bench} by default. */
  private final String pgDatabase = System.getProperty("bench.pg.database", "complyscore_bench");

  private record Case(
      String name,
      Function<EntityManager, Object> application,
      NativeSql sql,
      int maxRows,
      boolean heavy) {

    /** A heavy query (hundreds of milliseconds) gets a tenth of the rounds. */
    int rounds(int runs) {
      return heavy ? Math.max(5, runs / 10) : runs;
    }
  }

  private record Timing(
      String name, int rounds, double appMedian, double appP95, double sqlMedian, double sqlP95) {
    double ratio() {
      return appP95 / sqlP95;
    }
  }

  public static void main(String[] args) throws Exception {
    new ScoreBenchmark().run();
  }

  private void run() throws Exception {
    Connections connections = connections();
    System.out.printf(
        "ComplyScore score benchmark on %s (%d measured rounds per query)%n", database, runs);
    long started = System.nanoTime();
    if (sections.contains("import")) {
      imports = new ImportBenchmark(database).run();
      if (sections.equals(Set.of("import"))) {
        Files.writeString(Path.of("target/benchmark-import-" + database + ".md"), imports);
        return;
      }
    }
    DatabaseSchema.migrate(connections.dataSource());
    BenchData data;
    try (Connection connection = connections.open()) {
      data = new BenchData(connection, Long.getLong("bench.seed", 20261124L));
      data.generate();
      analyze(connection);
    }
    double generation = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "Generated %d users, %d actions, %d controls, %d groups, %d assessments, %d action states, %d links in %.1f s%n",
        BenchData.USERS,
        BenchData.ACTIONS,
        data.controls,
        data.groupIds.size(),
        data.assessmentIds.size(),
        data.states,
        data.links,
        generation);
    if (!sections.contains("score")
        && !sections.contains("actions")
        && !sections.contains("overview")) {
      System.out.printf(
          "Nothing measured (bench.sections=%s): the data is ready in %s%n",
          String.join(",", sections), database.equals("postgresql") ? pgDatabase : "H2");
      return;
    }

    EntityManagerFactory factory =
        Persistence.createEntityManagerFactory("complyscore", connections.jpaProperties());
    List<Timing> timings = new ArrayList<>();
    String actions = "";
    try (Connection jdbc = connections.open()) {
      for (Case c : sections.contains("score") ? cases(data) : List.<Case>of()) {
        timings.add(measure(c, factory, jdbc));
        Timing t = timings.get(timings.size() - 1);
        System.out.printf(
            Locale.ROOT,
            "%-44s app %7.2f / %7.2f ms   sql %7.2f / %7.2f ms   ratio %.2f%n",
            t.name(),
            t.appMedian(),
            t.appP95(),
            t.sqlMedian(),
            t.sqlP95(),
            t.ratio());
      }
      if (sections.contains("actions")) {
        actions = new ActionListBenchmark(factory, jdbc, data, database, runs).run();
      }
      if (sections.contains("overview")) {
        actions += "\n" + new OverviewBenchmark(factory, jdbc, data, database, runs).run();
      }
    } finally {
      factory.close();
    }
    report(data, generation, timings, actions + (imports.isEmpty() ? "" : "\n" + imports));
  }

  private List<Case> cases(BenchData data) {
    ScoreQueries sql = new ScoreQueries(null);
    StatusQueries statuses = new StatusQueries(null);
    ScoreFilter none = ScoreFilter.NONE;
    ScoreFilter filtered =
        none.withImplementationTypes(
                Set.of(ImplementationType.TECHNICAL, ImplementationType.OPERATIONAL))
            .withGroups(Set.copyOf(data.groupIds.subList(0, 5)));
    ScoreFilter oneAssessment = none.withAssessments(Set.of(data.assessmentIds.get(7)));
    List<Case> cases = new ArrayList<>();
    cases.add(scoreCase("overall", ScoreDimension.OVERALL, none, sql));
    cases.add(
        scoreCase("overall, filtered (2 types, 5 groups)", ScoreDimension.OVERALL, filtered, sql));
    cases.add(scoreCase("overall, one assessment", ScoreDimension.OVERALL, oneAssessment, sql));
    for (ScoreDimension dimension : ScoreDimension.values()) {
      if (dimension != ScoreDimension.OVERALL) {
        String name = "by " + dimension.name().toLowerCase(Locale.ROOT);
        cases.add(scoreCase(name, dimension, none, sql));
        cases.add(scoreCase(name + ", filtered", dimension, filtered, sql));
      }
    }
    cases.add(
        new Case(
            "key actions (top 10)",
            em -> new ScoreQueries(em).keyActions(none, 10),
            sql.keyActionsSql(none),
            10,
            false));
    cases.add(
        new Case(
            "key actions, filtered",
            em -> new ScoreQueries(em).keyActions(filtered, 10),
            sql.keyActionsSql(filtered),
            10,
            false));
    cases.add(
        new Case(
            "status and progress of 60 assessments",
            em -> new StatusQueries(em).assessmentProgress(data.assessmentIds),
            statuses.assessmentProgressSql(data.assessmentIds),
            0,
            true));
    return cases;
  }

  private static Case scoreCase(
      String name, ScoreDimension dimension, ScoreFilter filter, ScoreQueries sql) {
    return new Case(
        name,
        em -> new ScoreQueries(em).score(dimension, filter),
        sql.sql(dimension, filter),
        0,
        false);
  }

  /** Application and plain SQL alternate, so both see the same state of caches and machine. */
  private Timing measure(Case c, EntityManagerFactory factory, Connection jdbc)
      throws SQLException {
    String text = c.sql().text().replaceAll("\\?\\d+", "?");
    int rounds = c.rounds(runs);
    int warmUp = Math.max(2, rounds / 5);
    double[] app = new double[rounds];
    double[] plain = new double[rounds];
    try (PreparedStatement statement = jdbc.prepareStatement(text)) {
      List<Object> parameters = c.sql().parameters();
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      statement.setMaxRows(c.maxRows());
      for (int i = -warmUp; i < rounds; i++) {
        long t0 = System.nanoTime();
        EntityManager em = factory.createEntityManager();
        try {
          c.application().apply(em);
        } finally {
          em.close();
        }
        long t1 = System.nanoTime();
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            rows.getObject(1);
          }
        }
        long t2 = System.nanoTime();
        if (i >= 0) {
          app[i] = (t1 - t0) / 1e6;
          plain[i] = (t2 - t1) / 1e6;
        }
      }
    }
    return new Timing(
        c.name(),
        rounds,
        Measuring.percentile(app, 50),
        Measuring.percentile(app, 95),
        Measuring.percentile(plain, 50),
        Measuring.percentile(plain, 95));
  }

  private void analyze(Connection connection) throws SQLException {
    if (database.equals("postgresql")) {
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute("ANALYZE");
      }
    }
  }

  private void report(BenchData data, double generation, List<Timing> timings, String actions)
      throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("### ")
        .append(database.equals("postgresql") ? "PostgreSQL" : "H2")
        .append(" (")
        .append(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES))
        .append(")\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%d action states, %d assessment links, %d assessments in %d groups; generated in %.1f s; %d measured rounds per query (a tenth for the heavy one), after a fifth as many to warm up.%n%n",
            data.states,
            data.links,
            data.assessmentIds.size(),
            data.groupIds.size(),
            generation,
            runs));
    // Without the score section (-Dbench.sections=actions), only the data line.
    if (!timings.isEmpty()) {
      md.append(
          "| query | rounds | application median | application p95 | plain SQL median | plain SQL p95 | ratio (p95) |\n");
      md.append("|---|---:|---:|---:|---:|---:|---:|\n");
      for (Timing t : timings) {
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f |%n",
                t.name(),
                t.rounds(),
                t.appMedian(),
                t.appP95(),
                t.sqlMedian(),
                t.sqlP95(),
                t.ratio()));
      }
    }
    md.append('\n').append(actions);
    Path file = Path.of(System.getProperty("bench.report", "target/benchmark.md"));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, md.toString());
    System.out.println();
    System.out.println(md);
    System.out.println("Written to " + file);
  }

  private Connections connections() throws SQLException, IOException {
    return connections(
        database,
        pgDatabase,
        Path.of(System.getProperty("bench.h2", "target/bench-db/complyscore")));
  }

  /**
   * A new, empty database: PostgreSQL's {@code pgDatabase} dropped and created again, or H2's file
   * removed.
   */
  static Connections connections(String database, String pgDatabase, Path h2File)
      throws SQLException, IOException {
    if (database.equals("postgresql")) {
      String host = System.getProperty("bench.pg.host", "127.0.0.1");
      String port = System.getProperty("bench.pg.port", "5432");
      String user = System.getProperty("bench.pg.user", "postgres");
      String password = System.getProperty("bench.pg.password", "");
      if (!pgDatabase.matches("[a-z_][a-z0-9_]*")) {
        throw new IllegalArgumentException("bench.pg.database: not a plain name: " + pgDatabase);
      }
      try (Connection admin =
              DriverManager.getConnection(
                  "jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
          Statement statement = admin.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + pgDatabase + " WITH (FORCE)");
        statement.execute("CREATE DATABASE " + pgDatabase);
      }
      return new Connections(
          "jdbc:postgresql://" + host + ":" + port + "/" + pgDatabase, user, password);
    }
    Path file = h2File;
    Files.deleteIfExists(Path.of(file + ".mv.db"));
    Files.deleteIfExists(Path.of(file + ".trace.db"));
    // H2 would otherwise answer a repeated query from the result of the last run: measure the work.
    return new Connections(
        "jdbc:h2:" + file.toAbsolutePath() + ";OPTIMIZE_REUSE_RESULTS=FALSE", "sa", "");
  }

  /**
   * One database, reached the same way by both paths: driver connections, pooled by EclipseLink.
   */
  record Connections(String url, String user, String password) {

    Connection open() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    javax.sql.DataSource dataSource() {
      return new javax.sql.DataSource() {
        @Override
        public Connection getConnection() throws SQLException {
          return open();
        }

        @Override
        public Connection getConnection(String u, String p) throws SQLException {
          return DriverManager.getConnection(url, u, p);
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
          return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
          return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
          return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
          throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
          return false;
        }
      };
    }

    Map<String, Object> jpaProperties() {
      Map<String, Object> properties = new HashMap<>();
      properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
      properties.put("jakarta.persistence.jtaDataSource", "");
      properties.put("jakarta.persistence.jdbc.url", url);
      properties.put("jakarta.persistence.jdbc.user", user);
      properties.put("jakarta.persistence.jdbc.password", password);
      properties.put("eclipselink.target-server", "None");
      properties.put("eclipselink.logging.level", "WARNING");
      return properties;
    }
  }
}
