package org.complyscore.platform.rest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.complyscore.platform.control.SchemaMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness for load balancers and run.sh ({@code GET /health/ready}): ComplyScore is ready when
 * its schema is migrated and the database answers now. A database outage turns it DOWN; when the
 * database is back, it turns UP again without a restart.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  private static final String NAME = "complyscore-database";
  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/complyscore")
  private DataSource dataSource;

  @Inject private SchemaMigration schemaMigration;

  @Override
  public HealthCheckResponse call() {
    if (!schemaMigration.isMigrated()) {
      return HealthCheckResponse.named(NAME).down().withData("schema", "not migrated").build();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(TIMEOUT_SECONDS);
      return HealthCheckResponse.named(NAME)
          .status(valid)
          .withData("schema", "migrated")
          .withData("connection", valid ? "valid" : "invalid")
          .build();
    } catch (SQLException e) {
      // The reason stays in the server log; the public endpoint only says that the database is
      // down.
      System.getLogger(DatabaseReadinessCheck.class.getName())
          .log(System.Logger.Level.WARNING, "Readiness: the database does not answer.", e);
      return HealthCheckResponse.named(NAME).down().withData("connection", "failed").build();
    }
  }
}
