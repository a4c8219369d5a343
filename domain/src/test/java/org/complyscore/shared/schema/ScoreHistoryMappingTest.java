package org.complyscore.shared.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.complyscore.access.entity.Role;
import org.complyscore.access.entity.User;
import org.complyscore.score.entity.SavedScoreFilter;
import org.complyscore.score.entity.Score;
import org.complyscore.score.entity.ScoreDimension;
import org.complyscore.score.entity.ScoreSnapshot;
import org.complyscore.shared.entity.BaseEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The score history and the kept score filters (schema version 5) against the schema of the
 * migrations, on H2 and (with {@code -Ppostgresql}) on PostgreSQL. Each test uses days of its own,
 * so they do not see each other's lines.
 */
class ScoreHistoryMappingTest {

  private static TestPersistence persistence;

  @BeforeAll
  static void open() {
    persistence = TestPersistence.open("score_history");
  }

  @AfterAll
  static void close() {
    persistence.close();
  }

  @Test
  void theMigrationsRanUpToTheLatestVersion() {
    assertThat(persistence.migration().targetSchemaVersion).isEqualTo("8");
  }

  @Test
  void storesASnapshotLineAsItWasTaken() {
    LocalDate day = LocalDate.of(2026, 1, 5);
    String longName = "Ä".repeat(310);
    ScoreSnapshot category =
        snapshot(
            day,
            ScoreDimension.CATEGORY,
            77L,
            longName,
            new Score(new BigDecimal("16.2"), 27),
            5,
            3);
    ScoreSnapshot overall =
        snapshot(day, ScoreDimension.OVERALL, null, "Overall", new Score(BigDecimal.ZERO, 0), 0, 0);
    persist(category, overall);

    persistence.inTransactionDo(
        em -> {
          ScoreSnapshot found = em.find(ScoreSnapshot.class, category.getId());
          assertThat(found.getTakenOn()).isEqualTo(day);
          assertThat(found.getDimension()).isEqualTo(ScoreDimension.CATEGORY);
          assertThat(found.getSubjectId()).contains(77L);
          assertThat(found.getSubjectName()).hasSize(300).isEqualTo("Ä".repeat(299) + "…");
          assertThat(found.getScore()).isEqualTo(new Score(new BigDecimal("16.2"), 27));
          assertThat(found.getScore().achieved().toPlainString()).isEqualTo("16.2");
          assertThat(found.getActions()).isEqualTo(5);
          assertThat(found.getOpenActions()).isEqualTo(3);
          assertThat(found.getCreatedAt()).isEqualTo(category.getCreatedAt());

          ScoreSnapshot none = em.find(ScoreSnapshot.class, overall.getId());
          assertThat(none.getSubjectId()).isEmpty();
          assertThat(none.getScore()).isEqualTo(Score.ZERO);
        });
  }

  @Test
  void keepsFourDecimalsOfAchievedPoints() {
    LocalDate day = LocalDate.of(2026, 1, 6);
    ScoreSnapshot line =
        snapshot(
            day,
            ScoreDimension.SOLUTION,
            1L,
            "Partial",
            new Score(new BigDecimal("0.0035"), 1),
            1,
            1);
    persist(line);

    Score stored =
        persistence.inTransaction(em -> em.find(ScoreSnapshot.class, line.getId()).getScore());
    assertThat(stored).isEqualTo(new Score(new BigDecimal("0.0035"), 1));
  }

