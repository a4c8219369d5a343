package org.complyscore.score.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.complyscore.access.boundary.TestUsers;
import org.complyscore.access.entity.Role;
import org.complyscore.action.boundary.ActionWorkflowService;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ActionState;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.assessment.entity.AssessmentStatus;
import org.complyscore.assessment.entity.ControlStatus;
import org.complyscore.score.control.ScoreQueries;
import org.complyscore.score.control.ScoreRow;
import org.complyscore.score.control.StatusQueries;
import org.complyscore.score.entity.Score;
import org.complyscore.score.entity.ScoreDimension;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.score.entity.ScoreReport;
import org.complyscore.testing.Scenarios;
import org.complyscore.testing.SignedInOwnerMechanism;
import org.complyscore.testing.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scoring rules as the database computes them, on Payara, against the numbers the rules give
 * (the same cases the unit tests of the rules use). Each test builds its own scenario with unique
 * names and looks only at its own assessments.
 */
@ExtendWith(ArquillianExtension.class)
class ScoringIT {

  @Deployment
  static WebArchive deployment() {
    return TestArchives.servicesWith(
        ScoringIT.class, Scenarios.class, SignedInOwnerMechanism.class, TestUsers.class);
  }

  @Inject private Scenarios scenarios;
  @Inject private ScoreQueries scoreQueries;
  @Inject private StatusQueries statusQueries;
  @Inject private ScoreService scoreService;
  @Inject private ActionWorkflowService workflow;
  @Inject private TestUsers testUsers;

  /** The workflow records who changed what: the test caller needs an account of its own. */
  @BeforeEach
  void theCallerHasAnAccount() {
    testUsers.ensure(SignedInOwnerMechanism.CALLER, Role.OWNER);
  }

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private String name(String what) {
    return what + " " + run;
  }

  private static ScoreFilter only(Set<Long> assessmentIds) {
    return ScoreFilter.NONE.withAssessments(assessmentIds);
  }

  private long action(ImplementationType type, ActionOwner owner, int points) {
    return scenarios.action(
        name("action " + type + " " + owner + " " + points + " " + UUID.randomUUID()),
        type,
        owner,
        Purpose.PREVENTIVE,
        points,
        null,
        null);
  }

  /** One template using the actions (one control each), assessed in {@code groups} new groups. */
  private List<Long> assessInGroups(int groups, List<Long> actionIds) {
    Map<String, List<Long>> controls = new LinkedHashMap<>();
    for (int i = 0; i < actionIds.size(); i++) {
      controls.put("C-" + i, List.of(actionIds.get(i)));
    }
    long template =
        scenarios.template(name("template " + UUID.randomUUID()), name("regulation"), controls);
    return java.util.stream.IntStream.range(0, groups)
        .mapToObj(
            i ->
                scenarios.assessment(
                    name("assessment " + i),
                    scenarios.group(name("group " + i + " " + UUID.randomUUID())),
                    template))
        .toList();
  }

  private void pass(long stateId) {
    scenarios.set(stateId, ImplementationStatus.IMPLEMENTED, TestStatus.PASSED, null);
  }

  @Test
  void aThreePointTechnicalActionInFiveGroupsGivesThreePoints() {
    long technical = action(ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION, 3);
    List<Long> assessments = assessInGroups(5, List.of(technical));
    Set<Long> states =
        assessments.stream().map(a -> scenarios.stateOf(a, technical)).collect(Collectors.toSet());

    pass(states.iterator().next());

    assertThat(states).hasSize(1);
    ScoreFilter filter = only(Set.copyOf(assessments));
    assertThat(scoreQueries.overall(filter)).isEqualTo(new Score(BigDecimal.valueOf(3), 3));
    assertThat(scoreQueries.score(ScoreDimension.ASSESSMENT, filter))
        .hasSize(5)
        .allSatisfy(row -> assertThat(row.score()).isEqualTo(new Score(BigDecimal.valueOf(3), 3)));
    assertThat(scoreQueries.score(ScoreDimension.GROUP, filter)).hasSize(5);
  }

  @Test
  void aThreePointNonTechnicalActionImplementedInFiveGroupsGivesFifteen() {
    long operational = action(ImplementationType.OPERATIONAL, ActionOwner.ORGANIZATION, 3);
    List<Long> assessments = assessInGroups(5, List.of(operational));
    List<Long> states = assessments.stream().map(a -> scenarios.stateOf(a, operational)).toList();
    ScoreFilter filter = only(Set.copyOf(assessments));

    states.forEach(this::pass);
    assertThat(Set.copyOf(states)).hasSize(5);
    assertThat(scoreQueries.overall(filter)).isEqualTo(new Score(BigDecimal.valueOf(15), 15));

    scenarios.set(states.get(0), ImplementationStatus.PLANNED, TestStatus.NONE, null);
    assertThat(scoreQueries.overall(filter)).isEqualTo(new Score(BigDecimal.valueOf(12), 15));
  }

