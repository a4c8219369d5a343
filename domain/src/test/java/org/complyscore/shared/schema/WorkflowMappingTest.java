package org.complyscore.shared.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.complyscore.access.entity.Role;
import org.complyscore.access.entity.User;
import org.complyscore.action.entity.ActionChange;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ActionState;
import org.complyscore.action.entity.ActionState.FieldChange;
import org.complyscore.action.entity.ChangeOrigin;
import org.complyscore.action.entity.Enforcement;
import org.complyscore.action.entity.Evidence;
import org.complyscore.action.entity.EvidenceContent;
import org.complyscore.action.entity.EvidenceKind;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.action.entity.TestingSource;
import org.complyscore.shared.entity.BaseEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The improvement-action workflow (parents, evidence, history) against the schema of the
 * migrations, on H2 and (with {@code -Ppostgresql}) on PostgreSQL.
 */
class WorkflowMappingTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  private static TestPersistence persistence;
  private static User jane;

  @BeforeAll
  static void open() {
    persistence = TestPersistence.open("workflow");
    jane =
        persistence.inTransaction(
            em -> {
              User user = new User("workflow.jane", "Jane Doe", Role.CONTRIBUTOR, "hash");
              em.persist(user);
              return user;
            });
  }

  @AfterAll
  static void close() {
    persistence.close();
  }

  @Test
  void storesAnEvidenceFileAndItsBytesApart() throws NoSuchAlgorithmException {
    ActionState state = newState("File owner");
    byte[] bytes = new byte[3 * 1024 * 1024];
    new Random(42).nextBytes(bytes);
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

    Evidence stored =
        persistence.inTransaction(
            em -> {
              Evidence file =
                  Evidence.file(
                      em.find(ActionState.class, state.getId()),
                      "scan.pdf",
                      "application/pdf",
                      bytes.length,
                      sha256,
                      em.find(User.class, jane.getId()));
              em.persist(file);
              em.persist(new EvidenceContent(file, bytes));
              return file;
            });

    persistence.inTransactionDo(
        em -> {
          Evidence found = em.find(Evidence.class, stored.getId());
          assertThat(found.getKind()).isEqualTo(EvidenceKind.FILE);
          assertThat(found.getName()).isEqualTo("scan.pdf");
          assertThat(found.getContentType()).contains("application/pdf");
          assertThat(found.getSizeBytes()).contains(3L * 1024 * 1024);
          assertThat(found.getSha256()).contains(sha256);
          assertThat(found.getUrl()).isEmpty();
          assertThat(found.getState().getId()).isEqualTo(state.getId());
          assertThat(found.getAddedBy().getUsername()).isEqualTo("workflow.jane");
          assertThat(found.getCreatedAt()).isEqualTo(stored.getCreatedAt());

          EvidenceContent content = em.find(EvidenceContent.class, stored.getId());
          assertThat(content.getEvidence().getId()).isEqualTo(stored.getId());
          assertThat(content.getContent()).hasSize(bytes.length);
          assertThat(Arrays.equals(content.getContent(), bytes)).isTrue();
        });
  }

  @Test
  void storesALinkAndListsAStatesEvidenceInTheOrderItWasAdded() {
    ActionState state = newState("Link owner");
    String url = "https://intranet.example.org/policies/access?v=2#" + "x".repeat(1_900);
    Evidence first = addLink(state, "  Access policy ", url);
    Evidence second = addLink(state, null, "http://wiki/Backups");
    addLink(newState("Someone else's"), "Other", "https://example.org");

    List<Evidence> listed =
        persistence.inTransaction(
            em ->
                em.createNamedQuery(Evidence.FIND_BY_STATE, Evidence.class)
                    .setParameter("state", em.find(ActionState.class, state.getId()))
                    .getResultList());

    assertThat(listed).map(BaseEntity::getId).containsExactly(first.getId(), second.getId());
    Evidence link = listed.get(0);
    assertThat(link.getKind()).isEqualTo(EvidenceKind.LINK);
    assertThat(link.getName()).isEqualTo("Access policy");
    assertThat(link.getUrl()).contains(url);
    assertThat(link.getContentType()).isEmpty();
    assertThat(link.getSizeBytes()).isEmpty();
    assertThat(link.getSha256()).isEmpty();
    assertThat(link.getAddedBy().getDisplayName()).isEqualTo("Jane Doe");
    assertThat(listed.get(1).getName()).isEqualTo("http://wiki/Backups");
  }

  @Test
  void storesAStateFollowingItsParentAndFindsTheParentsChildren() {
    ActionState parent = newState("Parent");
    ActionState child = newState("Child");
    ActionState stranger = newState("Stranger");
    persistence.inTransactionDo(
        em -> {
          ActionState managed = em.find(ActionState.class, parent.getId());
          managed.recordImplementation(ImplementationStatus.IMPLEMENTED, DAY, "rolled out");
          managed.recordAutomatedResult(TestStatus.PARTIALLY_TESTED, new BigDecimal("0.25"));
        });

    persistence.inTransactionDo(
        em ->
            em.find(ActionState.class, child.getId())
                .followParent(em.find(ActionState.class, parent.getId())));

    persistence.inTransactionDo(
        em -> {
          ActionState found = em.find(ActionState.class, child.getId());
          assertThat(found.getTestingSource()).isEqualTo(TestingSource.PARENT);
          assertThat(found.getParent()).map(BaseEntity::getId).contains(parent.getId());
          assertThat(found.getImplementationStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
          assertThat(found.getImplementationDate()).contains(DAY);
          assertThat(found.getImplementationNotes()).contains("rolled out");
          assertThat(found.getTestStatus()).isEqualTo(TestStatus.PARTIALLY_TESTED);
          assertThat(found.getPartialFraction())
              .hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.25"));
          assertThat(found.snapshot().values()).containsEntry("parent", titleOf("Parent"));
          assertThat(em.find(ActionState.class, parent.getId()).getParent()).isEmpty();

          List<ActionState> children =
              em.createNamedQuery(ActionState.FIND_CHILDREN, ActionState.class)
                  .setParameter("parent", em.find(ActionState.class, parent.getId()))
                  .getResultList();
          assertThat(children).map(BaseEntity::getId).containsExactly(child.getId());
          assertThat(
                  em.createNamedQuery(ActionState.FIND_CHILDREN, ActionState.class)
                      .setParameter("parent", em.find(ActionState.class, stranger.getId()))
                      .getResultList())
              .isEmpty();
        });

    persistence.inTransactionDo(em -> em.find(ActionState.class, child.getId()).testManually());

    persistence.inTransactionDo(
        em -> {
          ActionState found = em.find(ActionState.class, child.getId());
          assertThat(found.getTestingSource()).isEqualTo(TestingSource.MANUAL);
          assertThat(found.getParent()).isEmpty();
          assertThat(found.getTestStatus()).isEqualTo(TestStatus.PARTIALLY_TESTED);
        });
  }

  @Test
  void storesChangesAndListsAStatesHistoryNewestFirst() {
    ActionState parent = newState("History parent");
    ActionState state = newState("History");
    String longValue = "A note without a length limit. ".repeat(2_000);
    ActionChange first =
        record(
            em ->
                ActionChange.byPerson(
                    em.find(ActionState.class, state.getId()),
                    em.find(User.class, jane.getId()),
                    new FieldChange("implementationNotes", null, longValue)));
    ActionChange second =
        record(
            em ->
                ActionChange.fromParent(
                    em.find(ActionState.class, state.getId()),
                    em.find(ActionState.class, parent.getId()),
                    new FieldChange("testStatus", "NONE", "PASSED")));
    ActionChange third =
        record(
            em ->
                ActionChange.byPerson(
                    em.find(ActionState.class, state.getId()),
                    em.find(User.class, jane.getId()),
                    new FieldChange("additionalNotes", longValue, null)));
    record(
        em ->
            ActionChange.byPerson(
                em.find(ActionState.class, parent.getId()),
                em.find(User.class, jane.getId()),
                new FieldChange("testStatus", "NONE", "PASSED")));

    List<ActionChange> history =
        persistence.inTransaction(
            em ->
                em.createNamedQuery(ActionChange.FIND_BY_STATE, ActionChange.class)
                    .setParameter("state", em.find(ActionState.class, state.getId()))
                    .getResultList());

    assertThat(first.getChangedAt()).isBefore(second.getChangedAt());
    assertThat(second.getChangedAt()).isBefore(third.getChangedAt());
    assertThat(history)
        .map(BaseEntity::getId)
        .containsExactly(third.getId(), second.getId(), first.getId());

    ActionChange byPerson = history.get(2);
    assertThat(byPerson.getOrigin()).isEqualTo(ChangeOrigin.PERSON);
    assertThat(byPerson.getChangedBy()).map(BaseEntity::getId).contains(jane.getId());
    assertThat(byPerson.getChangedByName()).isEqualTo("Jane Doe");
    assertThat(byPerson.getField()).isEqualTo("implementationNotes");
    assertThat(byPerson.getOldValue()).isEmpty();
    assertThat(byPerson.getNewValue()).contains(longValue);
    assertThat(byPerson.getChangedAt()).isEqualTo(first.getChangedAt());

    ActionChange fromParent = history.get(1);
    assertThat(fromParent.getOrigin()).isEqualTo(ChangeOrigin.PARENT);
    assertThat(fromParent.getChangedBy()).isEmpty();
    assertThat(fromParent.getChangedByName()).isEqualTo(titleOf("History parent"));
    assertThat(fromParent.getOldValue()).contains("NONE");
    assertThat(fromParent.getNewValue()).contains("PASSED");

    assertThat(history.get(0).getOldValue()).contains(longValue);
    assertThat(history.get(0).getNewValue()).isEmpty();

    List<ActionChange> lastFromParent =
        persistence.inTransaction(
            em ->
                em.createNamedQuery(ActionChange.LAST_BY_STATE, ActionChange.class)
                    .setParameter("state", em.find(ActionState.class, state.getId()))
                    .setParameter("origin", ChangeOrigin.PARENT)
                    .getResultList());
    assertThat(lastFromParent).map(BaseEntity::getId).containsExactly(second.getId());
  }

  @Test
  void theDatabaseRefusesAFileWithoutItsHash() {
    ActionState state = newState("Unhashed");
    Evidence file =
        persistence.inTransaction(
            em -> {
              Evidence evidence =
                  Evidence.file(
                      em.find(ActionState.class, state.getId()),
                      "a.txt",
                      "text/plain",
                      1,
                      "f".repeat(64),
                      em.find(User.class, jane.getId()));
              em.persist(evidence);
              em.persist(new EvidenceContent(evidence, new byte[] {'a'}));
              return evidence;
            });

    assertThatThrownBy(
            () -> nativeUpdate("UPDATE evidence SET sha256 = NULL WHERE id = ?", file.getId()))
        .isInstanceOf(PersistenceException.class)
        .rootCause()
        .message()
        .containsIgnoringCase("ck_evidence_kind");
    assertThatThrownBy(
            () ->
                nativeUpdate(
                    "UPDATE evidence SET url = 'https://example.org' WHERE id = ?", file.getId()))
        .isInstanceOf(PersistenceException.class);

    Evidence unchanged = persistence.inTransaction(em -> em.find(Evidence.class, file.getId()));
    assertThat(unchanged.getSha256()).contains("f".repeat(64));
    assertThat(unchanged.getUrl()).isEmpty();
  }

  @Test
  void theDatabaseRefusesALinkWithFileFields() {
    ActionState state = newState("Link with hash");
    Evidence link = addLink(state, "Policy", "https://example.org");

    assertThatThrownBy(
            () ->
                nativeUpdate(
                    "UPDATE evidence SET sha256 = '" + "a".repeat(64) + "' WHERE id = ?",
                    link.getId()))
        .isInstanceOf(PersistenceException.class)
        .rootCause()
        .message()
        .containsIgnoringCase("ck_evidence_kind");
    assertThatThrownBy(
            () -> nativeUpdate("UPDATE evidence SET url = NULL WHERE id = ?", link.getId()))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void theDatabaseKeepsTheTestingSourceParentAndTheParentTogether() {
    ActionState parent = newState("Check parent");
    ActionState state = newState("Check child");

    assertThatThrownBy(
            () ->
                nativeUpdate(
                    "UPDATE action_state SET testing_source = 'PARENT' WHERE id = ?",
                    state.getId()))
        .isInstanceOf(PersistenceException.class)
        .rootCause()
        .message()
        .containsIgnoringCase("ck_action_state_parent");
    assertThatThrownBy(
            () ->
                persistence.inTransactionDo(
                    em ->
                        em.createNativeQuery(
                                "UPDATE action_state SET parent_state_id = ? WHERE id = ?")
                            .setParameter(1, parent.getId())
                            .setParameter(2, state.getId())
                            .executeUpdate()))
        .isInstanceOf(PersistenceException.class)
        .rootCause()
        .message()
        .containsIgnoringCase("ck_action_state_parent");

    // Both together are fine.
    persistence.inTransactionDo(
        em ->
            assertThat(
                    em.createNativeQuery(
                            "UPDATE action_state SET testing_source = 'PARENT',"
                                + " parent_state_id = ? WHERE id = ?")
                        .setParameter(1, parent.getId())
                        .setParameter(2, state.getId())
                        .executeUpdate())
                .isEqualTo(1));
    ActionState following =
        persistence.inTransaction(em -> em.find(ActionState.class, state.getId()));
    assertThat(following.getTestingSource()).isEqualTo(TestingSource.PARENT);
    assertThat(following.getParent()).map(BaseEntity::getId).contains(parent.getId());
  }

  private static String titleOf(String name) {
    return "Workflow " + name;
  }

  /** A new technical action of the organization with its one state, saved; names are unique. */
  private static ActionState newState(String name) {
    return persistence.inTransaction(
        em -> {
          ImprovementAction action =
              new ImprovementAction(
                  titleOf(name),
                  ImplementationType.TECHNICAL,
                  Purpose.PREVENTIVE,
                  Enforcement.MANDATORY,
                  ActionOwner.ORGANIZATION,
                  null);
          em.persist(action);
          ActionState state = ActionState.scopedFor(action, 1);
          em.persist(state);
          return state;
        });
  }

  private static Evidence addLink(ActionState state, String title, String url) {
    return persistence.inTransaction(
        em -> {
          Evidence link =
              Evidence.link(
                  em.find(ActionState.class, state.getId()),
                  title,
                  url,
                  em.find(User.class, jane.getId()));
          em.persist(link);
          return link;
        });
  }

  /** A change saved in a transaction of its own, so each is written after the one before. */
  private static ActionChange record(Function<EntityManager, ActionChange> change) {
    return persistence.inTransaction(
        em -> {
          ActionChange made = change.apply(em);
          em.persist(made);
          return made;
        });
  }

  private static void nativeUpdate(String sql, long id) {
    persistence.inTransactionDo(
        em -> em.createNativeQuery(sql).setParameter(1, id).executeUpdate());
  }
}
