package org.complyscore.action.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.complyscore.access.boundary.TestUsers;
import org.complyscore.access.entity.Role;
import org.complyscore.action.control.ActionListQueries.Neighbours;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.action.entity.TestingSource;
import org.complyscore.score.boundary.ScoreService;
import org.complyscore.score.entity.Score;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.score.entity.ScoreReport;
import org.complyscore.shared.entity.InvalidInputException;
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
 * The improvement-action list as the database filters, sorts, groups and pages it, on Payara. Each
 * test builds the same small fixture with names unique to it and looks only at its own assessments,
 * groups and regulations, so the baseline data of the server and other tests do not matter.
 *
 * <p>The fixture: two groups A and B; template One (assessed in A and in B) and template Two
 * (assessed in A). Expected score impacts of the states, from the scoring rules:
 *
 * <pre>
 * state    action (type, points, category, solution)   status                    impact
 * alpha    technical, 27, cat A, sol A (One, Two)       implemented, untested      27    bob
 * betaA    operational, 9, cat B, sol A (One) in A      implemented, passed         0
 * betaB    same action in B                            planned                     9
 * gammaA   documentation, 3, -, sol B (One) in A        not implemented             3    alice
 * gammaB   same action in B                            implemented, failed low     3
 * delta    technical, 1, cat A, - (Two)                out of scope                0
 * epsilon  provider, technical, 9, -, sol B (One)       implemented, passed         0
 * zeta     technical, 3, cat B, sol B (One)             partially tested 0.5      1.5   automatic
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class ActionListQueriesIT {

  @Deployment
  static WebArchive deployment() {
    return TestArchives.servicesWith(
        ActionListQueriesIT.class, Scenarios.class, TestUsers.class, SignedInOwnerMechanism.class);
  }

  @Inject private ActionListService list;
  @Inject private ScoreService scores;
  @Inject private Scenarios scenarios;
  @Inject private TestUsers testUsers;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private long solutionA;
  private long solutionB;
  private long categoryA;
  private long categoryB;
  private long groupA;
  private long groupB;
  private long assessmentOneA;
  private long assessmentOneB;
  private long assessmentTwoA;
  private long alice;
  private long bob;

  private long alpha;
  private long betaA;
  private long betaB;
  private long gammaA;
  private long gammaB;
  private long delta;
  private long epsilon;
  private long zeta;

  @BeforeEach
  void buildFixture() {
    testUsers.create("alice-" + run, null, Role.CONTRIBUTOR, "a long enough password", true);
    testUsers.create("bob-" + run, null, Role.CONTRIBUTOR, "a long enough password", true);
    alice = testUsers.get("alice-" + run).getId();
    bob = testUsers.get("bob-" + run).getId();
    solutionA = scenarios.solution(name("Solution A"));
    solutionB = scenarios.solution(name("Solution B"));
    categoryA = scenarios.category(name("Category A"));
    categoryB = scenarios.category(name("Category B"));

    long alphaAction =
        action("Alpha firewall", ImplementationType.TECHNICAL, 27, categoryA, solutionA);
    long betaAction =
        action("Beta key_rotation", ImplementationType.OPERATIONAL, 9, categoryB, solutionA);
    long gammaAction =
        action("Gamma keyXrotation", ImplementationType.DOCUMENTATION, 3, null, solutionB);
    long deltaAction =
        action("Delta coverage 50%", ImplementationType.TECHNICAL, 1, categoryA, null);
    long epsilonAction =
        scenarios.action(
            name("Epsilon provider"),
            ImplementationType.TECHNICAL,
            ActionOwner.PROVIDER,
            Purpose.PREVENTIVE,
            9,
            null,
            solutionB);
    long zetaAction =
        action("Zeta coverage 500", ImplementationType.TECHNICAL, 3, categoryB, solutionB);

    Map<String, List<Long>> one = new LinkedHashMap<>();
    one.put(key("K1"), List.of(alphaAction, betaAction));
    one.put(key("K2"), List.of(gammaAction));
    one.put(key("K3"), List.of(epsilonAction));
    one.put(key("K6"), List.of(zetaAction));
    Map<String, List<Long>> two = new LinkedHashMap<>();
    two.put(key("K4"), List.of(deltaAction));
    two.put(key("K5"), List.of(alphaAction));
    long templateOne = scenarios.template(name("Template One"), name("Reg One"), one);
    long templateTwo = scenarios.template(name("Template Two"), name("Reg Two"), two);
    groupA = scenarios.group(name("Group A"));
    groupB = scenarios.group(name("Group B"));
    assessmentOneA = scenarios.assessment(name("Assessment One A"), groupA, templateOne);
    assessmentOneB = scenarios.assessment(name("Assessment One B"), groupB, templateOne);
    assessmentTwoA = scenarios.assessment(name("Assessment Two A"), groupA, templateTwo);

    alpha = scenarios.stateOf(assessmentOneA, alphaAction);
    betaA = scenarios.stateOf(assessmentOneA, betaAction);
    betaB = scenarios.stateOf(assessmentOneB, betaAction);
    gammaA = scenarios.stateOf(assessmentOneA, gammaAction);
    gammaB = scenarios.stateOf(assessmentOneB, gammaAction);
    delta = scenarios.stateOf(assessmentTwoA, deltaAction);
    epsilon = scenarios.stateOf(assessmentOneA, epsilonAction);
    zeta = scenarios.stateOf(assessmentOneA, zetaAction);

    scenarios.set(alpha, ImplementationStatus.IMPLEMENTED, TestStatus.NONE, null);
    scenarios.set(betaA, ImplementationStatus.IMPLEMENTED, TestStatus.PASSED, null);
    scenarios.set(betaB, ImplementationStatus.PLANNED, TestStatus.NONE, null);
    scenarios.set(gammaB, ImplementationStatus.IMPLEMENTED, TestStatus.FAILED_LOW_RISK, null);
    scenarios.set(delta, ImplementationStatus.OUT_OF_SCOPE, TestStatus.NONE, null);
    scenarios.set(
        zeta, ImplementationStatus.IMPLEMENTED, TestStatus.PARTIALLY_TESTED, new BigDecimal("0.5"));
    scenarios.assign(alpha, "bob-" + run);
    scenarios.assign(gammaA, "alice-" + run);
  }

  @Test
  void theListOpensWithoutPassedActionsMostPointsToGainFirstAndTiesByStateId() {
    ActionPage page = list.page(request(mine().build()), 0, 50);

    assertThat(page.total()).isEqualTo(6);
    assertThat(ids(page.rows()))
        .containsExactly(
            alpha, betaB, Math.max(gammaA, gammaB), Math.min(gammaA, gammaB), zeta, delta);
    assertThat(page.rows())
        .extracting(row -> row.scoreImpact().toPlainString())
        .containsExactly("27", "9", "3", "3", "1.5", "0");
    ActionRow first = page.rows().get(0);
    assertThat(first.title()).isEqualTo(name("Alpha firewall"));
    assertThat(first.points()).isEqualTo(27);
    assertThat(first.achievedPoints()).isEqualByComparingTo("0");
    assertThat(first.achievablePoints()).isEqualTo(27);
    assertThat(first.implementationStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
    assertThat(first.testStatus()).isEqualTo(TestStatus.NONE);
    assertThat(first.solution()).isEqualTo(name("Solution A"));
    assertThat(first.category()).isEqualTo(name("Category A"));
    assertThat(first.groupId()).isNull();
    assertThat(first.assigneeId()).isEqualTo(bob);
    assertThat(first.assigneeName()).isEqualTo("bob-" + run);
    assertThat(first.regulations()).containsExactly(name("Reg One"), name("Reg Two"));
    assertThat(first.assessments())
        .containsExactly(
            name("Assessment One A"), name("Assessment One B"), name("Assessment Two A"));
    ActionRow partial = page.rows().get(4);
    assertThat(partial.achievedPoints()).isEqualByComparingTo("1.5");
    assertThat(partial.testingSource()).isEqualTo(TestingSource.AUTOMATIC);
    ActionRow outOfScope = page.rows().get(5);
    assertThat(outOfScope.achievablePoints()).isZero();
    ActionRow perGroup = page.rows().get(1);
    assertThat(perGroup.groupId()).isEqualTo(groupB);
    assertThat(perGroup.groupName()).isEqualTo(name("Group B"));
    assertThat(perGroup.assessments()).containsExactly(name("Assessment One B"));
  }

  @Test
  void includePassedShowsThePassedActionsToo() {
    ActionPage page = list.page(request(mine().includePassed(true).build()), 0, 50);

    assertThat(page.total()).isEqualTo(8);
    List<Long> zeroImpact = sortedDescending(delta, betaA, epsilon);
    assertThat(ids(page.rows()))
        .containsExactly(
            alpha,
            betaB,
            Math.max(gammaA, gammaB),
            Math.min(gammaA, gammaB),
            zeta,
            zeroImpact.get(0),
            zeroImpact.get(1),
            zeroImpact.get(2));
  }

  @Test
  void eachFilterNarrowsToExactlyItsStates() {
    assertThat(ids(mine().solutions(Set.of(solutionA)))).containsExactlyInAnyOrder(alpha, betaB);
    assertThat(ids(mine().solutions(Set.of(solutionA)).includePassed(true)))
        .containsExactlyInAnyOrder(alpha, betaA, betaB);
    assertThat(ids(mine().solutions(Set.of(solutionB))))
        .containsExactlyInAnyOrder(gammaA, gammaB, zeta);
    assertThat(ids(mine().categories(Set.of(categoryA)))).containsExactlyInAnyOrder(alpha, delta);
    assertThat(ids(mine().categories(Set.of(categoryB)))).containsExactlyInAnyOrder(betaB, zeta);
    assertThat(ids(mine().implementationTypes(Set.of(ImplementationType.TECHNICAL))))
        .containsExactlyInAnyOrder(alpha, delta, zeta);
    assertThat(ids(mine().implementationTypes(Set.of(ImplementationType.DOCUMENTATION))))
        .containsExactlyInAnyOrder(gammaA, gammaB);
    assertThat(ids(mine().owners(Set.of(ActionOwner.PROVIDER)).includePassed(true)))
        .containsExactly(epsilon);
  }

  @Test
  void statusAndTestingSourceFiltersNarrowToExactlyTheirStates() {
    assertThat(ids(mine().implementationStatuses(Set.of(ImplementationStatus.IMPLEMENTED))))
        .containsExactlyInAnyOrder(alpha, gammaB, zeta);
    assertThat(
            ids(
                mine()
                    .implementationStatuses(
                        Set.of(ImplementationStatus.PLANNED, ImplementationStatus.OUT_OF_SCOPE))))
        .containsExactlyInAnyOrder(betaB, delta);
    assertThat(ids(mine().implementationStatuses(Set.of(ImplementationStatus.NOT_IMPLEMENTED))))
        .containsExactly(gammaA);
    assertThat(ids(mine().testStatuses(Set.of(TestStatus.FAILED_LOW_RISK))))
        .containsExactly(gammaB);
    assertThat(ids(mine().testStatuses(Set.of(TestStatus.NONE))))
        .containsExactlyInAnyOrder(alpha, betaB, gammaA, delta);
    // Asking for Passed shows passed actions although includePassed is off.
    assertThat(ids(mine().testStatuses(Set.of(TestStatus.PASSED))))
        .containsExactlyInAnyOrder(betaA, epsilon);
    assertThat(ids(mine().testingSources(Set.of(TestingSource.AUTOMATIC)))).containsExactly(zeta);
    assertThat(ids(mine().testingSources(Set.of(TestingSource.MANUAL))))
        .containsExactlyInAnyOrder(alpha, betaB, gammaA, gammaB, delta);
  }

  @Test
  void theAssigneeFilterTakesPeopleNobodyOrBoth() {
    assertThat(ids(mine().assignees(Set.of(alice)))).containsExactly(gammaA);
    assertThat(ids(mine().assignees(Set.of(alice, bob)))).containsExactlyInAnyOrder(gammaA, alpha);
    assertThat(ids(mine().unassigned(true))).containsExactlyInAnyOrder(betaB, gammaB, zeta, delta);
    assertThat(ids(mine().assignees(Set.of(alice)).unassigned(true)))
        .containsExactlyInAnyOrder(gammaA, betaB, gammaB, zeta, delta);
  }

  @Test
  void regulationGroupAndAssessmentFiltersFollowTheAssessmentLinks() {
    assertThat(ids(ActionFilter.builder().regulations(Set.of(name("Reg Two")))))
        .containsExactlyInAnyOrder(alpha, delta);
    assertThat(ids(ActionFilter.builder().regulations(Set.of(name("Reg One")))))
        .containsExactlyInAnyOrder(alpha, betaB, gammaA, gammaB, zeta);
    assertThat(ids(ActionFilter.builder().groups(Set.of(groupB))))
        .containsExactlyInAnyOrder(alpha, betaB, gammaB, zeta);
    assertThat(ids(ActionFilter.builder().groups(Set.of(groupA))))
        .containsExactlyInAnyOrder(alpha, gammaA, zeta, delta);
    assertThat(ids(ActionFilter.builder().assessments(Set.of(assessmentTwoA))))
        .containsExactlyInAnyOrder(alpha, delta);
    assertThat(
            ids(
                ActionFilter.builder()
                    .groups(Set.of(groupB))
                    .implementationTypes(Set.of(ImplementationType.TECHNICAL))))
        .containsExactlyInAnyOrder(alpha, zeta);
    assertThat(ids(ActionFilter.builder().regulations(Set.of(name("Reg Three"))))).isEmpty();
  }

  @Test
  void textSearchMatchesTitlesInAnyCaseAndControlIds() {
    assertThat(ids(mine().text("  ALPHA FireWall "))).containsExactly(alpha);
    // Gamma's title does not hold its control id; only the control it is mapped to does.
    assertThat(ids(mine().text(key("k2")))).containsExactlyInAnyOrder(gammaA, gammaB);
    assertThat(ids(mine().text(key("K5")))).containsExactly(alpha);
    assertThat(ids(mine().text(key("K1")))).containsExactlyInAnyOrder(alpha, betaB);
    assertThat(ids(mine().text("no such words " + run))).isEmpty();
  }

  @Test
  void textSearchTakesPercentAndUnderscoreLiterally() {
    // Unescaped, "50%" would also match "coverage 500" and "y_r" also "keyXrotation".
    assertThat(ids(mine().text("50%"))).containsExactly(delta);
    assertThat(ids(mine().text("y_r").includePassed(true))).containsExactlyInAnyOrder(betaA, betaB);
    assertThat(ids(mine().text("%"))).containsExactly(delta);
    assertThat(ids(mine().text("_"))).containsExactly(betaB);
  }

  @Test
  void pagesCutTheListInOrderAndKeepTheTotal() {
    ActionListRequest request = request(mine().build());
    long high = Math.max(gammaA, gammaB);
    long low = Math.min(gammaA, gammaB);

    ActionPage first = list.page(request, 0, 2);
    ActionPage second = list.page(request, 2, 2);
    ActionPage third = list.page(request, 4, 2);
    ActionPage beyond = list.page(request, 6, 2);

    assertThat(ids(first.rows())).containsExactly(alpha, betaB);
    assertThat(ids(second.rows())).containsExactly(high, low);
    assertThat(ids(third.rows())).containsExactly(zeta, delta);
    assertThat(beyond.rows()).isEmpty();
    assertThat(List.of(first.total(), second.total(), third.total(), beyond.total()))
        .containsOnly(6L);
    assertThat(ids(list.rows(request, 1, 3))).containsExactly(betaB, high, low);
    assertThat(first.groups())
        .singleElement()
        .satisfies(
            group -> {
              assertThat(group.key()).isNull();
              assertThat(group.shown()).isEqualTo(6);
              assertThat(group.achieved()).isEqualByComparingTo("19.5");
              assertThat(group.achievable()).isEqualTo(63);
            });
    assertThat(list.page(request, 0, ActionListService.PAGE_MAX).rows()).hasSize(6);
  }

  @Test
  void badPagesAreRefusedNamingTheField() {
    ActionListRequest request = request(mine().build());

    assertRefused(() -> list.page(request, 0, 0), "size");
    assertRefused(() -> list.page(request, 0, ActionListService.PAGE_MAX + 1), "size");
    assertRefused(() -> list.page(request, -1, 10), "first");
    assertRefused(() -> list.rows(request, 0, 0), "size");
    assertRefused(() -> list.rows(request, -5, 10), "first");
  }

  @Test
  void groupingBySolutionGivesTheScoresSolutionBreakdown() {
    ActionListRequest request =
        new ActionListRequest(
            mine().build(), ActionGrouping.SOLUTION, ActionOrder.SCORE_IMPACT, true);

    ActionPage page = list.page(request, 0, 50);

    // Points count passed actions too (betaA, epsilon); the shown rows do not.
    assertThat(page.groups())
        .extracting(ActionListQueriesIT::describe)
        .containsExactly(
            solutionA + " " + name("Solution A") + " shown 2: 9/45",
            solutionB + " " + name("Solution B") + " shown 3: 10.5/18",
            "null null shown 1: 0/0");
    assertThat(page.groups().stream().mapToLong(GroupSummary::shown).sum())
        .isEqualTo(page.total())
        .isEqualTo(6);
    ScoreReport report = scores.report(ScoreFilter.NONE.withAssessments(myAssessments()));
    assertThat(points(page.groups()))
        .isEqualTo(
            report.bySolution().stream()
                .collect(
                    Collectors.toMap(
                        item -> String.valueOf(item.id()), item -> points(item.score()))));
    assertThat(ids(page.rows()))
        .containsExactly(
            alpha, betaB, Math.max(gammaA, gammaB), Math.min(gammaA, gammaB), zeta, delta);
  }

  @Test
  void groupingByGroupPutsPerGroupStatesUnderTheirGroupAndTheRestOrganizationWide() {
    ActionListRequest request =
        new ActionListRequest(mine().build(), ActionGrouping.GROUP, ActionOrder.SCORE_IMPACT, true);

    ActionPage page = list.page(request, 0, 50);

    assertThat(page.groups())
        .extracting(ActionListQueriesIT::describe)
        .containsExactly(
            "null null shown 3: 10.5/39",
            groupA + " " + name("Group A") + " shown 1: 9/12",
            groupB + " " + name("Group B") + " shown 2: 0/12");
    assertThat(page.groups().stream().mapToLong(GroupSummary::shown).sum())
        .isEqualTo(page.total())
        .isEqualTo(6);
    // A group's own states are the organization's non-technical actions: the score's group
    // breakdown of exactly those actions gives the same points.
    ScoreFilter perGroupActions =
        new ScoreFilter(
            Set.of(),
            Set.of(),
            Set.of(ImplementationType.OPERATIONAL, ImplementationType.DOCUMENTATION),
            Set.of(),
            Set.of(),
            Set.of(),
            myAssessments(),
            Set.of(ActionOwner.ORGANIZATION));
    Map<String, String> perGroupScores =
        scores.report(perGroupActions).byGroup().stream()
            .collect(
                Collectors.toMap(item -> String.valueOf(item.id()), item -> points(item.score())));
    Map<String, String> summaries = points(page.groups());
    assertThat(perGroupScores)
        .containsOnly(
            Map.entry(String.valueOf(groupA), summaries.get(String.valueOf(groupA))),
            Map.entry(String.valueOf(groupB), summaries.get(String.valueOf(groupB))));
    // And all headers together are the overall score: each state counts once.
    Score overall = scores.report(ScoreFilter.NONE.withAssessments(myAssessments())).overall();
    assertThat(overall).isEqualTo(new Score(new BigDecimal("19.5"), 63));
    assertThat(
            page.groups().stream()
                .map(GroupSummary::achieved)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(overall.achieved());
    assertThat(page.groups().stream().mapToLong(GroupSummary::achievable).sum())
        .isEqualTo(overall.achievable());
    assertThat(ids(page.rows())).containsExactly(alpha, zeta, delta, gammaA, betaB, gammaB);
  }

  @Test
  void neighboursFollowTheListOrder() {
    ActionListRequest request = request(mine().build());
    long high = Math.max(gammaA, gammaB);

    assertThat(list.neighbours(request, betaB)).contains(new Neighbours(alpha, high, 2, 6));
    assertThat(list.neighbours(request, alpha)).contains(new Neighbours(null, betaB, 1, 6));
    assertThat(list.neighbours(request, delta)).contains(new Neighbours(zeta, null, 6, 6));
    // Passed, so not in the list.
    assertThat(list.neighbours(request, betaA)).isEmpty();
    // Not in the filtered list at all.
    assertThat(list.neighbours(request(mine().solutions(Set.of(solutionA)).build()), zeta))
        .isEmpty();
    ActionListRequest grouped =
        new ActionListRequest(mine().build(), ActionGrouping.GROUP, ActionOrder.SCORE_IMPACT, true);
    assertThat(list.neighbours(grouped, gammaA)).contains(new Neighbours(delta, betaB, 4, 6));
  }

  private void assertRefused(Runnable call, String field) {
    assertThatThrownBy(call::run)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).getField()).isEqualTo(field));
  }

  private ActionFilter.Builder mine() {
    return ActionFilter.builder().assessments(myAssessments());
  }

  private Set<Long> myAssessments() {
    return Set.of(assessmentOneA, assessmentOneB, assessmentTwoA);
  }

  private static ActionListRequest request(ActionFilter filter) {
    return new ActionListRequest(filter, ActionGrouping.NONE, ActionOrder.SCORE_IMPACT, true);
  }

  /** The state ids of the whole list under the filter, in list order. */
  private List<Long> ids(ActionFilter.Builder filter) {
    ActionPage page = list.page(request(filter.build()), 0, 100);
    assertThat(page.total()).isEqualTo(page.rows().size());
    return ids(page.rows());
  }

  private static List<Long> ids(List<ActionRow> rows) {
    return rows.stream().map(ActionRow::stateId).toList();
  }

  private static List<Long> sortedDescending(Long... ids) {
    return Arrays.stream(ids).sorted(Comparator.reverseOrder()).toList();
  }

  private static String describe(GroupSummary group) {
    return group.key()
        + " "
        + group.label()
        + " shown "
        + group.shown()
        + ": "
        + plain(group.achieved())
        + "/"
        + group.achievable();
  }

  /** The points of each group header by key ("null" for none). */
  private static Map<String, String> points(List<GroupSummary> groups) {
    return groups.stream()
        .collect(
            Collectors.toMap(
                group -> String.valueOf(group.key()),
                group -> plain(group.achieved()) + "/" + group.achievable()));
  }

  private static String points(Score score) {
    return plain(score.achieved()) + "/" + score.achievable();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private long action(
      String title, ImplementationType type, int points, Long categoryId, Long solutionId) {
    return scenarios.action(
        name(title),
        type,
        ActionOwner.ORGANIZATION,
        Purpose.PREVENTIVE,
        points,
        categoryId,
        solutionId);
  }

  private String name(String what) {
    return what + " " + run;
  }

  /** A control id unique to this test. */
  private String key(String prefix) {
    return prefix + "-" + run;
  }
}
