package org.complyscore.score.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.complyscore.access.boundary.TestUsers;
import org.complyscore.access.entity.Role;
import org.complyscore.action.boundary.ActionFilter;
import org.complyscore.action.boundary.ActionGrouping;
import org.complyscore.action.boundary.ActionListRequest;
import org.complyscore.action.boundary.ActionListService;
import org.complyscore.action.boundary.ActionOrder;
import org.complyscore.action.boundary.ActionRow;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.audit.boundary.AuditLogService;
import org.complyscore.score.control.ScoreQueries;
import org.complyscore.score.control.ScoreReports;
import org.complyscore.score.entity.DailyScore;
import org.complyscore.score.entity.Score;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.score.entity.ScoreReport;
import org.complyscore.score.entity.ScoreReport.Item;
import org.complyscore.score.entity.ScoreReport.KeyAction;
import org.complyscore.testing.CurrentResponse;
import org.complyscore.testing.Scenarios;
import org.complyscore.testing.SignIn;
import org.complyscore.testing.SignedInAsMechanism;
import org.complyscore.testing.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Overview's score on Payara: reports with their open counts and key actions, the daily
 * snapshots and the trend read back from them, and each person's kept filter.
 *
 * <p>Each test builds this scenario with names unique to it; the expected numbers follow from the
 * scoring rules:
 *
 * <pre>
 * action    type, points, category, solution   assessment (group)   status               points
 * passed    technical, 27, C, S                 A (G1)               implemented, passed  27 / 27
 * planned   operational, 9, C, S                A (G1)               planned               0 / 9
 * partial   technical, 3, C, S                  A (G1)               partially tested .5 1.5 / 3
 * loose     documentation, 1, -, -              B (G2)               not implemented       0 / 1
 * extra     technical, 3, -, -                  B (G2)               implemented, passed   3 / 3
 * </pre>
 *
 * Under assessment A: 28.5 / 39, three actions, two open. Under A and B: 31.5 / 43, five actions,
 * three open.
 *
 * <p>Snapshots cover the whole database, so the tests compare them with the report of the same
 * moment and check this scenario's lines exactly. Days: the trend test takes today−1000 (the first
 * day of all), today−100, today−10, today−1 and today; the report tests take today−500; no test
 * takes today−3000.
 */
@ExtendWith(ArquillianExtension.class)
class ScoreHistoryIT {

  @Deployment
  static WebArchive deployment() {
    return TestArchives.servicesWith(
        ScoreHistoryIT.class,
        ScoreHistoryFixtures.class,
        Scenarios.class,
        TestUsers.class,
        SignedInAsMechanism.class,
        SignIn.class,
        CurrentResponse.class);
  }

  private static final LocalDate TODAY = LocalDate.now();
  private static final LocalDate REPORT_DAY = TODAY.minusDays(500);

  @Inject private Scenarios scenarios;
  @Inject private TestUsers testUsers;
  @Inject private ScoreHistoryFixtures fixtures;
  @Inject private ScoreQueries scoreQueries;
  @Inject private ScoreReports scoreReports;
  @Inject private ScoreService scoreService;
  @Inject private SavedScoreFilters savedFilters;
  @Inject private ActionListService actionList;
  @Inject private SignIn signIn;
  @Inject private AuditLogService auditLog;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private long category;
  private long solution;
  private long groupOne;
  private long groupTwo;
  private long assessmentA;
  private long assessmentB;
  private long passedAction;
  private long plannedAction;
  private long partialAction;
  private long passed;
  private long planned;
  private long partial;
  private long loose;
  private long extra;