  @Test
  void aProviderActionCountsOnceAndArrivesPassed() {
    long provided = action(ImplementationType.OPERATIONAL, ActionOwner.PROVIDER, 9);
    List<Long> assessments = assessInGroups(3, List.of(provided));

    assertThat(scoreQueries.overall(only(Set.copyOf(assessments))))
        .isEqualTo(new Score(BigDecimal.valueOf(9), 9));
  }

  @Test
  void anActionUsedByThreeControlsOfOneAssessmentCountsOnce() {
    long shared = action(ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION, 27);
    long template =
        scenarios.template(
            name("template shared"),
            name("regulation shared"),
            Map.of("A-1", List.of(shared), "A-2", List.of(shared), "A-3", List.of(shared)));
    long assessment =
        scenarios.assessment(
            name("assessment shared"), scenarios.group(name("group shared")), template);

    assertThat(scenarios.statesOf(assessment)).isEqualTo(1);
    assertThat(scoreQueries.overall(only(Set.of(assessment))))
        .isEqualTo(new Score(BigDecimal.ZERO, 27));
    assertThat(scoreQueries.score(ScoreDimension.ASSESSMENT, only(Set.of(assessment))))
        .singleElement()
        .satisfies(row -> assertThat(row.score().achievable()).isEqualTo(27));
  }

  @Test
  void outOfScopeLeavesTheDenominatorAndPartialTestsEarnTheirShare() {
    long big = action(ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION, 27);
    long small = action(ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION, 3);
    long assessment = assessInGroups(1, List.of(big, small)).get(0);
    ScoreFilter filter = only(Set.of(assessment));

    scenarios.set(
        scenarios.stateOf(assessment, small),
        ImplementationStatus.OUT_OF_SCOPE,
        TestStatus.NONE,
        null);
    assertThat(scoreQueries.overall(filter)).isEqualTo(new Score(BigDecimal.ZERO, 27));

    scenarios.set(
        scenarios.stateOf(assessment, big),
        ImplementationStatus.IMPLEMENTED,
        TestStatus.PARTIALLY_TESTED,
        new BigDecimal("0.6"));
    Score score = scoreQueries.overall(filter);
    assertThat(score).isEqualTo(new Score(new BigDecimal("16.2"), 27));
    assertThat(score.percent()).isEqualByComparingTo("60.0");
  }

  @Test
  void theDatabaseAgreesWithTheRulesOnEveryStatusCombination() {
    List<Long> actions = new java.util.ArrayList<>();
    for (ImplementationStatus implementation : ImplementationStatus.values()) {
      for (TestStatus test : TestStatus.values()) {
        actions.add(
            action(
                ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION, 1 + actions.size() % 99));
      }
    }
    long assessment = assessInGroups(1, actions).get(0);
    BigDecimal expectedAchieved = BigDecimal.ZERO;
    long expectedAchievable = 0;
    int i = 0;
    for (ImplementationStatus implementation : ImplementationStatus.values()) {
      for (TestStatus test : TestStatus.values()) {
        long stateId = scenarios.stateOf(assessment, actions.get(i++));
        if (implementation.isImplemented() || test == TestStatus.NONE) {
          scenarios.set(stateId, implementation, test, new BigDecimal("0.35"));
        } else {
          scenarios.set(stateId, implementation, TestStatus.NONE, null);
        }
        ActionState state = scenarios.state(stateId);
        expectedAchieved = expectedAchieved.add(state.getAchievedPoints());
        expectedAchievable += state.getAchievablePoints();
      }
    }

    assertThat(scoreQueries.overall(only(Set.of(assessment))))
        .isEqualTo(new Score(expectedAchieved, expectedAchievable));
  }

  @Test
  void filtersNarrowTheCountedSetAndCombine() {
    long category = scenarios.category(name("category"));
    long solution = scenarios.solution(name("solution"));
    long technical =
        scenarios.action(
            name("filter technical"),
            ImplementationType.TECHNICAL,
            ActionOwner.ORGANIZATION,
            Purpose.PREVENTIVE,
            27,
            category,
            solution);
    long documentation =
        scenarios.action(
            name("filter documentation"),
            ImplementationType.DOCUMENTATION,
            ActionOwner.ORGANIZATION,
            Purpose.DETECTIVE,
            3,
            null,
            null);
    List<Long> assessments = assessInGroups(2, List.of(technical, documentation));
    pass(scenarios.stateOf(assessments.get(0), documentation));
    ScoreFilter mine = only(Set.copyOf(assessments));

    assertThat(scoreQueries.overall(mine)).isEqualTo(new Score(BigDecimal.valueOf(3), 33));
    assertThat(
            scoreQueries.overall(
                mine.withImplementationTypes(Set.of(ImplementationType.TECHNICAL))))
        .isEqualTo(new Score(BigDecimal.ZERO, 27));
    assertThat(
            scoreQueries.overall(
                new ScoreFilter(
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    Set.of(Purpose.DETECTIVE),
                    Set.of(),
                    Set.of(),
                    Set.copyOf(assessments),
                    Set.of())))
        .isEqualTo(new Score(BigDecimal.valueOf(3), 6));
    assertThat(
            scoreQueries.overall(
                new ScoreFilter(
                    Set.of(),
                    Set.of(solution),
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    Set.of(category),
                    Set.copyOf(assessments),
                    Set.of(ActionOwner.ORGANIZATION))))
        .isEqualTo(new Score(BigDecimal.ZERO, 27));
    assertThat(scoreQueries.overall(mine.withRegulations(Set.of(name("regulation")))))
        .isEqualTo(new Score(BigDecimal.valueOf(3), 33));
    assertThat(scoreQueries.overall(mine.withRegulations(Set.of("no such regulation"))))
        .isEqualTo(Score.ZERO);
    assertThat(scoreQueries.score(ScoreDimension.CATEGORY, mine))
        .extracting(ScoreRow::key)
        .containsExactlyInAnyOrder(category, null);
    assertThat(scoreQueries.score(ScoreDimension.REGULATION, mine))
        .singleElement()
        .satisfies(row -> assertThat(row.score()).isEqualTo(new Score(BigDecimal.valueOf(3), 33)));
  }

