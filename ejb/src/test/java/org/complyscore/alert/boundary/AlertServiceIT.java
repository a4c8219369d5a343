package org.complyscore.alert.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.complyscore.access.boundary.TestUsers;
import org.complyscore.access.entity.Role;
import org.complyscore.action.boundary.ActionWorkflowService;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ChangeOrigin;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.alert.entity.AlertCondition;
import org.complyscore.alert.entity.AlertFrequency;
import org.complyscore.alert.entity.AlertSeverity;
import org.complyscore.alert.entity.AlertStatus;
import org.complyscore.alert.entity.IllegalAlertStatusChangeException;
import org.complyscore.alert.entity.ScoreDirection;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.testing.CurrentResponse;
import org.complyscore.testing.QueuedMails;
import org.complyscore.testing.QueuedMails.Mail;
import org.complyscore.testing.Scenarios;
import org.complyscore.testing.SignIn;
import org.complyscore.testing.SignedInAsMechanism;
import org.complyscore.testing.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Alert policies and alerts on Payara (F32): changes made through the real workflow raise alerts
 * and queue their mails in the same transaction, a threshold raises at its Nth match within the
 * window and not before, the score watch sees the score move, triage follows its rules, and the
 * roles are enforced. Every test makes its own actions, people and policies and deletes its
 * policies afterwards, so other tests' changes raise nothing.
 */
@ExtendWith(ArquillianExtension.class)
class AlertServiceIT {

  @Deployment
  static WebArchive deployment() {
    return TestArchives.servicesWith(
        QueuedMails.class,
        AlertServiceIT.class,
        Scenarios.class,
        TestUsers.class,
        SignedInAsMechanism.class,
        SignIn.class,
        CurrentResponse.class,
        AutomationStandIn.class);
  }

  @Inject private AlertPolicyService policies;
  @Inject private AlertService alerts;
  @Inject private ScoreWatch scoreWatch;
  @Inject private ActionWorkflowService workflow;
  @Inject private Scenarios scenarios;
  @Inject private TestUsers testUsers;
  @Inject private SignIn signIn;
  @Inject private AutomationStandIn automation;

  @Resource(lookup = "jdbc/complyscore")
  private DataSource dataSource;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final LocalDate today = LocalDate.now();
  private final List<Long> created = new ArrayList<>();
  private final List<String> titles = new ArrayList<>();

  private long recipientId;
  private String recipientEmail;
  private String teamEmail;

  @BeforeEach
  void people() {
    testUsers.ensure(SignedInAsMechanism.CALLER, Role.OWNER);
    recipientEmail = "alert-recipient-" + run + "@example.org";
    teamEmail = "soc-" + run + "@example.org";
    testUsers.create(
        "alert-recipient-" + run, recipientEmail, Role.READER, "long password 1", true);
    recipientId = testUsers.get("alert-recipient-" + run).getId();
  }

  @AfterEach
  void deleteMyPolicies() {
    signIn.asOwner();
    for (long id : created) {
      try {
        policies.delete(id);
      } catch (AlertPolicyNotFoundException deletedByTheTest) {
        // nothing to do
      }
    }
  }

  @Test
  void aTestStatusChangeOfInterestRaisesAnAlertAndQueuesItsMailsInTheSameTransaction()
      throws SQLException {
    AlertPolicyRow policy =
        create(
            input("Failing " + run, AlertCondition.TEST_STATUS_CHANGE)
                .statuses(List.of("FAILED_HIGH_RISK"))
                .build());
    long state = implemented(states(1).get(0));

    test(state, TestStatus.PASSED);
    assertThat(alertsOf(policy)).as("Passed is not a status of interest").isEmpty();
    assertThat(mailsTo(teamEmail)).isEmpty();

    test(state, TestStatus.FAILED_HIGH_RISK);

    List<AlertRow> raised = alertsOf(policy);
    assertThat(raised).hasSize(1);
    AlertRow alert = raised.get(0);
    assertThat(alert.status()).isEqualTo(AlertStatus.ACTIVE);
    assertThat(alert.severity()).isEqualTo(AlertSeverity.HIGH);
    assertThat(alert.condition()).isEqualTo(AlertCondition.TEST_STATUS_CHANGE);
    assertThat(alert.stateId()).isEqualTo(state);
    assertThat(alert.actionTitle()).isEqualTo(titles.get(0));
    assertThat(alert.oldValue()).isEqualTo("PASSED");
    assertThat(alert.newValue()).isEqualTo("FAILED_HIGH_RISK");
    assertThat(alert.origin()).isEqualTo(ChangeOrigin.PERSON);
    assertThat(alert.changedBy()).isEqualTo(SignedInAsMechanism.CALLER);
    assertThat(alert.matchCount()).isEqualTo(1);
    assertThat(alert.firstMatchAt()).isEqualTo(alert.lastMatchAt());

    for (String address : List.of(recipientEmail, teamEmail)) {
      List<Mail> mails = mailsTo(address);
      assertThat(mails).as("mails to %s", address).hasSize(1);
      Mail mail = mails.get(0);
      assertThat(mail.subject())
          .isEqualTo(
              "[High] ComplyScore alert \"Failing "
                  + run
                  + "\": Test status of \""
                  + titles.get(0)
                  + "\": Passed \u2192 Failed (high risk)");
      assertThat(mail.text())
          .contains("Changed by " + SignedInAsMechanism.CALLER + ".")
          .contains("One matching change, at ")
          .contains("/actions/details?id=" + state)
          .contains("/alerts/list?alert=" + alert.id());
      assertThat(mail.html())
          .contains("<strong>Failing " + run + "</strong>")
          .contains("href=\"http")
          .doesNotContain("{");
    }
  }

