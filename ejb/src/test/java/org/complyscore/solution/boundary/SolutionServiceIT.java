package org.complyscore.solution.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.complyscore.access.boundary.TestUsers;
import org.complyscore.access.entity.Role;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.audit.boundary.AuditEntry;
import org.complyscore.audit.boundary.AuditLogService;
import org.complyscore.audit.entity.AuditEventType;
import org.complyscore.score.control.ScoreQueries;
import org.complyscore.score.entity.Score;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.shared.entity.InvalidInputException;
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
 * The Solutions page's service on Payara (F30): each solution's part of the score, and describing a
 * solution, which only Administrators and Owners may. Each test builds this scenario, in one
 * assessment, with names unique to it:
 *
 * <pre>
 * action   type, points, solution   status                      points
 * s1       technical, 27, S         implemented, passed         27 / 27
 * s2       operational, 9, S        planned                      0 / 9
 * t1       technical, 3, T          partially tested 0.5       1.5 / 3
 * n1       documentation, 1, -      not implemented              0 / 1
 * n2       technical, 2, -          implemented, passed          2 / 2
 * </pre>
 *
 * Overall 30.5 / 42 = 72.6 %. S: 27 / 36, contributes 64.3; T: 1.5 / 3, 3.6; none: 2 / 3, 4.8.
 */
@ExtendWith(ArquillianExtension.class)
class SolutionServiceIT {

  @Deployment
  static WebArchive deployment() {
    return TestArchives.servicesWith(
        SolutionServiceIT.class,
        Scenarios.class,
        TestUsers.class,
        SignedInAsMechanism.class,
        SignIn.class,
        CurrentResponse.class);
  }

  @Inject private SolutionService solutions;
  @Inject private ScoreQueries scoreQueries;
  @Inject private AuditLogService auditLog;
  @Inject private Scenarios scenarios;
  @Inject private TestUsers testUsers;
  @Inject private SignIn signIn;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private long solutionS;
  private long solutionT;
  private ScoreFilter mine;

  @BeforeEach
  void buildScenario() {
    testUsers.ensure(SignedInAsMechanism.CALLER, Role.OWNER);
    solutionS = scenarios.solution(name("Solution S"));
    solutionT = scenarios.solution(name("Solution T"));
    long s1 = action("s1", ImplementationType.TECHNICAL, 27, solutionS);
    long s2 = action("s2", ImplementationType.OPERATIONAL, 9, solutionS);
    long t1 = action("t1", ImplementationType.TECHNICAL, 3, solutionT);
    long n1 = action("n1", ImplementationType.DOCUMENTATION, 1, null);
    long n2 = action("n2", ImplementationType.TECHNICAL, 2, null);
    Map<String, List<Long>> controls = new LinkedHashMap<>();
    controls.put("S-1", List.of(s1, s2));
    controls.put("T-1", List.of(t1));
    controls.put("N-1", List.of(n1, n2));
    long template = scenarios.template(name("Template"), name("Regulation"), controls);
    long assessment =
        scenarios.assessment(name("Assessment"), scenarios.group(name("Group")), template);
    scenarios.set(
        scenarios.stateOf(assessment, s1),
        ImplementationStatus.IMPLEMENTED,
        TestStatus.PASSED,
        null);
    scenarios.set(
        scenarios.stateOf(assessment, s2), ImplementationStatus.PLANNED, TestStatus.NONE, null);
    scenarios.set(
        scenarios.stateOf(assessment, t1),
        ImplementationStatus.IMPLEMENTED,
        TestStatus.PARTIALLY_TESTED,
        new BigDecimal("0.5"));
    scenarios.set(
        scenarios.stateOf(assessment, n2),
        ImplementationStatus.IMPLEMENTED,
        TestStatus.PASSED,
        null);
    mine = ScoreFilter.NONE.withAssessments(Set.of(assessment));
  }

  // ---------------------------------------------------------------- scores

