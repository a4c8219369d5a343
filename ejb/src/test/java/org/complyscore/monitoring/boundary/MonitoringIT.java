package org.complyscore.monitoring.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.complyscore.access.boundary.TestUsers;
import org.complyscore.access.entity.Permission;
import org.complyscore.access.entity.Role;
import org.complyscore.action.boundary.ActionWorkflowService;
import org.complyscore.action.boundary.HistoryEntry;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ActionState;
import org.complyscore.action.entity.ChangeOrigin;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.action.entity.TestingCombination;
import org.complyscore.action.entity.TestingSource;
import org.complyscore.assessment.boundary.AssessmentService;
import org.complyscore.monitoring.entity.Severity;
import org.complyscore.monitoring.entity.SignalResult;
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
 * Automated monitoring on Payara (F31): signals from a machine turn into test statuses and points,
 * a batch is all or nothing and a repeat changes nothing, the freshness check at a chosen moment,
 * the history names automation and the signal, a person's test switches automation off, and API
 * tokens are refused once revoked or expired. Each test builds its own action of 27 points, tested
 * by two checks of its own, in an assessment of its own.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringIT {

  @Deployment
  static WebArchive deployment() {
    return TestArchives.servicesWith(
        MonitoringIT.class,
        Scenarios.class,
        TestUsers.class,
        SignedInAsMechanism.class,
        SignIn.class,
        CurrentResponse.class);
  }

  @Inject private SignalService signals;
  @Inject private AutomationService automation;
  @Inject private ApiTokenService tokens;
  @Inject private FreshnessTimer freshness;
  @Inject private ActionWorkflowService workflow;
  @Inject private AssessmentService assessments;
  @Inject private Scenarios scenarios;
  @Inject private TestUsers testUsers;
  @Inject private SignIn signIn;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String tls = "it." + run + ".tls";
  private final String hsts = "it." + run + ".hsts";
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private long assessment;
  private long state;

  /** The principal of a real token, as the web layer signs a machine in. */
  private String machine;

  @BeforeEach
  void buildScenario() {
    testUsers.ensure(SignedInAsMechanism.CALLER, Role.OWNER);
    long action =
        scenarios.action(
            "Monitored " + run,
            ImplementationType.TECHNICAL,
            ActionOwner.ORGANIZATION,
            Purpose.PREVENTIVE,
            27,
            null,
            null);
    Map<String, List<Long>> controls = new LinkedHashMap<>();
    controls.put("M-1", List.of(action));
    long template = scenarios.template("Monitoring " + run, "Regulation " + run, controls);
    assessment = scenarios.assessment("A " + run, scenarios.group("G " + run), template);
    state = scenarios.stateOf(assessment, action);
    automation.changeTestingLogic(state, tls + "\n" + hsts, TestingCombination.ANY_FAILURE_FAILS);
    automation.switchAutomation(state, true);
    IssuedToken token =
        tokens.create("scanner " + run, Set.of("signals:write"), now.plus(Duration.ofDays(1)));
    machine = tokens.authenticate(token.secret()).orElseThrow().principal();
  }

  // ---------------------------------------------------------------- signals to statuses

  @Test
  void anAutomatedActionWaitsForItsFirstSignal() {
    TestingView testing = automation.testing(state);

    assertThat(testing.automated()).isTrue();
    assertThat(testing.checkIds()).containsExactly(hsts, tls);
    assertThat(status()).isEqualTo(TestStatus.TO_BE_DETECTED);
    assertThat(achieved()).isEqualByComparingTo("0");
  }

  @Test
  void everyResourcePassingMakesItImplementedAndPassedAndEarnsItsPoints() {
    SignalReceipt receipt =
        asMachine(
            () -> signals.receive(List.of(pass(tls, "a"), pass(hsts, "a"), pass(tls, "b")), true));

    assertThat(receipt).isEqualTo(new SignalReceipt(3, 3, 0, List.of(), 1));
    ActionState after = scenarios.state(state);
    assertThat(after.getImplementationStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
    assertThat(after.getTestStatus()).isEqualTo(TestStatus.PASSED);
    assertThat(after.getTestDate()).as("automation sets the status, not the date").isEmpty();
    assertThat(achieved()).isEqualByComparingTo("27");
  }

  @Test
  void aFailureAmongPassesFailsWithTheWorstSeverity() {
    asMachine(
        () ->
            signals.receive(
                List.of(
                    pass(tls, "a"), fail(tls, "b", Severity.LOW), fail(hsts, "a", Severity.HIGH)),
                true));

    assertThat(status()).isEqualTo(TestStatus.FAILED_HIGH_RISK);
    assertThat(achieved()).isEqualByComparingTo("0");
  }

  @Test
  void passesAndPartialResultsEarnTheAverageShareOfThePoints() {
    asMachine(() -> signals.receive(List.of(pass(tls, "a"), partial(hsts, "a", "0.5")), true));

    assertThat(status()).isEqualTo(TestStatus.PARTIALLY_TESTED);
    // (1 + 0.5) / 2 of 27 points.
    assertThat(achieved()).isEqualByComparingTo("20.25");
  }

  @Test
  void aLaterSignalOfTheSameResourceReplacesTheEarlierOne() {
    asMachine(() -> signals.receive(List.of(fail(tls, "a", Severity.MEDIUM)), true));
    assertThat(status()).isEqualTo(TestStatus.FAILED_MEDIUM_RISK);

    SignalReceipt fixed =
        asMachine(
            () ->
                signals.receive(
                    List.of(signal(tls, "a", SignalResult.PASS, null, null, now.plusSeconds(1))),
                    true));

    assertThat(fixed.actionsChanged()).isEqualTo(1);
    assertThat(status()).isEqualTo(TestStatus.PASSED);
  }

  // ---------------------------------------------------------------- batches

  @Test
  void theSameSignalAgainChangesNothing() {
    asMachine(() -> signals.receive(List.of(fail(tls, "a", Severity.HIGH)), false));

    SignalReceipt again =
        asMachine(
            () ->
                signals.receive(
                    List.of(fail(tls, "a", Severity.HIGH), fail(tls, "a", Severity.HIGH)), true));

    assertThat(again).isEqualTo(new SignalReceipt(2, 0, 2, List.of(), 0));
    assertThat(scenarios.signalCount(tls)).isEqualTo(1);
  }

  @Test
  void aBatchWithOneBadSignalStoresNothingAndNamesEveryBadField() {
    SignalInput noSeverity =
        new SignalInput(tls, "c", SignalResult.FAIL, null, null, now, null, null);
    SignalInput future =
        new SignalInput(
            hsts,
            "c",
            SignalResult.PASS,
            null,
            null,
            now.plus(Duration.ofHours(1)),
            null,
            "ftp://x");

    assertThatThrownBy(
            () ->
                asMachine(() -> signals.receive(List.of(pass(tls, "a"), noSeverity, future), true)))
        .isInstanceOfSatisfying(
            SignalsRejectedException.class,
            rejected ->
                assertThat(rejected.getProblems())
                    .extracting(SignalProblem::field)
                    .containsExactly("[1].severity", "[2].observedAt", "[2].link"));
    assertThat(scenarios.signalCount(tls)).isZero();
    assertThat(status()).isEqualTo(TestStatus.TO_BE_DETECTED);
  }

  @Test
  void checksNoActionListensToAreStoredAndNamed() {
    String unknown = "it." + run + ".unknown";

    SignalReceipt receipt = asMachine(() -> signals.receive(List.of(pass(unknown, "a")), false));

    assertThat(receipt.unknownChecks()).containsExactly(unknown);
    assertThat(receipt.stored()).isEqualTo(1);
    assertThat(scenarios.signalCount(unknown)).isEqualTo(1);
  }

  // ---------------------------------------------------------------- freshness

  @Test
  void withoutAFreshSignalItCouldNotBeDetected() {
    asMachine(() -> signals.receive(List.of(pass(tls, "a")), false));
    assertThat(status()).isEqualTo(TestStatus.PASSED);

    freshness.checkAt(now.plus(Duration.ofHours(23)));
    assertThat(status()).as("23 hours on, the signal still counts").isEqualTo(TestStatus.PASSED);

    freshness.checkAt(now.plus(Duration.ofHours(25)));
    assertThat(status()).isEqualTo(TestStatus.COULD_NOT_BE_DETECTED);
    assertThat(achieved()).isEqualByComparingTo("0");
    assertThat(workflow.history(state))
        .filteredOn(entry -> entry.origin() == ChangeOrigin.AUTOMATION)
        .extracting(HistoryEntry::who)
        .first()
        .asString()
        .contains("no signal within 24 hours");
  }

  // ---------------------------------------------------------------- history and people

  @Test
  void theHistorySaysAutomationAndNamesTheSignal() {
    asMachine(() -> signals.receive(List.of(partial(tls, "host-1", "0.25")), false));

    List<HistoryEntry> automated =
        workflow.history(state).stream()
            .filter(entry -> entry.origin() == ChangeOrigin.AUTOMATION)
            .toList();
    assertThat(automated)
        .extracting(HistoryEntry::field)
        .contains("implementationStatus", "testStatus", "partialShare");
    assertThat(automated).allSatisfy(e -> assertThat(e.who()).contains(tls + " on host-1"));
    assertThat(scenarios.automatedChangesOf(state))
        .allSatisfy(c -> assertThat(c).doesNotEndWith("=none"));
    assertThat(scenarios.state(state).getTestDate()).isEmpty();
  }

  @Test
  void aPersonsTestResultSwitchesAutomationOffAndSignalsNoLongerChangeIt() {
    asMachine(() -> signals.receive(List.of(pass(tls, "a")), false));
    long version = workflow.details(state).version();

    workflow.recordTest(
        state, version, TestStatus.FAILED_LOW_RISK, java.time.LocalDate.now(), "seen by hand");

    assertThat(scenarios.state(state).getTestingSource()).isEqualTo(TestingSource.MANUAL);
    asMachine(
        () ->
            signals.receive(
                List.of(signal(tls, "a", SignalResult.PASS, null, null, now.plusSeconds(5))),
                false));
    assertThat(status()).isEqualTo(TestStatus.FAILED_LOW_RISK);
  }

  @Test
  void takingAwayTheLastCheckMakesItManualWithItsValues() {
    asMachine(() -> signals.receive(List.of(pass(tls, "a")), false));

    automation.changeTestingLogic(state, " ", TestingCombination.ANY_FAILURE_FAILS);

    assertThat(scenarios.state(state).getTestingSource()).isEqualTo(TestingSource.MANUAL);
    assertThat(status()).isEqualTo(TestStatus.PASSED);
  }

  @Test
  void aBadCheckIdIsRefusedByName() {
    assertThatThrownBy(() -> automation.changeTestingLogic(state, "ok\nnot ok", null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("\"not ok\" is not a check id");
    assertThat(automation.testing(state).checkIds()).containsExactly(hsts, tls);
  }

  // ---------------------------------------------------------------- roles and tokens

  @Test
  void onlyMachinesPostSignalsAndOnlyTheOwnerSwitchesAll() {
    signIn.as("owner-" + run, Role.OWNER);
    assertThatThrownBy(() -> signals.receive(List.of(pass(tls, "a")), false))
        .as("a person, even the Owner, posts no signals")
        .isInstanceOf(EJBAccessException.class);

    signIn.as("admin-" + run, Role.ADMINISTRATOR);
    assertThatThrownBy(() -> automation.switchAll(false)).isInstanceOf(EJBAccessException.class);
    signIn.as("assessor-" + run, Role.ASSESSOR);
    assertThatThrownBy(() -> automation.switchAutomation(state, false))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> tokens.list()).isInstanceOf(EJBAccessException.class);
    signIn.asMachine(machine, Set.of(Permission.SUBMIT_SIGNALS.name()));
    assertThatThrownBy(() -> automation.testing(state))
        .as("a signals token reads nothing")
        .isInstanceOf(EJBAccessException.class);
    signIn.asOwner();
  }

  @Test
  void aTokenWorksUntilRevokedOrExpired() {
    IssuedToken issued =
        tokens.create("it " + run, Set.of("signals:write"), now.plus(Duration.ofDays(30)));
    IssuedToken other = tokens.create("it2 " + run, Set.of("read"), now.plus(Duration.ofDays(30)));

    assertThat(issued.secret()).startsWith(ApiTokenService.SECRET_PREFIX);
    assertThat(tokens.authenticate(issued.secret()))
        .hasValueSatisfying(
            caller -> {
              assertThat(caller.groups()).containsExactly(Permission.SUBMIT_SIGNALS.name());
              assertThat(tokens.callerTokenId(caller::principal)).contains(issued.token().id());
            });
    assertThat(tokens.list())
        .filteredOn(row -> row.id() == issued.token().id())
        .singleElement()
        .satisfies(row -> assertThat(row.lastUsedAt()).isNotNull());
    assertThat(tokens.authenticate(issued.secret() + "x")).isEmpty();

    tokens.revoke(issued.token().id());
    assertThat(tokens.authenticate(issued.secret())).isEmpty();

    assertThat(tokens.authenticate(other.secret())).isPresent();
    scenarios.expireToken(other.token().id());
    assertThat(tokens.authenticate(other.secret())).isEmpty();
    assertThat(tokens.list())
        .filteredOn(row -> row.name().startsWith("it") && row.name().endsWith(run))
        .extracting(TokenRow::status)
        .containsExactlyInAnyOrder(TokenRow.Status.REVOKED, TokenRow.Status.EXPIRED);
  }

  @Test
  void theSignalKeepsTheTokenThatPostedIt() {
    asMachine(() -> signals.receive(List.of(pass(tls, "a")), false));

    assertThat(automation.testing(state).results())
        .singleElement()
        .satisfies(
            result -> {
              assertThat(result.detail()).isEqualTo("seen PASS");
              assertThat(result.fresh()).isTrue();
            });
    assertThat(scenarios.signalTokens(tls)).containsExactly(machine.split(":")[1]);
  }

  @Test
  void tokenNamesAreUniqueAndScopesKnown() {
    tokens.create("dup " + run, Set.of("read"), now.plus(Duration.ofDays(1)));

    assertThatThrownBy(
            () -> tokens.create("DUP " + run, Set.of("read"), now.plus(Duration.ofDays(1))))
        .isInstanceOf(InvalidInputException.class)
        .extracting("field")
        .isEqualTo("name");
    assertThatThrownBy(
            () -> tokens.create("x " + run, Set.of("admin"), now.plus(Duration.ofDays(1))))
        .hasMessageContaining("\"admin\" is not a scope");
  }

  // ---------------------------------------------------------------- helpers

  private <T> T asMachine(java.util.function.Supplier<T> call) {
    signIn.asMachine(machine, Set.of(Permission.SUBMIT_SIGNALS.name()));
    try {
      return call.get();
    } finally {
      signIn.asOwner();
    }
  }

  private TestStatus status() {
    return scenarios.state(state).getTestStatus();
  }

  private BigDecimal achieved() {
    return assessments.row(assessment).score().achieved();
  }

  private SignalInput pass(String check, String resource) {
    return signal(check, resource, SignalResult.PASS, null, null, now);
  }

  private SignalInput fail(String check, String resource, Severity severity) {
    return signal(check, resource, SignalResult.FAIL, null, severity, now);
  }

  private SignalInput partial(String check, String resource, String fraction) {
    return signal(check, resource, SignalResult.PARTIAL, new BigDecimal(fraction), null, now);
  }

  private static SignalInput signal(
      String check,
      String resource,
      SignalResult result,
      BigDecimal fraction,
      Severity severity,
      Instant at) {
    return new SignalInput(check, resource, result, fraction, severity, at, "seen " + result, null);
  }
}
