package org.complyscore.shared.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.complyscore.access.entity.Role;
import org.complyscore.access.entity.User;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real persistence unit on EclipseLink against a schema made by the real migrations: proves
 * that entities and migrations agree, on H2 and (with {@code -Ppostgresql}) on PostgreSQL.
 */
class PersistenceMappingTest {

  private static TestPersistence persistence;
  private static DataSource dataSource;
  private static MigrateResult migration;

  @BeforeAll
  static void migrateAndOpen() {
    persistence = TestPersistence.open("mapping");
    dataSource = persistence.dataSource();
    migration = persistence.migration();
  }

  @AfterAll
  static void close() {
    persistence.close();
  }

  @Test
  void migratesAnEmptyDatabaseOfTheConfiguredProduct() throws SQLException {
    assertThat(migration.success).isTrue();
    assertThat(migration.migrationsExecuted).isPositive();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      assertThat(metaData.getDatabaseProductName())
          .isEqualTo(TestDatabase.isPostgreSql() ? "PostgreSQL" : "H2");
    }
  }

  @Test
  void migratingAgainChangesNothing() {
    MigrateResult again = DatabaseSchema.migrate(dataSource);

    assertThat(again.success).isTrue();
    assertThat(again.migrationsExecuted).isZero();
  }

  @Test
  void storesAndFindsAUserByNameOrEmailInAnyCase() {
    User stored =
        inTransaction(
            em -> {
              User user = new User("Mapping.Jane", "Jane Doe", Role.ASSESSOR, "hash-1");
              user.changeEmail("Jane.Doe@Example.org");
              em.persist(user);
              return user;
            });

    assertThat(stored.getId()).isNotNull();
    assertThat(stored.getCreatedAt()).isNotNull().isEqualTo(stored.getModifiedAt());

    for (String login : List.of("mapping.jane", "JANE.DOE@example.org")) {
      User found =
          inTransaction(
              em ->
                  em.createNamedQuery(User.FIND_BY_LOGIN, User.class)
                      .setParameter("login", User.normalizeLogin(login))
                      .getSingleResult());
      assertThat(found.getId()).isEqualTo(stored.getId());
      assertThat(found.getRole()).isEqualTo(Role.ASSESSOR);
      assertThat(found.getEmail()).contains("jane.doe@example.org");
      assertThat(found.getCreatedAt()).isEqualTo(stored.getCreatedAt());
    }
  }

  @Test
  void countsVersionsAndRefusesAStaleUpdate() {
    User user = inTransaction(em -> persist(em, new User("versioned", "V", Role.READER, "h")));
    long first = user.getVersion();

    User changed =
        inTransaction(
            em -> {
              User managed = em.find(User.class, user.getId());
              managed.changePasswordHash("h2");
              return managed;
            });
    assertThat(changed.getVersion()).isEqualTo(first + 1);

    // The copy loaded before the change is stale now: saving it must not overwrite the change.
    user.changePasswordHash("stale");
    assertThatThrownBy(() -> inTransactionDo(em -> em.merge(user)))
        .isInstanceOf(OptimisticLockException.class);
    String kept = inTransaction(em -> em.find(User.class, user.getId()).getPasswordHash());
    assertThat(kept).isEqualTo("h2");
  }

  @Test
  void refusesASecondUserWithTheSameName() {
    inTransactionDo(em -> em.persist(new User("twice", "First", Role.READER, "h")));

    assertThatThrownBy(
            () -> inTransactionDo(em -> em.persist(new User("TWICE", "Second", Role.READER, "h"))))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void handsOutDistinctIdsFromTheSequence() {
    List<Long> ids =
        inTransaction(
            em ->
                List.of(
                    persist(em, new User("seq-a", "A", Role.READER, "h")).getId(),
                    persist(em, new User("seq-b", "B", Role.READER, "h")).getId(),
                    persist(em, new User("seq-c", "C", Role.READER, "h")).getId()));

    assertThat(ids).doesNotHaveDuplicates().doesNotContainNull();
  }

  private static User persist(EntityManager em, User user) {
    em.persist(user);
    em.flush();
    return user;
  }

  private static <T> T inTransaction(Function<EntityManager, T> work) {
    return persistence.inTransaction(work);
  }

  private static void inTransactionDo(Consumer<EntityManager> work) {
    persistence.inTransactionDo(work);
  }
}