  @Test
  void findByDayListsOneDaysLinesByDimensionThenInTheOrderTheyWereWritten() {
    LocalDate day = LocalDate.of(2026, 2, 10);
    ScoreSnapshot solution = line(day, ScoreDimension.SOLUTION, 1L, "Mail gateway");
    ScoreSnapshot overall = line(day, ScoreDimension.OVERALL, null, "Overall");
    ScoreSnapshot categoryB = line(day, ScoreDimension.CATEGORY, 2L, "B");
    ScoreSnapshot categoryA = line(day, ScoreDimension.CATEGORY, 3L, "A");
    ScoreSnapshot group = line(day, ScoreDimension.GROUP, 4L, "Group");
    ScoreSnapshot regulation = line(day, ScoreDimension.REGULATION, null, "Reg");
    ScoreSnapshot assessment = line(day, ScoreDimension.ASSESSMENT, 5L, "Assessment");
    persist(solution, overall, categoryB, categoryA, group, regulation, assessment);
    persist(
        line(day.minusDays(1), ScoreDimension.OVERALL, null, "Overall"),
        line(day.plusDays(1), ScoreDimension.CATEGORY, 2L, "B"));

    List<ScoreSnapshot> lines = byDay(day);

    // By the dimension's name as stored, then by id: the order they were persisted in.
    assertThat(lines)
        .map(BaseEntity::getId)
        .containsExactly(
            assessment.getId(),
            categoryB.getId(),
            categoryA.getId(),
            group.getId(),
            overall.getId(),
            regulation.getId(),
            solution.getId());
    assertThat(byDay(LocalDate.of(2026, 2, 13))).isEmpty();
  }

  @Test
  void findOverallSinceListsTheOverallLinesFromADayOnOldestFirst() {
    LocalDate base = LocalDate.of(2026, 4, 1);
    ScoreSnapshot before = overall(base.minusDays(1), 1);
    ScoreSnapshot last = overall(base.plusDays(9), 4);
    ScoreSnapshot first = overall(base, 2);
    ScoreSnapshot middle = overall(base.plusDays(3), 3);
    persist(before, last, first, middle);
    persist(
        line(base.plusDays(3), ScoreDimension.CATEGORY, 9L, "Not overall"),
        line(base.plusDays(4), ScoreDimension.ASSESSMENT, 9L, "Not overall"));

    List<ScoreSnapshot> since =
        persistence.inTransaction(
            em ->
                em.createNamedQuery(ScoreSnapshot.FIND_OVERALL_SINCE, ScoreSnapshot.class)
                    .setParameter("since", base)
                    .getResultList());

    // Later tests' days (after April 2026) would appear too: look at this test's ten days only.
    assertThat(since)
        .filteredOn(line -> line.getTakenOn().isBefore(base.plusDays(10)))
        .map(BaseEntity::getId)
        .containsExactly(first.getId(), middle.getId(), last.getId());
    assertThat(since)
        .allSatisfy(line -> assertThat(line.getDimension()).isEqualTo(ScoreDimension.OVERALL))
        .allSatisfy(line -> assertThat(line.getTakenOn()).isAfterOrEqualTo(base));
    assertThat(since.get(1).getScore()).isEqualTo(new Score(BigDecimal.valueOf(3), 10));
  }

  @Test
  void deleteDayRemovesThatDayOnly() {
    LocalDate day = LocalDate.of(2026, 5, 20);
    persist(
        overall(day, 1),
        line(day, ScoreDimension.CATEGORY, 1L, "A"),
        line(day, ScoreDimension.SOLUTION, null, "(none)"));
    ScoreSnapshot dayBefore = overall(day.minusDays(1), 2);
    ScoreSnapshot dayAfter = overall(day.plusDays(1), 3);
    persist(dayBefore, dayAfter);

    int deleted =
        persistence.inTransaction(
            em ->
                em.createNamedQuery(ScoreSnapshot.DELETE_DAY)
                    .setParameter("day", day)
                    .executeUpdate());

    assertThat(deleted).isEqualTo(3);
    assertThat(byDay(day)).isEmpty();
    assertThat(byDay(day.minusDays(1))).map(BaseEntity::getId).containsExactly(dayBefore.getId());
    assertThat(byDay(day.plusDays(1))).map(BaseEntity::getId).containsExactly(dayAfter.getId());
  }

  @Test
  void firstDayIsTheEarliestDayWithALine() {
    LocalDate earliest = LocalDate.of(2001, 1, 1); // before every other test's days
    persist(line(earliest.plusDays(2), ScoreDimension.CATEGORY, 1L, "A"));
    persist(line(earliest, ScoreDimension.CATEGORY, 1L, "A"));
    persist(overall(earliest.plusDays(1), 1));

    assertThat(firstDay(persistence)).isEqualTo(earliest);
  }