  @BeforeEach
  void buildScenario() {
    testUsers.ensure(SignedInAsMechanism.CALLER, Role.OWNER);
    category = scenarios.category(name("Category C"));
    solution = scenarios.solution(name("Solution S"));
    passedAction = action("passed", ImplementationType.TECHNICAL, 27, category, solution);
    plannedAction = action("planned", ImplementationType.OPERATIONAL, 9, category, solution);
    partialAction = action("partial", ImplementationType.TECHNICAL, 3, category, solution);
    long looseAction = action("loose", ImplementationType.DOCUMENTATION, 1, null, null);
    long extraAction = action("extra", ImplementationType.TECHNICAL, 3, null, null);
    Map<String, List<Long>> one = new LinkedHashMap<>();
    one.put("K1", List.of(passedAction));
    one.put("K2", List.of(plannedAction));
    one.put("K3", List.of(partialAction));
    Map<String, List<Long>> two = new LinkedHashMap<>();
    two.put("L1", List.of(looseAction));
    two.put("L2", List.of(extraAction));
    long templateOne = scenarios.template(name("Template One"), regulationOne(), one);
    long templateTwo = scenarios.template(name("Template Two"), regulationTwo(), two);
    groupOne = scenarios.group(name("Group G1"));
    groupTwo = scenarios.group(name("Group G2"));
    assessmentA = scenarios.assessment(name("Assessment A"), groupOne, templateOne);
    assessmentB = scenarios.assessment(name("Assessment B"), groupTwo, templateTwo);
    passed = scenarios.stateOf(assessmentA, passedAction);
    planned = scenarios.stateOf(assessmentA, plannedAction);
    partial = scenarios.stateOf(assessmentA, partialAction);
    loose = scenarios.stateOf(assessmentB, looseAction);
    extra = scenarios.stateOf(assessmentB, extraAction);
    scenarios.set(passed, ImplementationStatus.IMPLEMENTED, TestStatus.PASSED, null);
    scenarios.set(planned, ImplementationStatus.PLANNED, TestStatus.NONE, null);
    scenarios.set(
        partial,
        ImplementationStatus.IMPLEMENTED,
        TestStatus.PARTIALLY_TESTED,
        new BigDecimal("0.5"));
    scenarios.set(extra, ImplementationStatus.IMPLEMENTED, TestStatus.PASSED, null);
  }

  // ---------------------------------------------------------------- reports and open counts

  @Test
  void aReportUnderOneAssessmentHasTheScenariosExactNumbers() {
    ScoreReport report = scoreService.report(underA());

    assertThat(report.overall()).isEqualTo(score("28.5", 39));
    assertThat(report.overall().percent()).isEqualByComparingTo("73.1");
    assertThat(report.byCategory())
        .containsExactly(new Item(category, name("Category C"), score("28.5", 39), 3, 2));
    assertThat(report.bySolution())
        .containsExactly(new Item(solution, name("Solution S"), score("28.5", 39), 3, 2));
    assertThat(report.byAssessment())
        .containsExactly(new Item(assessmentA, name("Assessment A"), score("28.5", 39), 3, 2));
    assertThat(report.byGroup())
        .containsExactly(new Item(groupOne, name("Group G1"), score("28.5", 39), 3, 2));
    assertThat(report.byRegulation())
        .containsExactly(new Item(null, regulationOne(), score("28.5", 39), 3, 2));
  }

  @Test
  void aReportUnderTwoAssessmentsHasANoneLineForActionsWithoutCategoryOrSolution() {
    ScoreReport report = scoreService.report(underAandB());

    assertThat(report.overall()).isEqualTo(score("31.5", 43));
    // "(none)" sorts before letters.
    assertThat(report.byCategory())
        .containsExactly(
            new Item(null, "(none)", score("3", 4), 2, 1),
            new Item(category, name("Category C"), score("28.5", 39), 3, 2));
    assertThat(report.bySolution())
        .containsExactly(
            new Item(null, "(none)", score("3", 4), 2, 1),
            new Item(solution, name("Solution S"), score("28.5", 39), 3, 2));
    assertThat(report.byAssessment())
        .containsExactly(
            new Item(assessmentA, name("Assessment A"), score("28.5", 39), 3, 2),
            new Item(assessmentB, name("Assessment B"), score("3", 4), 2, 1));
    assertThat(report.byGroup())
        .containsExactly(
            new Item(groupOne, name("Group G1"), score("28.5", 39), 3, 2),
            new Item(groupTwo, name("Group G2"), score("3", 4), 2, 1));
    assertThat(report.byRegulation())
        .containsExactly(
            new Item(null, regulationOne(), score("28.5", 39), 3, 2),
            new Item(null, regulationTwo(), score("3", 4), 2, 1));
  }

