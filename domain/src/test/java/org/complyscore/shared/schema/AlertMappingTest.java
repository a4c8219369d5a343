package org.complyscore.shared.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.complyscore.access.entity.Role;
import org.complyscore.access.entity.User;
import org.complyscore.action.entity.ChangeOrigin;
import org.complyscore.alert.entity.Alert;
import org.complyscore.alert.entity.AlertCondition;
import org.complyscore.alert.entity.AlertFrequency;
import org.complyscore.alert.entity.AlertMatch;
import org.complyscore.alert.entity.AlertPolicy;
import org.complyscore.alert.entity.AlertPolicy.Definition;
import org.complyscore.alert.entity.AlertSeverity;
import org.complyscore.alert.entity.AlertStatus;
import org.complyscore.alert.entity.MatchedChange;
import org.complyscore.alert.entity.ScoreDirection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Alert policies, alerts and pending matches (schema version 8) against the schema of the
 * migrations, on H2 and (with {@code -Ppostgresql}) on PostgreSQL.
 */
class AlertMappingTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

  private static TestPersistence persistence;
  private static User jane;

  @BeforeAll
  static void open() {
    persistence = TestPersistence.open("alerts");
    jane =
        persistence.inTransaction(
            em -> {
              User user = new User("alerts.jane", "Jane Doe", Role.ASSESSOR, "hash");
              user.changeEmail("jane@example.org");
              em.persist(user);
              return user;
            });
  }

  @AfterAll
  static void close() {
    persistence.close();
  }

  private static Definition definition(String name, AlertCondition condition) {
    return new Definition(
        name,
        condition,
        AlertSeverity.HIGH,
        AlertFrequency.THRESHOLD,
        3,
        15,
        condition == AlertCondition.TEST_STATUS_CHANGE
            ? List.of("FAILED_HIGH_RISK", "FAILED_MEDIUM_RISK")
            : List.of(),
        condition.isScoreChange() ? new BigDecimal("2.5") : null,
        condition.isScoreChange() ? ScoreDirection.DROP : null,
        List.of(jane),
        List.of("soc@example.org"),
        true);
  }

  private static AlertPolicy store(Definition definition) {
    return persistence.inTransaction(
        em -> {
          AlertPolicy policy =
              new AlertPolicy(
                  new Definition(
                      definition.name(),
                      definition.condition(),
                      definition.severity(),
                      definition.frequency(),
                      definition.thresholdMatches(),
                      definition.windowMinutes(),
                      definition.statuses(),
                      definition.scoreThreshold(),
                      definition.scoreDirection(),
                      List.of(em.find(User.class, jane.getId())),
                      definition.recipientEmails(),
                      definition.enabled()));
          em.persist(policy);
          return policy;
        });
  }

  @Test
  void theMigrationsRanUpToVersion8() {
    assertThat(persistence.migration().targetSchemaVersion).isEqualTo("8");
  }

  @Test
  void storesAPolicyWithItsStatusesAndRecipients() {
    AlertPolicy stored = store(definition("Failing tests", AlertCondition.TEST_STATUS_CHANGE));

    AlertPolicy found =
        persistence.inTransaction(
            em -> {
              AlertPolicy policy =
                  em.createNamedQuery(AlertPolicy.FIND_BY_NAME, AlertPolicy.class)
                      .setParameter("name", "failing tests")
                      .getSingleResult();
              policy.getRecipientUsers().forEach(User::getDisplayName);
              policy.getStatuses();
              policy.getRecipientEmails();
              return policy;
            });

    assertThat(found.getId()).isEqualTo(stored.getId());
    assertThat(found.getCondition()).isEqualTo(AlertCondition.TEST_STATUS_CHANGE);
    assertThat(found.getFrequency()).isEqualTo(AlertFrequency.THRESHOLD);
    assertThat(found.getThresholdMatches()).contains(3);
    assertThat(found.getWindowMinutes()).contains(15);
    assertThat(found.getStatuses()).containsExactly("FAILED_MEDIUM_RISK", "FAILED_HIGH_RISK");
    assertThat(found.getRecipientUsers())
        .extracting(User::getUsername)
        .containsExactly("alerts.jane");
    assertThat(found.getRecipientEmails()).containsExactly("soc@example.org");
    assertThat(found.mailAddresses()).containsExactly("jane@example.org", "soc@example.org");
    assertThat(found.isEnabled()).isTrue();
  }

  @Test
  void keepsTheReferenceScoreOfAScorePolicy() {
    AlertPolicy stored = store(definition("Score drops", AlertCondition.SCORE_CHANGE));
    persistence.inTransactionDo(
        em ->
            em.find(AlertPolicy.class, stored.getId(), LockModeType.PESSIMISTIC_WRITE)
                .takeReference(new BigDecimal("61.27"), NOW));

    AlertPolicy found = persistence.inTransaction(em -> em.find(AlertPolicy.class, stored.getId()));

    assertThat(found.getScoreThreshold()).contains(new BigDecimal("2.5"));
    assertThat(found.getScoreDirection()).contains(ScoreDirection.DROP);
    assertThat(found.getReferencePercent()).contains(new BigDecimal("61.3"));
    assertThat(found.getReferenceAt()).contains(NOW);
  }

  @Test
  void refusesASecondPolicyWithTheSameName() {
    store(definition("Twice", AlertCondition.EVIDENCE_CHANGE));

    assertThatThrownBy(() -> store(definition("Twice", AlertCondition.ASSIGNMENT_CHANGE)))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void storesAnAlertAndKeepsItWhenItsPolicyIsDeleted() {
    AlertPolicy policy = store(definition("Deleted later", AlertCondition.TEST_STATUS_CHANGE));
    MatchedChange change =
        new MatchedChange(
            77L,
            "Enforce MFA",
            "testStatus",
            "PASSED",
            "FAILED_HIGH_RISK",
            ChangeOrigin.AUTOMATION,
            "Signal collector",
            NOW);
    Alert stored =
        persistence.inTransaction(
            em -> {
              Alert alert =
                  Alert.raise(
                      em.find(AlertPolicy.class, policy.getId()), change, 3, NOW.minusSeconds(60));
              alert.assignTo(em.find(User.class, jane.getId()));
              alert.changeStatus(AlertStatus.INVESTIGATING, "Jane Doe", NOW);
              em.persist(alert);
              em.persist(new AlertMatch(em.find(AlertPolicy.class, policy.getId()), NOW));
              return alert;
            });

    persistence.inTransactionDo(
        em -> {
          AlertPolicy managed = em.find(AlertPolicy.class, policy.getId());
          em.createNamedQuery(Alert.FORGET_POLICY).setParameter("policy", managed).executeUpdate();
          em.createNamedQuery(AlertMatch.DELETE_OF_POLICY)
              .setParameter("policy", managed)
              .executeUpdate();
          em.remove(managed);
        });

    Alert found =
        persistence.inTransaction(
            em -> {
              Alert alert = em.find(Alert.class, stored.getId());
              em.refresh(alert);
              alert.getAssignee().map(User::getDisplayName);
              return alert;
            });
    assertThat(found.getPolicy()).isEmpty();
    assertThat(found.getPolicyName()).isEqualTo("Deleted later");
    assertThat(found.getStatus()).isEqualTo(AlertStatus.INVESTIGATING);
    assertThat(found.getAssignee().map(User::getUsername)).contains("alerts.jane");
    assertThat(found.getStateId()).contains(77L);
    assertThat(found.getOrigin()).contains(ChangeOrigin.AUTOMATION);
    assertThat(found.getMatchCount()).isEqualTo(3);
    assertThat(found.getFirstMatchAt()).isEqualTo(NOW.minusSeconds(60));
    assertThat(found.getLastMatchAt()).isEqualTo(NOW);
    AlertPolicy gone = persistence.inTransaction(em -> em.find(AlertPolicy.class, policy.getId()));
    assertThat(gone).isNull();
  }

  @Test
  void findsThePendingMatchTimesOfAPolicySinceATime() {
    AlertPolicy policy = store(definition("Counting", AlertCondition.TEST_STATUS_CHANGE));
    persistence.inTransactionDo(
        em -> {
          AlertPolicy managed = em.find(AlertPolicy.class, policy.getId());
          em.persist(new AlertMatch(managed, NOW.minusSeconds(3600)));
          em.persist(new AlertMatch(managed, NOW.minusSeconds(300)));
          em.persist(new AlertMatch(managed, NOW));
        });

    List<Instant> times =
        persistence.inTransaction(
            em ->
                em.createNamedQuery(AlertMatch.TIMES_SINCE, Instant.class)
                    .setParameter("policy", em.find(AlertPolicy.class, policy.getId()))
                    .setParameter("since", NOW.minusSeconds(900))
                    .getResultList());

    assertThat(times).containsExactly(NOW.minusSeconds(300), NOW);
  }
}