  @Test
  void firstDayIsNullWithoutAnyLine() {
    try (TestPersistence empty = TestPersistence.open("score_history_empty")) {
      assertThat(firstDay(empty)).isNull();

      empty.inTransactionDo(em -> em.persist(overall(LocalDate.of(2026, 7, 7), 1)));
      assertThat(firstDay(empty)).isEqualTo(LocalDate.of(2026, 7, 7));
    }
  }

  @Test
  void theDatabaseRefusesMoreAchievedThanAchievablePoints() {
    ScoreSnapshot impossible =
        snapshot(
            LocalDate.of(2026, 8, 1),
            ScoreDimension.OVERALL,
            null,
            "Overall",
            new Score(new BigDecimal("3.5"), 3),
            1,
            1);

    assertThatThrownBy(() -> persist(impossible))
        .isInstanceOf(PersistenceException.class)
        .rootCause()
        .message()
        .containsIgnoringCase("ck_score_snapshot_points");
    assertThat(byDay(LocalDate.of(2026, 8, 1))).isEmpty();
    // All points achieved is fine.
    persist(
        snapshot(
            LocalDate.of(2026, 8, 1),
            ScoreDimension.OVERALL,
            null,
            "Overall",
            new Score(BigDecimal.valueOf(3), 3),
            1,
            0));
    assertThat(byDay(LocalDate.of(2026, 8, 1))).hasSize(1);
  }

  @Test
  void theDatabaseRefusesMoreOpenActionsThanActions() {
    LocalDate day = LocalDate.of(2026, 8, 2);

    assertThatThrownBy(
            () ->
                persist(
                    snapshot(
                        day,
                        ScoreDimension.CATEGORY,
                        1L,
                        "A",
                        new Score(BigDecimal.ZERO, 3),
                        2,
                        3)))
        .isInstanceOf(PersistenceException.class)
        .rootCause()
        .message()
        .containsIgnoringCase("ck_score_snapshot_points");
    assertThatThrownBy(
            () ->
                persist(
                    snapshot(
                        day,
                        ScoreDimension.CATEGORY,
                        1L,
                        "A",
                        new Score(BigDecimal.ZERO, 3),
                        2,
                        -1)))
        .isInstanceOf(PersistenceException.class)
        .rootCause()
        .message()
        .containsIgnoringCase("ck_score_snapshot_points");
    assertThat(byDay(day)).isEmpty();
    persist(snapshot(day, ScoreDimension.CATEGORY, 1L, "A", new Score(BigDecimal.ZERO, 3), 2, 2));
    assertThat(byDay(day)).hasSize(1);
  }

  @Test
  void theDatabaseRefusesAnUnknownDimension() {
    LocalDate day = LocalDate.of(2026, 8, 3);

    assertThatThrownBy(() -> insertLine(900_000_001L, day, "TEAM"))
        .isInstanceOf(PersistenceException.class)
        .rootCause()
        .message()
        .containsIgnoringCase("ck_score_snapshot_dimension");
    assertThatThrownBy(() -> insertLine(900_000_002L, day, "overall"))
        .isInstanceOf(PersistenceException.class);
    assertThat(byDay(day)).isEmpty();

    // The same row with a known dimension is stored: only the dimension was wrong.
    insertLine(900_000_003L, day, "GROUP");
    assertThat(byDay(day))
        .singleElement()
        .satisfies(line -> assertThat(line.getDimension()).isEqualTo(ScoreDimension.GROUP));
  }

  @Test
  void storesAndReplacesAPersonsFilterAndFindsItByPerson() {
    User jane = user("filter.jane");
    User john = user("filter.john");
    String longest = "regulation=" + "r".repeat(SavedScoreFilter.QUERY_MAX - 11);
    SavedScoreFilter janes =
        persistence.inTransaction(
            em -> {
              SavedScoreFilter saved =
                  new SavedScoreFilter(em.find(User.class, jane.getId()), longest);
              em.persist(saved);
              em.persist(new SavedScoreFilter(em.find(User.class, john.getId()), "owner=PROVIDER"));
              return saved;
            });

    assertThat(filterOf(jane).getId()).isEqualTo(janes.getId());
    assertThat(filterOf(jane).getQuery()).hasSize(4_000).isEqualTo(longest);
    assertThat(filterOf(john).getQuery()).isEqualTo("owner=PROVIDER");

    persistence.inTransactionDo(
        em -> em.find(SavedScoreFilter.class, janes.getId()).replace("category=7&category=8"));

    SavedScoreFilter replaced = filterOf(jane);
    assertThat(replaced.getQuery()).isEqualTo("category=7&category=8");
    assertThat(replaced.getVersion()).isEqualTo(janes.getVersion() + 1);
    assertThat(replaced.getUser().getUsername()).isEqualTo("filter.jane");
    assertThat(filterOf(john).getQuery()).isEqualTo("owner=PROVIDER");
  }