  @Test
  void openCountsAreWhatTheActionListShowsForTheSameFilter() {
    ScoreFilter filter = underAandB();
    ScoreReport report = scoreService.report(filter);

    assertThat(listed(filter)).containsExactlyInAnyOrder(planned, partial, loose);
    assertThat(report.byCategory().stream().mapToLong(Item::open).sum()).isEqualTo(3);
    Item categoryC = itemOf(report.byCategory(), category);
    assertThat(categoryC.open()).isEqualTo(2);
    assertThat(listed(filter.withCategories(Set.of(category))))
        .hasSize((int) categoryC.open())
        .containsExactlyInAnyOrder(planned, partial);
    Item solutionS = itemOf(report.bySolution(), solution);
    assertThat(solutionS.open()).isEqualTo(2);
    assertThat(listed(filter.withSolutions(Set.of(solution))))
        .hasSize((int) solutionS.open())
        .containsExactlyInAnyOrder(planned, partial);
    Item assessmentRowA = itemOf(report.byAssessment(), assessmentA);
    assertThat(assessmentRowA.open()).isEqualTo(2);
    assertThat(listed(filter.withAssessments(Set.of(assessmentA))))
        .hasSize((int) assessmentRowA.open())
        .containsExactlyInAnyOrder(planned, partial);
    Item assessmentRowB = itemOf(report.byAssessment(), assessmentB);
    assertThat(assessmentRowB.open()).isEqualTo(1);
    assertThat(listed(filter.withAssessments(Set.of(assessmentB)))).containsExactly(loose);
    Item groupRowTwo = itemOf(report.byGroup(), groupTwo);
    assertThat(groupRowTwo.open()).isEqualTo(1);
    assertThat(listed(filter.withGroups(Set.of(groupTwo)))).containsExactly(loose);

    // Passing one changes the count and the list alike.
    scenarios.set(planned, ImplementationStatus.IMPLEMENTED, TestStatus.PASSED, null);
    Item afterwards = itemOf(scoreService.report(filter).byCategory(), category);
    assertThat(afterwards)
        .isEqualTo(new Item(category, name("Category C"), score("37.5", 39), 3, 1));
    assertThat(listed(filter.withCategories(Set.of(category)))).containsExactly(partial);
  }

  @Test
  void theOverviewIsTheReportWithoutTheGroupAndRegulationBreakdowns() {
    for (ScoreFilter filter : List.of(underA(), underAandB(), ScoreFilter.NONE)) {
      ScoreReport report = scoreReports.report(filter, ScoreReports.ALL);
      ScoreReport overview = scoreService.overview(filter);

      assertThat(overview.overall()).isEqualTo(report.overall());
      assertThat(overview.byCategory()).isEqualTo(report.byCategory());
      assertThat(overview.byAssessment()).isEqualTo(report.byAssessment());
      assertThat(overview.bySolution()).isEqualTo(report.bySolution());
      assertThat(overview.keyActions()).isEqualTo(report.keyActions());
      assertThat(overview.byGroup()).isEmpty();
      assertThat(overview.byRegulation()).isEmpty();
      assertThat(report.byGroup()).isNotEmpty();
      assertThat(report.byRegulation()).isNotEmpty();
    }
    assertThat(scoreService.overview(underA()).bySolution())
        .containsExactly(new Item(solution, name("Solution S"), score("28.5", 39), 3, 2));
  }