  @Test
  void keyActionsAreTheOpenOnesWithTheMostPointsToGain() {
    long small = action(ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION, 3);
    long big = action(ImplementationType.OPERATIONAL, ActionOwner.ORGANIZATION, 9);
    long done = action(ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION, 27);
    List<Long> assessments = assessInGroups(2, List.of(small, big, done));
    pass(scenarios.stateOf(assessments.get(0), done));

    assertThat(scoreQueries.keyActions(only(Set.copyOf(assessments)), 10))
        .extracting(row -> row.actionId() + ":" + row.pointsToGain().toPlainString())
        .containsExactly(big + ":18", small + ":3");
  }

  @Test
  void controlAndAssessmentStatusesFromTheDatabaseMatchTheRules() {
    long a = action(ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION, 3);
    long b = action(ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION, 3);
    long c = action(ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION, 3);
    long d = action(ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION, 3);
    Map<String, List<Long>> controls = new LinkedHashMap<>();
    controls.put("PASSED", List.of(a));
    controls.put("PASSED+OOS", List.of(a, d));
    controls.put("OOS", List.of(d));
    controls.put("FAILED", List.of(a, b));
    controls.put("NONE", List.of(c));
    controls.put("IN_PROGRESS", List.of(a, c));
    long template =
        scenarios.template(name("status template"), name("status regulation"), controls);
    long assessment =
        scenarios.assessment(
            name("status assessment"), scenarios.group(name("status group")), template);
    pass(scenarios.stateOf(assessment, a));
    scenarios.set(
        scenarios.stateOf(assessment, b),
        ImplementationStatus.IMPLEMENTED,
        TestStatus.FAILED_MEDIUM_RISK,
        null);
    scenarios.set(
        scenarios.stateOf(assessment, d), ImplementationStatus.OUT_OF_SCOPE, TestStatus.NONE, null);

    Map<Long, ControlStatus> statuses = statusQueries.controlStatuses(assessment);

    assertThat(statuses.values())
        .containsExactlyInAnyOrder(
            ControlStatus.PASSED,
            ControlStatus.PASSED,
            ControlStatus.OUT_OF_SCOPE,
            ControlStatus.FAILED,
            ControlStatus.NONE,
            ControlStatus.IN_PROGRESS);
    StatusQueries.AssessmentProgress progress =
        statusQueries.assessmentProgress(List.of(assessment)).get(assessment);
    assertThat(progress.status()).isEqualTo(AssessmentStatus.INCOMPLETE);
    assertThat(progress.controls()).isEqualTo(new AssessmentStatus.ControlTally(6, 1, 2, 1, 1));
    assertThat(progress.controls().progressPercent()).isEqualByComparingTo("40.0");
  }

  @Test
  void everyActionStateIsLinkedByAnAssessment() {
    assessInGroups(2, List.of(action(ImplementationType.OPERATIONAL, ActionOwner.ORGANIZATION, 3)));

    assertThat(scenarios.unlinkedStates()).isZero();
  }

  @Test
  void changingAStatusThroughTheBoundaryChangesTheScoreAtOnce() {
    long technical = action(ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION, 27);
    long assessment = assessInGroups(1, List.of(technical)).get(0);
    long state = scenarios.stateOf(assessment, technical);
    ScoreFilter filter = only(Set.of(assessment));
    assertThat(scoreService.overall(filter)).isEqualTo(new Score(BigDecimal.ZERO, 27));

    long version = workflow.details(state).version();
    version =
        workflow
            .recordImplementation(
                state, version, ImplementationStatus.IMPLEMENTED, java.time.LocalDate.now(), "done")
            .version();
    workflow.recordTest(state, version, TestStatus.PASSED, java.time.LocalDate.now(), "verified");

    ScoreReport report = scoreService.report(filter);
    assertThat(report.overall()).isEqualTo(new Score(BigDecimal.valueOf(27), 27));
    assertThat(report.byAssessment())
        .singleElement()
        .satisfies(item -> assertThat(item.name()).isEqualTo(name("assessment 0")));
    assertThat(report.keyActions()).isEmpty();
  }
}