  @Test
  void thereIsOneFilterPerPerson() {
    User jane = user("filter.once");
    persistence.inTransactionDo(
        em ->
            em.persist(new SavedScoreFilter(em.find(User.class, jane.getId()), "owner=PROVIDER")));

    assertThatThrownBy(
            () ->
                persistence.inTransactionDo(
                    em ->
                        em.persist(
                            new SavedScoreFilter(em.find(User.class, jane.getId()), "category=1"))))
        .isInstanceOf(PersistenceException.class)
        .rootCause()
        .message()
        .containsIgnoringCase("uq_saved_score_filter_user");
    assertThat(filterOf(jane).getQuery()).isEqualTo("owner=PROVIDER");
  }

  private static ScoreSnapshot snapshot(
      LocalDate day,
      ScoreDimension dimension,
      Long subjectId,
      String name,
      Score score,
      long actions,
      long open) {
    return new ScoreSnapshot(day, dimension, subjectId, name, score, actions, open);
  }

  /** A line with 1 of 3 points and two actions, one open. */
  private static ScoreSnapshot line(
      LocalDate day, ScoreDimension dimension, Long subjectId, String name) {
    return snapshot(day, dimension, subjectId, name, new Score(BigDecimal.ONE, 3), 2, 1);
  }

  /** The overall line of a day with some of ten points. */
  private static ScoreSnapshot overall(LocalDate day, int achieved) {
    return snapshot(
        day,
        ScoreDimension.OVERALL,
        null,
        "Overall",
        new Score(BigDecimal.valueOf(achieved), 10),
        4,
        2);
  }

  /** Persists the lines in one transaction, in the given order. */
  private static void persist(ScoreSnapshot... lines) {
    persistence.inTransactionDo(
        em -> {
          for (ScoreSnapshot line : lines) {
            em.persist(line);
            em.flush(); // ids in this order, and a refusal at the line it is about
          }
        });
  }

  private static List<ScoreSnapshot> byDay(LocalDate day) {
    return persistence.inTransaction(
        em ->
            em.createNamedQuery(ScoreSnapshot.FIND_BY_DAY, ScoreSnapshot.class)
                .setParameter("day", day)
                .getResultList());
  }

  private static LocalDate firstDay(TestPersistence in) {
    return in.inTransaction(
        em -> em.createNamedQuery(ScoreSnapshot.FIRST_DAY, LocalDate.class).getSingleResult());
  }

  private static void insertLine(long id, LocalDate day, String dimension) {
    persistence.inTransactionDo(
        em ->
            em.createNativeQuery(
                    "INSERT INTO score_snapshot (id, version, created_at, modified_at, taken_on,"
                        + " dimension, subject_id, subject_name, achieved, achievable, actions,"
                        + " open_actions) VALUES (?, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, ?,"
                        + " NULL, 'Inserted', 1, 3, 2, 1)")
                .setParameter(1, id)
                .setParameter(2, day)
                .setParameter(3, dimension)
                .executeUpdate());
  }

  private static User user(String username) {
    return persistence.inTransaction(
        em -> {
          User user = new User(username, username, Role.READER, "hash");
          em.persist(user);
          return user;
        });
  }

  private static SavedScoreFilter filterOf(User user) {
    return persistence.inTransaction(
        em -> {
          SavedScoreFilter found =
              em.createNamedQuery(SavedScoreFilter.FIND_BY_USER, SavedScoreFilter.class)
                  .setParameter("user", em.find(User.class, user.getId()))
                  .getSingleResult();
          found.getUser().getUsername(); // loaded while the transaction is open
          return found;
        });
  }
}
