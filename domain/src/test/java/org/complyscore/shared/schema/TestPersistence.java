package org.complyscore.shared.schema;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The application's real persistence unit outside the server, on a fresh database migrated by the
 * real migrations, with local transactions for tests.
 */
public final class TestPersistence implements AutoCloseable {

  private final DataSource dataSource;
  private final MigrateResult migration;
  private final EntityManagerFactory factory;

  private TestPersistence(String name) {
    dataSource = TestDatabase.fresh(name);
    migration = DatabaseSchema.migrate(dataSource);
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", "");
    properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
    properties.put("eclipselink.target-server", "None");
    // Expected refusals (a duplicate name, a stale update) would otherwise fill the test log.
    properties.put("eclipselink.logging.level", "SEVERE");
    factory = Persistence.createEntityManagerFactory("complyscore", properties);
  }

  public static TestPersistence open(String name) {
    return new TestPersistence(name);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public MigrateResult migration() {
    return migration;
  }

  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  public void inTransactionDo(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  @Override
  public void close() {
    factory.close();
  }
}
