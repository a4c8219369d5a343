package org.complyscore.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.complyscore.action.entity.Category;
import org.complyscore.shared.schema.DatabaseSchema;
import org.complyscore.template.control.OscalTemplateReader;
import org.complyscore.template.control.TemplateDraft;
import org.complyscore.template.control.TemplateStore;

/**
 * Importing the full NIST SP 800-53 Rev 5 catalog as a template (F45's target: within 5 s), as the
 * application does it: read and build the draft (what the review shows), then store it with {@code
 * TemplateStore} in one transaction. Each round starts from an empty database, so every round makes
 * all 1,007 actions (none is shared with an earlier round).
 */
final class ImportBenchmark {

  static final double TARGET_MS = 5_000;

  /** NIST's full catalog, from the tests' fixtures. */
  private static final Path CATALOG =
      Path.of(
          System.getProperty(
              "bench.catalog",
              "../ejb/src/test/resources/oscal/nist-800-53-rev5-catalog-v5.0.1-oscal-1.0.0.json"));

  private final String database;
  private final int rounds = Integer.getInteger("bench.import.rounds", 5);

  ImportBenchmark(String database) {
    this.database = database;
  }

  String run() throws IOException, SQLException {
    System.out.printf(
        "%nImport of the full catalog (%d rounds, each on an empty database)%n", rounds);
    List<Double> reads = new ArrayList<>();
    List<Double> stores = new ArrayList<>();
    List<Double> totals = new ArrayList<>();
    int controls = 0;
    for (int round = 0; round < rounds; round++) {
      ScoreBenchmark.Connections connections =
          ScoreBenchmark.connections(
              database, "complyscore_bench_import", Path.of("target/bench-db/import"));
      DatabaseSchema.migrate(connections.dataSource());
      EntityManagerFactory factory =
          Persistence.createEntityManagerFactory("complyscore", connections.jpaProperties());
      try {
        standardCategories(factory);
        long started = System.nanoTime();
        TemplateDraft draft;
        try (InputStream catalog = Files.newInputStream(CATALOG)) {
          draft = new OscalTemplateReader().read(catalog, null).draft();
        }
        long read = System.nanoTime();
        EntityManager em = factory.createEntityManager();
        try {
          em.getTransaction().begin();
          new TemplateStore(em).store(draft, percent -> {});
          em.getTransaction().commit();
        } finally {
          em.close();
        }
        long stored = System.nanoTime();
        controls = draft.controlCount();
        reads.add((read - started) / 1e6);
        stores.add((stored - read) / 1e6);
        totals.add((stored - started) / 1e6);
        System.out.printf(
            Locale.ROOT,
            "round %d: read and build %.0f ms, store %.0f ms, total %.0f ms%n",
            round + 1,
            reads.get(round),
            stores.get(round),
            totals.get(round));
      } finally {
        factory.close();
      }
    }
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "Full catalog import on %s, %d controls, %d rounds (each on an empty database):%n%n"
                + "| step | median | slowest |%n|---|---|---|%n"
                + "| read, resolve and build the draft (the review) | %.0f ms | %.0f ms |%n"
                + "| store (one transaction) | %.0f ms | %.0f ms |%n"
                + "| **total** (target %.0f ms) | **%.0f ms** | **%.0f ms** |%n",
            database.equals("postgresql") ? "PostgreSQL" : "H2",
            controls,
            rounds,
            Measuring.percentile(reads.stream().mapToDouble(Double::doubleValue).toArray(), 50),
            Measuring.percentile(reads.stream().mapToDouble(Double::doubleValue).toArray(), 100),
            Measuring.percentile(stores.stream().mapToDouble(Double::doubleValue).toArray(), 50),
            Measuring.percentile(stores.stream().mapToDouble(Double::doubleValue).toArray(), 100),
            TARGET_MS,
            Measuring.percentile(totals.stream().mapToDouble(Double::doubleValue).toArray(), 50),
            Measuring.percentile(totals.stream().mapToDouble(Double::doubleValue).toArray(), 100)));
    System.out.print(md);
    return md.toString();
  }

  /** The product's categories, as the application's first start makes them. */
  private static void standardCategories(EntityManagerFactory factory) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      for (int i = 0; i < Category.STANDARD.size(); i++) {
        em.persist(new Category(Category.STANDARD.get(i), i));
      }
      em.getTransaction().commit();
    } finally {
      em.close();
    }
  }
}
