package org.complyscore.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;
import org.complyscore.shared.schema.DatabaseSchema;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database to the current schema when the application starts, before anything else
 * touches it. Startup beans that use the database declare {@code @DependsOn("SchemaMigration")}.
 *
 * <p>A failed migration fails the deployment: better no application than one running on a schema it
 * does not understand. Flyway runs its own transactions, hence bean-managed ones here.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final System.Logger LOG = System.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/complyscore")
  private DataSource dataSource;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    MigrateResult result = DatabaseSchema.migrate(dataSource);
    migrated = true;
    LOG.log(
        Level.INFO,
        "Database schema at version {0} ({1} migration(s) applied now, database {2}).",
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion,
        result.migrationsExecuted,
        result.database);
  }

  public boolean isMigrated() {
    return migrated;
  }
}