  @Test
  void aFilterThatKeepsNothingHasAnEmptyReport() {
    ScoreFilter nothing = underAandB().withRegulations(Set.of(name("no such regulation")));

    ScoreReport report = scoreService.report(nothing);

    assertThat(report.overall()).isEqualTo(Score.ZERO);
    assertThat(report.byCategory()).isEmpty();
    assertThat(report.byAssessment()).isEmpty();
    assertThat(report.bySolution()).isEmpty();
    assertThat(report.byGroup()).isEmpty();
    assertThat(report.byRegulation()).isEmpty();
    assertThat(report.keyActions()).isEmpty();
  }

  // ---------------------------------------------------------------- key actions

  @Test
  void keyActionsAreTheOpenActionsWithTheirFirstOpenStateAndItsStatuses() {
    List<KeyAction> keyActions = scoreService.overview(underA()).keyActions();

    assertThat(keyActions)
        .containsExactly(
            new KeyAction(
                plannedAction,
                name("planned"),
                new BigDecimal("9"),
                new BigDecimal("23.1"), // 9 of 39
                1,
                planned,
                name("Solution S"),
                ImplementationStatus.PLANNED,
                TestStatus.NONE),
            new KeyAction(
                partialAction,
                name("partial"),
                new BigDecimal("1.5"),
                new BigDecimal("3.8"), // 1.5 of 39
                1,
                partial,
                name("Solution S"),
                ImplementationStatus.IMPLEMENTED,
                TestStatus.PARTIALLY_TESTED));
    assertThat(
            scoreService.overview(underAandB().withAssessments(Set.of(assessmentB))).keyActions())
        .singleElement()
        .satisfies(
            key -> {
              assertThat(key.stateId()).isEqualTo(loose);
              assertThat(key.solution()).isNull();
              assertThat(key.percentToGain()).isEqualByComparingTo("25.0"); // 1 of 4
              assertThat(key.implementationStatus())
                  .isEqualTo(ImplementationStatus.NOT_IMPLEMENTED);
              assertThat(key.testStatus()).isEqualTo(TestStatus.NONE);
            });
  }

  @Test
  void aKeyActionInSeveralGroupsOpensItsFirstOpenStateAndCountsTheOpenOnes() {
    long perGroup = action("per group", ImplementationType.OPERATIONAL, 9, category, solution);
    long template =
        scenarios.template(
            name("Template groups"), name("Reg groups"), Map.of("G-1", List.of(perGroup)));
    List<Long> assessments =
        List.of(
            scenarios.assessment(name("Groups 1"), scenarios.group(name("Groups g1")), template),
            scenarios.assessment(name("Groups 2"), scenarios.group(name("Groups g2")), template),
            scenarios.assessment(name("Groups 3"), scenarios.group(name("Groups g3")), template));
    List<Long> states =
        assessments.stream().map(a -> scenarios.stateOf(a, perGroup)).sorted().toList();
    assertThat(Set.copyOf(states)).hasSize(3);
    // The first state passes: the action's first open state is then the second.
    scenarios.set(states.get(0), ImplementationStatus.IMPLEMENTED, TestStatus.PASSED, null);
    scenarios.set(
        states.get(1), ImplementationStatus.IMPLEMENTED, TestStatus.FAILED_HIGH_RISK, null);
    ScoreFilter filter = ScoreFilter.NONE.withAssessments(Set.copyOf(assessments));

    assertThat(scoreService.overview(filter).keyActions())
        .containsExactly(
            new KeyAction(
                perGroup,
                name("per group"),
                new BigDecimal("18"),
                new BigDecimal("66.7"), // 18 of 27
                2,
                states.get(1),
                name("Solution S"),
                ImplementationStatus.IMPLEMENTED,
                TestStatus.FAILED_HIGH_RISK));

    scenarios.set(states.get(1), ImplementationStatus.IMPLEMENTED, TestStatus.PASSED, null);
    assertThat(scoreService.overview(filter).keyActions())
        .containsExactly(
            new KeyAction(
                perGroup,
                name("per group"),
                new BigDecimal("9"),
                new BigDecimal("33.3"),
                1,
                states.get(2),
                name("Solution S"),
                ImplementationStatus.NOT_IMPLEMENTED,
                TestStatus.NONE));

    scenarios.set(states.get(2), ImplementationStatus.IMPLEMENTED, TestStatus.PASSED, null);
    assertThat(scoreService.overview(filter).keyActions()).isEmpty();
  }