  @Test
  void aTestStatusFlippedByAutomatedMonitoringAlertsAndMailsLikeAPersonsChange()
      throws SQLException {
    AlertPolicyRow policy =
        create(
            input("Automation " + run, AlertCondition.TEST_STATUS_CHANGE)
                .statuses(List.of("FAILED_HIGH_RISK", "COULD_NOT_BE_DETECTED"))
                .build());
    long state = states(1).get(0);

    automation.flipTestStatus(state, 1L, titles.get(0), "PASSED", "COULD_NOT_BE_DETECTED");

    List<AlertRow> raised = alertsOf(policy);
    assertThat(raised).hasSize(1);
    assertThat(raised.get(0).origin()).isEqualTo(ChangeOrigin.AUTOMATION);
    assertThat(raised.get(0).changedBy()).isEqualTo("web.tls on https://web01:443");
    List<Mail> mails = mailsTo(teamEmail);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).subject())
        .endsWith(
            ": Test status of \"" + titles.get(0) + "\": Passed \u2192 Could not be detected");
    assertThat(mails.get(0).text())
        .contains("Changed by automated monitoring (web.tls on https://web01:443).");
  }

  @Test
  void aChangeMirroredFromAParentActionAlertsToo() {
    AlertPolicyRow policy =
        create(
            input("Mirrored " + run, AlertCondition.IMPLEMENTATION_STATUS_CHANGE)
                .statuses(List.of("IMPLEMENTED"))
                .build());
    List<Long> states = states(2);
    long parent = states.get(0);
    long child = states.get(1);
    workflow.followParent(child, workflow.details(child).version(), parent);

    implemented(parent);

    List<AlertRow> raised = alertsOf(policy);
    assertThat(raised)
        .extracting(AlertRow::stateId, AlertRow::origin, AlertRow::changedBy)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                parent, ChangeOrigin.PERSON, SignedInAsMechanism.CALLER),
            org.assertj.core.groups.Tuple.tuple(child, ChangeOrigin.PARENT, titles.get(0)));
  }

  @Test
  void aThresholdOfThreeWithinTheWindowAlertsOnlyAtTheThirdMatchAndGathersTheFourth()
      throws SQLException {
    AlertPolicyRow policy =
        create(
            input("Three implementations " + run, AlertCondition.IMPLEMENTATION_STATUS_CHANGE)
                .threshold(3, 60)
                .statuses(List.of("IMPLEMENTED"))
                .build());
    List<Long> states = states(4);

    implemented(states.get(0));
    implemented(states.get(1));
    assertThat(alertsOf(policy)).as("after two matches").isEmpty();
    assertThat(mailsTo(teamEmail)).isEmpty();

    implemented(states.get(2));
    List<AlertRow> raised = alertsOf(policy);
    assertThat(raised).as("after the third match").hasSize(1);
    assertThat(raised.get(0).matchCount()).isEqualTo(3);
    assertThat(raised.get(0).stateId()).isEqualTo(states.get(2));
    assertThat(raised.get(0).firstMatchAt()).isBefore(raised.get(0).lastMatchAt());
    assertThat(mailsTo(teamEmail)).hasSize(1);
    assertThat(mailsTo(teamEmail).get(0).text())
        .contains("3 matching changes, from ")
        .contains("Implementation status of \"" + titles.get(2) + "\": Not implemented");

    implemented(states.get(3));
    raised = alertsOf(policy);
    assertThat(raised).as("the fourth joins the open alert").hasSize(1);
    assertThat(raised.get(0).matchCount()).isEqualTo(4);
    assertThat(raised.get(0).stateId()).isEqualTo(states.get(3));
    assertThat(mailsTo(teamEmail)).as("no second mail for the same burst").hasSize(1);
  }

  @Test
  void aResolvedAlertIsNotJoinedTheNextMatchesCountAgain() throws SQLException {
    AlertPolicyRow policy =
        create(
            input("Twice " + run, AlertCondition.IMPLEMENTATION_STATUS_CHANGE)
                .threshold(2, 60)
                .build());
    List<Long> states = states(4);
    implemented(states.get(0));
    implemented(states.get(1));
    AlertRow first = alertsOf(policy).get(0);
    alerts.changeStatus(first.id(), AlertStatus.RESOLVED);

    implemented(states.get(2));
    assertThat(alertsOf(policy)).hasSize(1);
    implemented(states.get(3));

    assertThat(alertsOf(policy)).hasSize(2);
    assertThat(alertsOf(policy).get(0).status()).isEqualTo(AlertStatus.ACTIVE);
    assertThat(mailsTo(teamEmail)).hasSize(2);
  }

  @Test
  void assignmentAndEvidencePoliciesSeeTheirChangesAndADisabledPolicyNothing() {
    AlertPolicyRow assignment =
        create(input("Assignments " + run, AlertCondition.ASSIGNMENT_CHANGE).build());
    AlertPolicyRow off =
        create(
            input("Switched off " + run, AlertCondition.ASSIGNMENT_CHANGE).enabled(false).build());
    long state = states(1).get(0);

    workflow.assign(List.of(state), recipientId);

    List<AlertRow> raised = alertsOf(assignment);
    assertThat(raised).hasSize(1);
    assertThat(raised.get(0).oldValue()).isNull();
    assertThat(raised.get(0).newValue()).isEqualTo("alert-recipient-" + run);
    assertThat(alertsOf(off)).isEmpty();
    assertThat(policies.policy(off.id()).enabled()).isFalse();
  }

  @Test
  void theScoreWatchSeesTheScoreRiseByItsThresholdOnce() {
    AlertPolicyRow policy =
        create(
            input("Score rises " + run, AlertCondition.SCORE_CHANGE)
                .score(new BigDecimal("0.1"), ScoreDirection.RISE)
                .build());
    assertThat(policy.referencePercent()).as("the score when the policy was saved").isNotNull();
    scoreWatch.check();
    assertThat(alertsOf(policy)).as("nothing moved yet").isEmpty();

    long state = states(1, 99).get(0);
    test(implemented(state), TestStatus.PASSED);
    scoreWatch.check();

    List<AlertRow> raised = alertsOf(policy);
    assertThat(raised).hasSize(1);
    AlertRow alert = raised.get(0);
    assertThat(alert.field()).isEqualTo("score");
    assertThat(alert.stateId()).isNull();
    assertThat(new BigDecimal(alert.newValue())).isGreaterThan(new BigDecimal(alert.oldValue()));
    assertThat(policies.policy(policy.id()).referencePercent())
        .isEqualByComparingTo(alert.newValue());

    scoreWatch.check();
    assertThat(alertsOf(policy)).as("the same rise is not seen twice").hasSize(1);
  }

  @Test
  void triageFollowsTheStatusRulesAndAssignsActivePeopleOnly() {
    AlertPolicyRow policy =
        create(input("Triage " + run, AlertCondition.ASSIGNMENT_CHANGE).build());
    workflow.assign(states(1), recipientId);
    long id = alertsOf(policy).get(0).id();

    AlertRow investigating = alerts.changeStatus(id, AlertStatus.INVESTIGATING);
    assertThat(investigating.status()).isEqualTo(AlertStatus.INVESTIGATING);
    assertThat(investigating.statusChangedBy()).isEqualTo(SignedInAsMechanism.CALLER);
    assertThat(alerts.changeStatus(id, AlertStatus.DISMISSED).status())
        .isEqualTo(AlertStatus.DISMISSED);
    assertThatThrownBy(() -> alerts.changeStatus(id, AlertStatus.RESOLVED))
        .isInstanceOf(IllegalAlertStatusChangeException.class)
        .hasMessage("This alert is Dismissed: reopen it (Active) before marking it Resolved.");
    assertThat(alerts.alert(id).status()).isEqualTo(AlertStatus.DISMISSED);

    AlertRow assigned = alerts.assign(id, recipientId);
    assertThat(assigned.assigneeName()).isEqualTo("alert-recipient-" + run);
    AlertPage mine =
        alerts.alerts(new AlertFilter(Set.of(), Set.of(), policy.id(), recipientId, false), 0, 50);
    assertThat(mine.rows()).extracting(AlertRow::id).containsExactly(id);
    AlertPage nobodys =
        alerts.alerts(new AlertFilter(Set.of(), Set.of(), policy.id(), null, true), 0, 50);
    assertThat(nobodys.total()).isZero();
    AlertPage open =
        alerts.alerts(
            new AlertFilter(AlertFilter.OPEN.statuses(), Set.of(), policy.id(), null, false),
            0,
            50);
    assertThat(open.total()).isZero();

    testUsers.create("gone-" + run, null, Role.READER, "long password 1", false);
    long gone = testUsers.get("gone-" + run).getId();
    assertThatThrownBy(() -> alerts.assign(id, gone))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is deactivated");
    assertThat(alerts.assign(id, null).assigneeId()).isNull();
  }

  @Test
  void badPoliciesAreRefusedNamingTheFieldAndNothingIsSaved() {
    create(input("Taken " + run, AlertCondition.EVIDENCE_CHANGE).build());
    int before = policies.policies().size();

    assertField(
        () -> policies.create(input("TAKEN " + run, AlertCondition.EVIDENCE_CHANGE).build()),
        "name",
        "There is already an alert policy named \"Taken " + run + "\".");
    assertField(
        () ->
            policies.create(
                input("Bad window " + run, AlertCondition.TEST_STATUS_CHANGE)
                    .threshold(3, 0)
                    .build()),
        "windowMinutes",
        "Give the window in minutes the matches must fall in from 1 to 10080, not 0.");
    assertField(
        () ->
            policies.create(
                input("Nobody " + run, AlertCondition.TEST_STATUS_CHANGE)
                    .recipients(List.of(), List.of())
                    .build()),
        "recipients",
        "Choose at least one recipient: a person or an e-mail address.");
    assertField(
        () ->
            policies.create(
                input("Ghost " + run, AlertCondition.TEST_STATUS_CHANGE)
                    .recipients(List.of(999_999_999L), List.of())
                    .build()),
        "recipientUserIds",
        "There is no person with the id 999999999.");

    assertThat(policies.policies()).hasSize(before);
  }

  @Test
  void anEditOnTopOfAnUnseenOneIsRefusedAndDeletingAPolicyKeepsItsAlerts() {
    AlertPolicyRow policy =
        create(input("Edited " + run, AlertCondition.ASSIGNMENT_CHANGE).build());
    AlertPolicyRow edited =
        policies.update(
            policy.id(),
            policy.version(),
            input("Edited again " + run, AlertCondition.ASSIGNMENT_CHANGE)
                .severity(AlertSeverity.LOW)
                .build());
    assertThat(edited.name()).isEqualTo("Edited again " + run);
    assertThatThrownBy(
            () ->
                policies.update(
                    policy.id(),
                    policy.version(),
                    input("Lost " + run, AlertCondition.ASSIGNMENT_CHANGE).build()))
        .isInstanceOf(AlertPolicyChangedException.class);

    workflow.assign(states(1), recipientId);
    long alert = alertsOf(edited).get(0).id();
    assertThat(alerts.alert(alert).severity()).isEqualTo(AlertSeverity.LOW);

    policies.delete(policy.id());

    assertThat(alerts.alert(alert).policyId()).isNull();
    assertThat(alerts.alert(alert).policyName()).isEqualTo("Edited again " + run);
    assertThatThrownBy(() -> policies.policy(policy.id()))
        .isInstanceOf(AlertPolicyNotFoundException.class);
  }

  @Test
  void onlyAdministratorsAndOwnersKeepPoliciesAndReadersTriageNothing() {
    AlertPolicyRow policy = create(input("Roles " + run, AlertCondition.ASSIGNMENT_CHANGE).build());
    workflow.assign(states(1), recipientId);
    long alert = alertsOf(policy).get(0).id();

    for (Role role : List.of(Role.READER, Role.CONTRIBUTOR, Role.ASSESSOR)) {
      signIn.as(person(role), role);
      assertThatThrownBy(() -> policies.policies())
          .as(role.name())
          .isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(
              () ->
                  policies.create(
                      input("By " + role + run, AlertCondition.ASSIGNMENT_CHANGE).build()))
          .isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(() -> policies.delete(policy.id())).isInstanceOf(EJBAccessException.class);
      assertThat(alerts.alert(alert).id()).as("%s sees alerts", role).isEqualTo(alert);
    }
    signIn.as(person(Role.READER), Role.READER);
    assertThatThrownBy(() -> alerts.changeStatus(alert, AlertStatus.INVESTIGATING))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> alerts.assign(alert, recipientId))
        .isInstanceOf(EJBAccessException.class);

    signIn.as(person(Role.CONTRIBUTOR), Role.CONTRIBUTOR);
    assertThat(alerts.changeStatus(alert, AlertStatus.INVESTIGATING).status())
        .isEqualTo(AlertStatus.INVESTIGATING);

    signIn.as(person(Role.ADMINISTRATOR), Role.ADMINISTRATOR);
    assertThat(policies.policy(policy.id()).name()).isEqualTo("Roles " + run);
    signIn.asOwner();
  }

  // ---------------------------------------------------------------- helpers

  /** Builds policy inputs: every match, high severity, to the recipient and the team mailbox. */
  private final class InputBuilder {
    private final String name;
    private final AlertCondition condition;
    private AlertSeverity severity = AlertSeverity.HIGH;
    private AlertFrequency frequency = AlertFrequency.EVERY_MATCH;
    private Integer matches;
    private Integer window;
    private List<String> statuses = List.of();
    private BigDecimal scoreThreshold;
    private ScoreDirection direction;
    private List<Long> users = List.of(recipientId);
    private List<String> emails = List.of(teamEmail);
    private boolean enabled = true;

    InputBuilder(String name, AlertCondition condition) {
      this.name = name;
      this.condition = condition;
    }

    InputBuilder severity(AlertSeverity value) {
      severity = value;
      return this;
    }

    InputBuilder threshold(int n, int minutes) {
      frequency = AlertFrequency.THRESHOLD;
      matches = n;
      window = minutes;
      return this;
    }

    InputBuilder statuses(List<String> value) {
      statuses = value;
      return this;
    }

    InputBuilder score(BigDecimal threshold, ScoreDirection value) {
      scoreThreshold = threshold;
      direction = value;
      return this;
    }

    InputBuilder recipients(List<Long> userIds, List<String> addresses) {
      users = userIds;
      emails = addresses;
      return this;
    }

    InputBuilder enabled(boolean value) {
      enabled = value;
      return this;
    }

    AlertPolicyInput build() {
      return new AlertPolicyInput(
          name,
          condition,
          severity,
          frequency,
          matches,
          window,
          statuses,
          scoreThreshold,
          direction,
          users,
          emails,
          enabled);
    }
  }

  private InputBuilder input(String name, AlertCondition condition) {
    return new InputBuilder(name, condition);
  }

  private AlertPolicyRow create(AlertPolicyInput input) {
    AlertPolicyRow policy = policies.create(input);
    created.add(policy.id());
    return policy;
  }

  private List<AlertRow> alertsOf(AlertPolicyRow policy) {
    return alerts
        .alerts(new AlertFilter(Set.of(), Set.of(), policy.id(), null, false), 0, 100)
        .rows();
  }

  private static void assertField(Runnable call, String field, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((InvalidInputException) e).getField()).isEqualTo(field));
  }

  private String person(Role role) {
    String username = role.name().toLowerCase(java.util.Locale.ROOT) + "-" + run;
    try {
      testUsers.get(username);
    } catch (RuntimeException none) {
      testUsers.create(username, null, role, "a long enough password", true);
    }
    return username;
  }

  /** Implements the state as the Owner; returns it. */
  private long implemented(long state) {
    workflow.recordImplementation(
        state, workflow.details(state).version(), ImplementationStatus.IMPLEMENTED, today, null);
    return state;
  }

  private void test(long state, TestStatus status) {
    workflow.recordTest(state, workflow.details(state).version(), status, today, null);
  }

  private List<Long> states(int count) {
    return states(count, 3);
  }

  /** New technical actions (one state each) of one assessment of their own. */
  private List<Long> states(int count, int points) {
    String batch = run + "-" + titles.size();
    Map<String, List<Long>> controls = new LinkedHashMap<>();
    List<Long> actions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String title = "Alert action " + i + " " + batch;
      long action =
          scenarios.action(
              title,
              ImplementationType.TECHNICAL,
              ActionOwner.ORGANIZATION,
              Purpose.PREVENTIVE,
              points,
              null,
              null);
      titles.add(title);
      actions.add(action);
      controls.put("A-" + i + "-" + batch, List.of(action));
    }
    long template =
        scenarios.template("Alert template " + batch, "Alert regulation " + batch, controls);
    long assessment =
        scenarios.assessment(
            "Alert assessment " + batch, scenarios.group("Alert group " + batch), template);
    return actions.stream().map(action -> scenarios.stateOf(assessment, action)).toList();
  }

  private List<Mail> mailsTo(String recipient) throws SQLException {
    return QueuedMails.to(dataSource, recipient);
  }
}