  @Test
  void eachSolutionsLineMostPointsToGainFirstWithALineForActionsWithoutOne() {
    List<SolutionScore> lines = solutions.scores(mine);

    assertThat(lines)
        .containsExactly(
            new SolutionScore(
                solutionS,
                name("Solution S"),
                null,
                null,
                versionOf(solutionS),
                score("27", 36),
                new BigDecimal("64.3"),
                2,
                1),
            new SolutionScore(
                solutionT,
                name("Solution T"),
                null,
                null,
                versionOf(solutionT),
                score("1.5", 3),
                new BigDecimal("3.6"),
                1,
                1),
            new SolutionScore(
                null,
                SolutionService.NO_SOLUTION,
                null,
                null,
                0,
                score("2", 3),
                new BigDecimal("4.8"),
                2,
                1));
    assertThat(lines)
        .extracting(line -> line.score().remaining())
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void theLinesAddUpToTheOverallScoreUnderTheSameFilter() {
    for (ScoreFilter filter :
        List.of(mine, mine.withSolutions(Set.of(solutionS, solutionT)), ScoreFilter.NONE)) {
      List<SolutionScore> lines = solutions.scores(filter);
      Score overall = scoreQueries.overall(filter);

      assertThat(
              lines.stream()
                  .map(line -> line.score().achieved())
                  .reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo(overall.achieved());
      assertThat(lines.stream().mapToLong(line -> line.score().achievable()).sum())
          .isEqualTo(overall.achievable());
      BigDecimal contributions =
          lines.stream().map(SolutionScore::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal rounding = new BigDecimal("0.05").multiply(BigDecimal.valueOf(lines.size()));
      assertThat(contributions.subtract(overall.percent()).abs()).isLessThanOrEqualTo(rounding);
      assertThat(lines)
          .extracting(line -> line.score().remaining())
          .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }
    // Here: 64.3 + 3.6 + 4.8 = 72.7 against 72.6, within the three lines' rounding.
    assertThat(scoreQueries.overall(mine).percent()).isEqualByComparingTo("72.6");
  }

  @Test
  void aFilterOnSolutionsLeavesOutTheNoSolutionLine() {
    assertThat(solutions.scores(mine.withSolutions(Set.of(solutionT))))
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.id()).isEqualTo(solutionT);
              assertThat(line.score()).isEqualTo(score("1.5", 3));
              // Its achieved points in percent of what the filtered actions can achieve.
              assertThat(line.contribution()).isEqualByComparingTo("50.0");
            });
  }

  // ---------------------------------------------------------------- describe