  // ---------------------------------------------------------------- snapshots and trend

  @Test
  void aDaysSnapshotReadsBackAsTheReportOfThatMomentWithoutKeyActions() {
    fixtures.take(REPORT_DAY);
    ScoreReport now = scoreReports.report(ScoreFilter.NONE, ScoreReports.ALL);

    ScoreReport taken = scoreService.asOf(REPORT_DAY).orElseThrow();

    assertThat(taken.overall()).isEqualTo(now.overall());
    assertThat(taken.byCategory()).isEqualTo(now.byCategory());
    assertThat(taken.byAssessment()).isEqualTo(now.byAssessment());
    assertThat(taken.bySolution()).isEqualTo(now.bySolution());
    assertThat(taken.byGroup()).isEqualTo(now.byGroup());
    assertThat(taken.byRegulation()).isEqualTo(now.byRegulation());
    assertThat(taken.keyActions()).isEmpty();
    assertThat(now.keyActions()).isNotEmpty();
    // This scenario's lines, exactly.
    assertThat(taken.byCategory())
        .contains(new Item(category, name("Category C"), score("28.5", 39), 3, 2));
    assertThat(taken.bySolution())
        .contains(new Item(solution, name("Solution S"), score("28.5", 39), 3, 2));
    assertThat(taken.byAssessment())
        .contains(
            new Item(assessmentA, name("Assessment A"), score("28.5", 39), 3, 2),
            new Item(assessmentB, name("Assessment B"), score("3", 4), 2, 1));
    assertThat(taken.byGroup())
        .contains(
            new Item(groupOne, name("Group G1"), score("28.5", 39), 3, 2),
            new Item(groupTwo, name("Group G2"), score("3", 4), 2, 1));
    assertThat(taken.byRegulation())
        .contains(
            new Item(null, regulationOne(), score("28.5", 39), 3, 2),
            new Item(null, regulationTwo(), score("3", 4), 2, 1));
  }

  @Test
  void takingADayAgainReplacesItsLines() {
    fixtures.take(REPORT_DAY);
    scenarios.set(planned, ImplementationStatus.IMPLEMENTED, TestStatus.PASSED, null);

    fixtures.take(REPORT_DAY);

    ScoreReport now = scoreReports.report(ScoreFilter.NONE, ScoreReports.ALL);
    ScoreReport taken = scoreService.asOf(REPORT_DAY).orElseThrow();
    assertThat(taken.overall()).isEqualTo(now.overall());
    assertThat(taken.byCategory())
        .isEqualTo(now.byCategory())
        .contains(new Item(category, name("Category C"), score("37.5", 39), 3, 1))
        .noneMatch(item -> Long.valueOf(category).equals(item.id()) && item.open() == 2);
    assertThat(fixtures.overallLines(REPORT_DAY)).isEqualTo(1);
    assertThat(fixtures.lines(REPORT_DAY))
        .isEqualTo(
            1
                + now.byCategory().size()
                + now.byAssessment().size()
                + now.bySolution().size()
                + now.byGroup().size()
                + now.byRegulation().size());
  }

  @Test
  void aDayWithoutSnapshotHasNoReport() {
    LocalDate never = TODAY.minusDays(3000);

    assertThat(scoreService.asOf(never)).isEmpty();
    assertThat(fixtures.lines(never)).isZero();
  }

