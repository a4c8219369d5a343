package org.complyscore.shared.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the schema the entities expect, with the Flyway migrations under {@code
 * db/migration} of this module.
 *
 * <p>The application (at start) and the mapping tests (against H2 and PostgreSQL) call this one
 * method, so both run exactly the same configuration.
 */
public final class DatabaseSchema {

  /** Where the versioned SQL migrations live; the same files serve H2 and PostgreSQL. */
  public static final String MIGRATIONS = "classpath:db/migration";

  private DatabaseSchema() {}

  /**
   * Applies every pending migration.
   *
   * @return what Flyway did, for the log
   * @throws org.flywaydb.core.api.FlywayException when a migration fails; Flyway then leaves the
   *     schema at the last good version on PostgreSQL (transactional DDL) and marks the failure
   */
  public static MigrateResult migrate(DataSource dataSource) {
    return Flyway.configure(DatabaseSchema.class.getClassLoader())
        .dataSource(dataSource)
        .locations(MIGRATIONS)
        .placeholders(placeholders(dataSource))
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }

  /**
   * The types the two databases spell differently: {@code text} without a length limit, and {@code
   * blob}, bytes of any length (evidence files).
   */
  static Map<String, String> placeholders(DataSource dataSource) {
    boolean postgresql = "PostgreSQL".equals(productName(dataSource));
    return Map.of(
        "text", postgresql ? "TEXT" : "CHARACTER LARGE OBJECT",
        "blob", postgresql ? "BYTEA" : "BINARY LARGE OBJECT");
  }

  private static String productName(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate its schema.", e);
    }
  }
}