  @Test
  void describingASolutionStoresAndAuditsTheChange() {
    long version = versionOf(solutionS);

    SolutionScore described =
        solutions.describe(
            solutionS,
            version,
            "  " + name("Renamed S") + " ",
            " Signs people in ",
            " https://idp.example.org/admin ");

    SolutionScore expected =
        new SolutionScore(
            solutionS,
            name("Renamed S"),
            "Signs people in",
            "https://idp.example.org/admin",
            version + 1,
            score("27", 36),
            // Unfiltered, what S contributes depends on the whole database.
            described.contribution(),
            2,
            1);
    assertThat(described).isEqualTo(expected);
    assertThat(lineOf(solutionS))
        .isEqualTo(
            new SolutionScore(
                solutionS,
                name("Renamed S"),
                "Signs people in",
                "https://idp.example.org/admin",
                version + 1,
                score("27", 36),
                new BigDecimal("64.3"),
                2,
                1));
    assertThat(auditOf(name("Solution S")))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.actor()).isEqualTo(SignedInAsMechanism.CALLER);
              assertThat(entry.detail())
                  .isEqualTo(
                      "Solution "
                          + solutionS
                          + " is now \""
                          + name("Renamed S")
                          + "\", address https://idp.example.org/admin.");
            });

    // Blank description and address remove them.
    solutions.describe(solutionS, version + 1, name("Renamed S"), "  ", "");
    SolutionScore cleared = lineOf(solutionS);
    assertThat(cleared.description()).isNull();
    assertThat(cleared.url()).isNull();
    assertThat(cleared.version()).isEqualTo(version + 2);
    assertThat(auditOf(name("Renamed S")))
        .singleElement()
        .satisfies(
            entry ->
                assertThat(entry.detail())
                    .isEqualTo(
                        "Solution "
                            + solutionS
                            + " is now \""
                            + name("Renamed S")
                            + "\", address none."));
  }

  @Test
  void aChangeMadeOnAnOlderVersionIsRefused() {
    long version = versionOf(solutionS);
    solutions.describe(solutionS, version, name("First edit"), null, null);

    assertThatThrownBy(
            () -> solutions.describe(solutionS, version, name("Second edit"), "lost", null))
        .isInstanceOf(SolutionChangedException.class);

    SolutionScore line = lineOf(solutionS);
    assertThat(line.name()).isEqualTo(name("First edit"));
    assertThat(line.description()).isNull();
    assertThat(line.version()).isEqualTo(version + 1);
    assertThat(auditOf(name("First edit"))).isEmpty();
  }

  @Test
  void anotherSolutionsNameIsRefusedNamingTheNameField() {
    long version = versionOf(solutionS);

    for (String taken : List.of(name("Solution T"), "  " + name("Solution T") + "\t")) {
      assertThatThrownBy(() -> solutions.describe(solutionS, version, taken, "d", null))
          .isInstanceOfSatisfying(
              InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("name"))
          .hasMessage("There is already a solution named \"" + name("Solution T") + "\".");
    }

    SolutionScore line = lineOf(solutionS);
    assertThat(line.name()).isEqualTo(name("Solution S"));
    assertThat(line.description()).isNull();
    assertThat(line.version()).isEqualTo(version);
    assertThat(auditOf(name("Solution S"))).isEmpty();
    // Keeping its own name is no clash.
    assertThat(solutions.describe(solutionS, version, name("Solution S"), "d", null).name())
        .isEqualTo(name("Solution S"));
  }

  @Test
  void anInvalidAddressIsRefusedNamingTheUrlField() {
    long version = versionOf(solutionS);

    assertThatThrownBy(
            () -> solutions.describe(solutionS, version, name("X"), null, "javascript:alert(1)"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("url"));

    assertThat(lineOf(solutionS).name()).isEqualTo(name("Solution S"));
    assertThat(lineOf(solutionS).version()).isEqualTo(version);
  }

  @Test
  void anUnknownSolutionIsNotFound() {
    assertThatThrownBy(() -> solutions.describe(999_999_999_999L, 0, name("Ghost"), null, null))
        .isInstanceOf(SolutionNotFoundException.class)
        .hasMessage("There is no solution 999999999999; it may have been removed.");
  }

  @Test
  void readersContributorsAndAssessorsMayNotDescribeASolution() {
    for (Role role : List.of(Role.READER, Role.CONTRIBUTOR, Role.ASSESSOR)) {
      String username = person(role);
      signIn.as(username, role);
      long version = versionOf(solutionS); // they may see the solutions

      assertThatThrownBy(
              () -> solutions.describe(solutionS, version, name("By " + role), null, null))
          .as(role.name())
          .isInstanceOf(EJBAccessException.class);
    }

    signIn.asOwner();
    assertThat(lineOf(solutionS).name()).isEqualTo(name("Solution S"));
    assertThat(auditOf(name("Solution S"))).isEmpty();
  }

  @Test
  void administratorsAndOwnersMayDescribeASolution() {
    for (Role role : List.of(Role.ADMINISTRATOR, Role.OWNER)) {
      String username = person(role);
      signIn.as(username, role);
      String before = lineOf(solutionS).name();

      SolutionScore described =
          solutions.describe(solutionS, versionOf(solutionS), name("By " + role), null, null);

      assertThat(described.name()).isEqualTo(name("By " + role));
      signIn.asOwner();
      assertThat(auditOf(before))
          .singleElement()
          .satisfies(entry -> assertThat(entry.actor()).isEqualTo(username));
    }
  }

  // ---------------------------------------------------------------- helpers

  private SolutionScore lineOf(long solutionId) {
    return solutions.scores(mine).stream()
        .filter(line -> Long.valueOf(solutionId).equals(line.id()))
        .findFirst()
        .orElseThrow();
  }

  private long versionOf(long solutionId) {
    return solutions.scores(ScoreFilter.NONE.withSolutions(Set.of(solutionId))).stream()
        .filter(line -> Long.valueOf(solutionId).equals(line.id()))
        .findFirst()
        .orElseThrow()
        .version();
  }

  /** The SOLUTION_CHANGED entries about a solution that had this name. */
  private List<AuditEntry> auditOf(String formerName) {
    return auditLog.page(0, AuditLogService.MAX_PAGE_SIZE).stream()
        .filter(entry -> entry.type() == AuditEventType.SOLUTION_CHANGED)
        .filter(entry -> formerName.equals(entry.subject()))
        .toList();
  }

  private String person(Role role) {
    String username = role.name().toLowerCase(java.util.Locale.ROOT) + "-" + run;
    testUsers.create(username, null, role, "a long enough password", true);
    return username;
  }

  private static Score score(String achieved, long achievable) {
    return new Score(new BigDecimal(achieved), achievable);
  }

  private long action(String title, ImplementationType type, int points, Long solution) {
    return scenarios.action(
        name(title), type, ActionOwner.ORGANIZATION, Purpose.PREVENTIVE, points, null, solution);
  }

  private String name(String what) {
    return what + " " + run;
  }
}
