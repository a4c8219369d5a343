package org.complyscore.shared.schema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An empty database for a test, on the product the build was asked for: an in-memory H2 by default,
 * a freshly created PostgreSQL database with {@code -Ppostgresql}.
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static boolean isPostgreSql() {
    return "postgresql".equals(System.getProperty("test.db", "h2"));
  }

  /** A new, empty database named after the test. */
  public static DataSource fresh(String name) {
    String database = "complyscore_test_" + name.toLowerCase(Locale.ROOT);
    return isPostgreSql() ? freshPostgreSql(database) : freshH2(database);
  }

  private static DataSource freshH2(String database) {
    JdbcDataSource h2 = new JdbcDataSource();
    // Kept until the JVM ends, so that Flyway and JPA see the same database.
    h2.setURL("jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    h2.setPassword("");
    try (Connection connection = h2.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP ALL OBJECTS");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reset the H2 test database " + database, e);
    }
    return h2;
  }

  private static DataSource freshPostgreSql(String database) {
    String host = System.getProperty("test.pg.host", "127.0.0.1");
    int port = Integer.parseInt(System.getProperty("test.pg.port", "5432"));
    String user = System.getProperty("test.pg.user", "postgres");
    String password = System.getProperty("test.pg.password", "");
    String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
    try (Connection connection = DriverManager.getConnection(admin, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot create the PostgreSQL test database " + database + " on " + admin, e);
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setServerNames(new String[] {host});
    pg.setPortNumbers(new int[] {port});
    pg.setDatabaseName(database);
    pg.setUser(user);
    pg.setPassword(password);
    return pg;
  }
}