  @Test
  void theTrendListsTheTakenDaysWithinRangeOldestFirst() {
    LocalDate first = TODAY.minusDays(1000);
    fixtures.take(first);
    fixtures.take(TODAY.minusDays(100));
    Score before = scoreQueries.overall(ScoreFilter.NONE);
    // 9 more points achieved everywhere from here on.
    scenarios.set(planned, ImplementationStatus.IMPLEMENTED, TestStatus.PASSED, null);
    Score after = scoreQueries.overall(ScoreFilter.NONE);
    fixtures.take(TODAY.minusDays(10));
    fixtures.take(TODAY.minusDays(1));
    fixtures.take(TODAY);

    assertThat(after.achieved().subtract(before.achieved())).isEqualByComparingTo("9");
    assertThat(after.achievable()).isEqualTo(before.achievable());
    assertThat(scoreService.trend(101))
        .containsExactly(
            new DailyScore(TODAY.minusDays(100), before),
            new DailyScore(TODAY.minusDays(10), after),
            new DailyScore(TODAY.minusDays(1), after),
            new DailyScore(TODAY, after));
    assertThat(scoreService.trend(100))
        .extracting(DailyScore::day)
        .containsExactly(TODAY.minusDays(10), TODAY.minusDays(1), TODAY);
    assertThat(scoreService.trend(11))
        .extracting(DailyScore::day)
        .containsExactly(TODAY.minusDays(10), TODAY.minusDays(1), TODAY);
    assertThat(scoreService.trend(10))
        .extracting(DailyScore::day)
        .containsExactly(TODAY.minusDays(1), TODAY);
    assertThat(scoreService.trend(1)).extracting(DailyScore::day).containsExactly(TODAY);
    assertThat(scoreService.trend(1001))
        .extracting(DailyScore::day)
        .startsWith(first)
        .contains(TODAY.minusDays(100))
        .endsWith(TODAY)
        .doesNotHaveDuplicates()
        .isSorted();
    assertThat(scoreService.firstSnapshotDay()).contains(first);
  }

  // ---------------------------------------------------------------- kept filters

  @Test
  void aFilterOfAllEightDimensionsIsKeptAndRestored() {
    String jane = person("jane", Role.READER);
    signIn.as(jane, Role.READER);
    ScoreFilter filter =
        new ScoreFilter(
            Set.of(
                "ISO/IEC 27001:2022, Annex A",
                "NIST SP 800-53 Rev 5 MODERATE",
                "A & B = 50% + more, really?"),
            Set.of(solution, 17L),
            Set.of(ImplementationType.TECHNICAL, ImplementationType.DOCUMENTATION),
            Set.of(Purpose.DETECTIVE),
            Set.of(groupOne),
            Set.of(category, 8L),
            Set.of(assessmentA),
            Set.of(ActionOwner.PROVIDER));

    savedFilters.remember(filter);

    assertThat(savedFilters.restore()).isEqualTo(filter);
    assertThat(SavedScoreFilters.read(SavedScoreFilters.query(filter))).isEqualTo(filter);
    assertThat(fixtures.keptQueries(jane)).containsExactly(SavedScoreFilters.query(filter));
  }

  @Test
  void rememberingAgainReplacesTheKeptFilter() {
    String jane = person("jane", Role.READER);
    signIn.as(jane, Role.READER);
    ScoreFilter second = ScoreFilter.NONE.withCategories(Set.of(category));

    savedFilters.remember(ScoreFilter.NONE.withRegulations(Set.of(regulationOne())));
    savedFilters.remember(second);

    assertThat(savedFilters.restore()).isEqualTo(second);
    assertThat(fixtures.keptQueries(jane)).containsExactly("category=" + category);

    savedFilters.remember(ScoreFilter.NONE);
    assertThat(savedFilters.restore()).isEqualTo(ScoreFilter.NONE);
    assertThat(fixtures.keptQueries(jane)).containsExactly("");
  }

  @Test
  void withNothingKeptThereIsNoFilter() {
    String jane = person("jane", Role.READER);
    signIn.as(jane, Role.READER);

    assertThat(savedFilters.restore()).isEqualTo(ScoreFilter.NONE);
    assertThat(fixtures.keptQueries(jane)).isEmpty();
  }

