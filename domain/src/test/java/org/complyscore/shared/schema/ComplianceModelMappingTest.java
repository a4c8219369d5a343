package org.complyscore.shared.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ActionState;
import org.complyscore.action.entity.Category;
import org.complyscore.action.entity.Enforcement;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.Solution;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.assessment.entity.Assessment;
import org.complyscore.assessment.entity.AssessmentGroup;
import org.complyscore.assessment.entity.Control;
import org.complyscore.assessment.entity.ControlFamily;
import org.complyscore.assessment.entity.Template;
import org.complyscore.assessment.entity.TemplateSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compliance model's entities against the schema of the migrations, on H2 and PostgreSQL. */
class ComplianceModelMappingTest {

  private static TestPersistence persistence;

  @BeforeAll
  static void open() {
    persistence = TestPersistence.open("model");
  }

  @AfterAll
  static void close() {
    persistence.close();
  }

  @Test
  void storesATemplateWithItsFamiliesControlsActionsAndAnAssessmentTrackingTheirStates() {
    String longNote = "A note without a length limit. ".repeat(5_000);
    long assessmentId =
        persistence.inTransaction(
            em -> {
              Category category = new Category("Mapped category", 1);
              Solution solution = new Solution("Mapped solution", "Where it is done");
              em.persist(category);
              em.persist(solution);
              ImprovementAction shared =
                  new ImprovementAction(
                          "Mapped shared action",
                          ImplementationType.OPERATIONAL,
                          Purpose.DETECTIVE,
                          Enforcement.MANDATORY,
                          ActionOwner.ORGANIZATION,
                          null)
                      .describe("What it is", "- **How** to do it")
                      .placeIn(category, solution);
              em.persist(shared);
              Template template =
                  new Template(
                          "Mapped template",
                          "Corporate IT",
                          "Mapped regulation",
                          TemplateSource.EXCEL)
                      .describeSource("1.0", "test");
              ControlFamily family = template.addFamily("AC", "Access Control");
              for (String key : List.of("AC-1", "AC-2", "AC-2(1)")) {
                family
                    .addControl(key, "Control " + key)
                    .describe(longNote, null)
                    .satisfiedBy(shared);
              }
              em.persist(template);
              AssessmentGroup group = new AssessmentGroup("Mapped group");
              em.persist(group);
              // States refer to their group by id only: the group must be in the database first.
              em.flush();
              Assessment assessment = new Assessment("Mapped assessment", group, template);
              ActionState state = ActionState.scopedFor(shared, group.getId());
              state.recordImplementation(
                  ImplementationStatus.IMPLEMENTED, LocalDate.of(2026, 1, 2), longNote);
              state.recordAutomatedResult(TestStatus.PARTIALLY_TESTED, new BigDecimal("0.6"));
              em.persist(state);
              assessment.track(state);
              em.persist(assessment);
              return assessment.getId();
            });

    persistence.inTransactionDo(
        em -> {
          Assessment assessment = em.find(Assessment.class, assessmentId);
          assertThat(assessment.getTemplate().getFamilies()).hasSize(1);
          List<Control> controls = assessment.getTemplate().getFamilies().get(0).getControls();
          assertThat(controls)
              .extracting(Control::getControlKey)
              .containsExactly("AC-1", "AC-2", "AC-2(1)");
          assertThat(controls.get(0).getStatement()).contains(longNote);
          assertThat(controls).allSatisfy(c -> assertThat(c.getActions()).hasSize(1));
          ActionState state = assessment.getActionStates().iterator().next();
          assertThat(state.getGroupId()).contains(assessment.getGroup().getId());
          assertThat(state.getImplementationNotes()).contains(longNote);
          assertThat(state.getImplementationDate()).contains(LocalDate.of(2026, 1, 2));
          assertThat(state.getPartialFraction())
              .hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.6"));
          assertThat(state.getAchievedPoints()).isEqualByComparingTo("1.8");
          assertThat(state.getAction().getCategory())
              .map(Category::getName)
              .contains("Mapped category");
          assertThat(state.getAction().getHowToImplement()).contains("- **How** to do it");
        });
  }

  @Test
  void holdsOneStatePerActionAndScope() {
    assertThatThrownBy(
            () ->
                persistence.inTransactionDo(
                    em -> {
                      ImprovementAction action =
                          new ImprovementAction(
                              "Mapped technical action",
                              ImplementationType.TECHNICAL,
                              Purpose.PREVENTIVE,
                              Enforcement.MANDATORY,
                              ActionOwner.ORGANIZATION,
                              null);
                      em.persist(action);
                      em.persist(ActionState.scopedFor(action, 1));
                      em.persist(ActionState.scopedFor(action, 2)); // the same organization scope
                    }))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void refusesTwoActionsWithOneTitle() {
    assertThatThrownBy(
            () ->
                persistence.inTransactionDo(
                    em -> {
                      for (int i = 0; i < 2; i++) {
                        em.persist(
                            new ImprovementAction(
                                "Mapped twin",
                                ImplementationType.TECHNICAL,
                                Purpose.PREVENTIVE,
                                Enforcement.MANDATORY,
                                ActionOwner.ORGANIZATION,
                                null));
                      }
                    }))
        .isInstanceOf(PersistenceException.class);
  }
}