  @Test
  void aKeptFilterThatCannotBeReadRestoresNoFilterInsteadOfFailing() {
    String jane = person("jane", Role.READER);
    signIn.as(jane, Role.READER);

    for (String corrupt :
        List.of("category=abc", "owner=NOBODY", "solution=-3", "type=technical,ROBOTIC", "q=%zz")) {
      fixtures.keepQuery(jane, corrupt);

      assertThat(savedFilters.restore()).as(corrupt).isEqualTo(ScoreFilter.NONE);
    }
    // Remembering again writes over it.
    savedFilters.remember(ScoreFilter.NONE.withSolutions(Set.of(solution)));
    assertThat(savedFilters.restore()).isEqualTo(ScoreFilter.NONE.withSolutions(Set.of(solution)));
    assertThat(fixtures.keptQueries(jane)).hasSize(1);
  }

  @Test
  void eachPersonKeepsTheirOwnFilter() {
    String jane = person("jane", Role.READER);
    String john = person("john", Role.CONTRIBUTOR);
    ScoreFilter janes = ScoreFilter.NONE.withCategories(Set.of(category));
    ScoreFilter johns = ScoreFilter.NONE.withAssessments(Set.of(assessmentB));

    signIn.as(jane, Role.READER);
    savedFilters.remember(janes);
    signIn.as(john, Role.CONTRIBUTOR);
    assertThat(savedFilters.restore()).isEqualTo(ScoreFilter.NONE);
    savedFilters.remember(johns);
    signIn.as(jane, Role.READER);
    assertThat(savedFilters.restore()).isEqualTo(janes);
    signIn.as(john, Role.CONTRIBUTOR);
    assertThat(savedFilters.restore()).isEqualTo(johns);

    assertThat(fixtures.keptQueries(jane)).containsExactly("category=" + category);
    assertThat(fixtures.keptQueries(john)).containsExactly("assessment=" + assessmentB);
  }

  @Test
  void signingInAsSomeoneElseChangesTheCallerAndThePermissions() {
    String jane = person("jane", Role.READER);
    long entries = auditLog.count();

    signIn.as(jane, Role.READER);
    assertThat(signIn.callerName()).isEqualTo(jane);
    assertThatThrownBy(() -> auditLog.count()).isInstanceOf(EJBAccessException.class);

    signIn.asOwner();
    assertThat(signIn.callerName()).isEqualTo(SignedInAsMechanism.CALLER);
    assertThat(auditLog.count()).isEqualTo(entries);
  }

  // ---------------------------------------------------------------- helpers

  private ScoreFilter underA() {
    return ScoreFilter.NONE.withAssessments(Set.of(assessmentA));
  }

  private ScoreFilter underAandB() {
    return ScoreFilter.NONE.withAssessments(Set.of(assessmentA, assessmentB));
  }

  /** The state ids the action list shows for the score filter, as it opens (passed hidden). */
  private List<Long> listed(ScoreFilter filter) {
    ActionListRequest request =
        new ActionListRequest(
            ActionFilter.builder().score(filter).build(),
            ActionGrouping.NONE,
            ActionOrder.SCORE_IMPACT,
            true);
    var page = actionList.page(request, 0, 100);
    assertThat(page.total()).isEqualTo(page.rows().size());
    return page.rows().stream().map(ActionRow::stateId).toList();
  }

  private static Item itemOf(List<Item> items, long id) {
    return items.stream()
        .filter(item -> Long.valueOf(id).equals(item.id()))
        .findFirst()
        .orElseThrow();
  }

  private static Score score(String achieved, long achievable) {
    return new Score(new BigDecimal(achieved), achievable);
  }

  private String person(String who, Role role) {
    String username = who + "-" + run;
    testUsers.create(username, null, role, "a long enough password", true);
    return username;
  }

  private String regulationOne() {
    return name("Reg One, Annex A");
  }

  private String regulationTwo() {
    return name("Reg Two");
  }

  private long action(String title, ImplementationType type, int points, Long cat, Long sol) {
    return scenarios.action(
        name(title), type, ActionOwner.ORGANIZATION, Purpose.PREVENTIVE, points, cat, sol);
  }

  private String name(String what) {
    return what + " " + run;
  }
}
