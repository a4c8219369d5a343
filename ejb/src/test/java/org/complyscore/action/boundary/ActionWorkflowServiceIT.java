package org.complyscore.action.boundary;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.complyscore.access.boundary.TestUsers;
import org.complyscore.access.entity.Role;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ChangeOrigin;
import org.complyscore.action.entity.EvidenceKind;
import org.complyscore.action.entity.IllegalStatusChangeException;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.action.entity.TestingSource;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.testing.QueuedMails;
import org.complyscore.testing.QueuedMails.Mail;
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
 * The implementation and testing workflow, assignment mails and evidence on Payara, as the
 * signed-in Owner does them: what each change writes (state, history, outbox, evidence) and what is
 * refused without changing anything. Every test makes its own actions, assessment and people.
 */
@ExtendWith(ArquillianExtension.class)
class ActionWorkflowServiceIT {

  @Deployment
  static WebArchive deployment() {
    return TestArchives.servicesWith(
        QueuedMails.class,
        ActionWorkflowServiceIT.class,
        Scenarios.class,
        TestUsers.class,
        SignedInOwnerMechanism.class);
  }

  private static final String PASSWORD = "a long enough password";

  @Inject private ActionWorkflowService workflow;
  @Inject private EvidenceService evidence;
  @Inject private Scenarios scenarios;
  @Inject private TestUsers testUsers;

  @Resource(lookup = "jdbc/complyscore")
  private DataSource dataSource;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final LocalDate today = LocalDate.now();
  private final List<String> titles = new ArrayList<>();

  @BeforeEach
  void theCallerHasAnAccount() {
    testUsers.ensure(SignedInOwnerMechanism.CALLER, Role.OWNER);
  }

  @Test
  void recordingImplementationAndTestChangesTheStateAndWritesWhoChangedWhat() {
    long state = states(1).get(0);
    ActionDetails before = workflow.details(state);
    LocalDate yesterday = today.minusDays(1);

    ActionDetails implemented =
        workflow.recordImplementation(
            state, before.version(), ImplementationStatus.IMPLEMENTED, yesterday, "Rolled out");

    assertThat(implemented.implementationStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
    assertThat(implemented.implementationDate()).isEqualTo(yesterday);
    assertThat(implemented.implementationNotes()).isEqualTo("Rolled out");
    assertThat(implemented.version()).isGreaterThan(before.version());
    assertThat(implemented.lastChangedBy()).isEqualTo(me());
    assertThat(history(state))
        .containsExactlyInAnyOrder(
            byMe("implementationStatus", "NOT_IMPLEMENTED", "IMPLEMENTED"),
            byMe("implementationDate", null, yesterday.toString()),
            byMe("implementationNotes", null, "Rolled out"));

    ActionDetails tested =
        workflow.recordTest(state, implemented.version(), TestStatus.PASSED, today, "Checked");

    assertThat(tested.testStatus()).isEqualTo(TestStatus.PASSED);
    assertThat(tested.testDate()).isEqualTo(today);
    assertThat(tested.testNotes()).isEqualTo("Checked");
    assertThat(tested.achievedPoints()).isEqualByComparingTo("3");
    assertThat(tested.scoreImpact()).isEqualByComparingTo("0");
    assertThat(tested.version()).isGreaterThan(implemented.version());
    List<String> history = history(state);
    assertThat(history).hasSize(6);
    // Newest first: the test's three changes before the implementation's.
    assertThat(history.subList(0, 3))
        .containsExactlyInAnyOrder(
            byMe("testStatus", "NONE", "PASSED"),
            byMe("testDate", null, today.toString()),
            byMe("testNotes", null, "Checked"));
  }

  @Test
  void aChangeOnTopOfAnUnseenOneIsRefusedAndChangesNothing() {
    long state = states(1).get(0);
    long seen = workflow.details(state).version();
    ActionDetails saved =
        workflow.recordImplementation(
            state, seen, ImplementationStatus.PLANNED, null, "Planned for Q3");

    assertThatThrownBy(
            () ->
                workflow.recordImplementation(
                    state, seen, ImplementationStatus.IMPLEMENTED, today, "Done already"))
        .isInstanceOf(ConcurrentChangeException.class)
        .hasMessageStartingWith(me() + " saved this action while you were editing it");
    assertThatThrownBy(() -> workflow.changeAdditionalNotes(state, seen, "Mine"))
        .isInstanceOf(ConcurrentChangeException.class);

    ActionDetails now = workflow.details(state);
    assertThat(now.version()).isEqualTo(saved.version());
    assertThat(now.implementationStatus()).isEqualTo(ImplementationStatus.PLANNED);
    assertThat(now.implementationNotes()).isEqualTo("Planned for Q3");
    assertThat(now.additionalNotes()).isNull();
    assertThat(history(state))
        .containsExactlyInAnyOrder(
            byMe("implementationStatus", "NOT_IMPLEMENTED", "PLANNED"),
            byMe("implementationNotes", null, "Planned for Q3"));
  }

  @Test
  void aTestBeforeImplementationAndAnAutomationOnlyStatusAreRefused() {
    long state = states(1).get(0);
    long version = workflow.details(state).version();

    assertThatThrownBy(() -> workflow.recordTest(state, version, TestStatus.PASSED, today, null))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("only once the action is Implemented");

    long implemented =
        workflow
            .recordImplementation(state, version, ImplementationStatus.IMPLEMENTED, today, null)
            .version();
    for (TestStatus automatic :
        List.of(
            TestStatus.TO_BE_DETECTED,
            TestStatus.COULD_NOT_BE_DETECTED,
            TestStatus.PARTIALLY_TESTED)) {
      assertThatThrownBy(() -> workflow.recordTest(state, implemented, automatic, today, null))
          .isInstanceOf(IllegalStatusChangeException.class)
          .hasMessageStartingWith("Only automated testing sets the test status");
    }

    ActionDetails now = workflow.details(state);
    assertThat(now.version()).isEqualTo(implemented);
    assertThat(now.testStatus()).isEqualTo(TestStatus.NONE);
    assertThat(now.testingSource()).isEqualTo(TestingSource.MANUAL);
    assertThat(history(state))
        .containsExactlyInAnyOrder(
            byMe("implementationStatus", "NOT_IMPLEMENTED", "IMPLEMENTED"),
            byMe("implementationDate", null, today.toString()));
  }

  @Test
  void datesInTheFutureAreRefusedNamingTheField() {
    long state = states(1).get(0);
    long version = workflow.details(state).version();
    LocalDate tomorrow = today.plusDays(1);

    assertThatThrownBy(
            () ->
                workflow.recordImplementation(
                    state, version, ImplementationStatus.IMPLEMENTED, tomorrow, null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertField(e, "implementationDate"));
    long implemented =
        workflow
            .recordImplementation(state, version, ImplementationStatus.IMPLEMENTED, today, null)
            .version();
    assertThatThrownBy(
            () -> workflow.recordTest(state, implemented, TestStatus.PASSED, tomorrow, null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertField(e, "testDate"));

    ActionDetails now = workflow.details(state);
    assertThat(now.implementationDate()).isEqualTo(today);
    assertThat(now.testStatus()).isEqualTo(TestStatus.NONE);
    assertThat(now.version()).isEqualTo(implemented);
  }

  @Test
  void aChildMirrorsItsParentNowAndWhenTheParentChangesLater() {
    List<Long> states = states(3);
    long parent = states.get(0);
    long child = states.get(1);
    long grandchild = states.get(2);
    LocalDate yesterday = today.minusDays(1);
    ActionDetails parentNow =
        workflow.recordImplementation(
            parent,
            workflow.details(parent).version(),
            ImplementationStatus.IMPLEMENTED,
            yesterday,
            "Parent rollout");

    ActionDetails childNow =
        workflow.followParent(child, workflow.details(child).version(), parent);
    workflow.followParent(grandchild, workflow.details(grandchild).version(), child);

    assertThat(childNow.testingSource()).isEqualTo(TestingSource.PARENT);
    assertThat(childNow.parent().stateId()).isEqualTo(parent);
    assertThat(childNow.implementationStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
    assertThat(childNow.implementationDate()).isEqualTo(yesterday);
    assertThat(childNow.implementationNotes()).isEqualTo("Parent rollout");
    assertThat(workflow.details(parent).children())
        .extracting(ActionDetails.StateRef::stateId)
        .containsExactly(child);
    assertThat(history(child))
        .contains(
            byMe("testingSource", "MANUAL", "PARENT"),
            byMe("parent", null, titles.get(0)),
            byMe("implementationStatus", "NOT_IMPLEMENTED", "IMPLEMENTED"));

    workflow.recordTest(parent, parentNow.version(), TestStatus.PASSED, today, "Parent verified");

    for (long follower : List.of(child, grandchild)) {
      ActionDetails mirrored = workflow.details(follower);
      assertThat(mirrored.testStatus()).isEqualTo(TestStatus.PASSED);
      assertThat(mirrored.testDate()).isEqualTo(today);
      assertThat(mirrored.testNotes()).isEqualTo("Parent verified");
      assertThat(mirrored.achievedPoints()).isEqualByComparingTo("3");
    }
    assertThat(workflow.history(child))
        .filteredOn(entry -> entry.origin() == ChangeOrigin.PARENT)
        .extracting(ActionWorkflowServiceIT::describe)
        .containsExactlyInAnyOrder(
            change("testStatus", "NONE", "PASSED", titles.get(0), ChangeOrigin.PARENT),
            change("testDate", null, today.toString(), titles.get(0), ChangeOrigin.PARENT),
            change("testNotes", null, "Parent verified", titles.get(0), ChangeOrigin.PARENT));
    // The grandchild hears of it from its own parent, the child.
    assertThat(history(grandchild))
        .contains(change("testStatus", "NONE", "PASSED", titles.get(1), ChangeOrigin.PARENT));
    long childVersion = workflow.details(child).version();
    assertThatThrownBy(
            () ->
                workflow.recordImplementation(
                    child, childVersion, ImplementationStatus.PLANNED, null, null))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("follows its parent");
  }

  @Test
  void aParentThatWouldMakeACycleIsRefused() {
    List<Long> states = states(3);
    long a = states.get(0);
    long b = states.get(1);
    long c = states.get(2);
    workflow.followParent(b, workflow.details(b).version(), a);
    workflow.followParent(c, workflow.details(c).version(), b);
    long version = workflow.details(a).version();

    assertThatThrownBy(() -> workflow.followParent(a, version, c))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("would make a cycle");
    assertThatThrownBy(() -> workflow.followParent(a, version, a))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessage("An action cannot be its own parent.");

    ActionDetails now = workflow.details(a);
    assertThat(now.version()).isEqualTo(version);
    assertThat(now.testingSource()).isEqualTo(TestingSource.MANUAL);
    assertThat(now.parent()).isNull();
  }

  @Test
  void aDeactivatedPersonCannotBeAssigned() throws SQLException {
    long state = states(1).get(0);
    String email = "gone-" + run + "@example.test";
    testUsers.create("gone-" + run, email, Role.CONTRIBUTOR, PASSWORD, false);
    long gone = testUsers.get("gone-" + run).getId();

    assertThatThrownBy(() -> workflow.assign(List.of(state), gone))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("gone-" + run + " is deactivated and cannot be assigned actions.")
        .satisfies(e -> assertField(e, "assignee"));

    assertThat(scenarios.assigneeOf(state)).isEmpty();
    assertThat(history(state)).isEmpty();
    assertThat(mailsTo(email)).isEmpty();
  }

  @Test
  void assigningQueuesOneMailListingTheActionsWithDeepLinks() throws SQLException {
    List<Long> states = states(2);
    String email = "carol-" + run + "@example.test";
    testUsers.create("carol-" + run, email, Role.CONTRIBUTOR, PASSWORD, true);
    long carol = testUsers.get("carol-" + run).getId();

    int changed = workflow.assign(List.of(states.get(0), states.get(1), states.get(0)), carol);

    assertThat(changed).isEqualTo(2);
    assertThat(mailsTo(email))
        .singleElement()
        .satisfies(
            mail -> {
              assertThat(mail.subject()).isEqualTo(me() + " assigned 2 improvement actions to you");
              for (int i = 0; i < 2; i++) {
                String link = "/actions/details?id=" + states.get(i);
                assertThat(mail.text())
                    .containsPattern(
                        "- "
                            + Pattern.quote(titles.get(i))
                            + "\\n  https?://\\S+"
                            + Pattern.quote(link)
                            + "\\n");
                assertThat(mail.html())
                    .containsPattern(
                        "<li><a href=\"https?://[^\"]+"
                            + Pattern.quote(link)
                            + "\">"
                            + Pattern.quote(titles.get(i))
                            + "</a></li>");
              }
            });
    for (long state : states) {
      ActionDetails details = workflow.details(state);
      assertThat(details.assigneeId()).isEqualTo(carol);
      assertThat(details.assigneeName()).isEqualTo("carol-" + run);
      assertThat(history(state)).containsExactly(byMe("assignee", null, "carol-" + run));
    }

    // Assigning what she has already changes nothing and mails nothing.
    assertThat(workflow.assign(states, carol)).isZero();
    assertThat(mailsTo(email)).hasSize(1);
  }

  @Test
  void assigningToOneselfQueuesNoMail() throws SQLException {
    long state = states(1).get(0);
    long me = testUsers.get(SignedInOwnerMechanism.CALLER).getId();
    String myEmail = "it-owner-" + run + "@example.test";
    String formerEmail = single("select email from app_user where id = ?", me);
    update("update app_user set email = ? where id = ?", myEmail, me);
    try {
      assertThat(workflow.assign(List.of(state), me)).isEqualTo(1);

      assertThat(scenarios.assigneeOf(state)).contains(SignedInOwnerMechanism.CALLER);
      assertThat(mailsTo(myEmail)).isEmpty();
    } finally {
      update("update app_user set email = ? where id = ?", formerEmail, me);
    }
  }

  @Test
  void anUploadedFileIsStoredWithItsSha256() throws SQLException {
    long state = states(1).get(0);
    byte[] pdf = pdf("audit " + run);

    EvidenceSummary stored = evidence.upload(state, "C:\\Users\\me\\Audit report.pdf", pdf);

    assertThat(stored.kind()).isEqualTo(EvidenceKind.FILE);
    assertThat(stored.name()).isEqualTo("Audit report.pdf");
    assertThat(stored.url()).isNull();
    assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
    assertThat(stored.sha256()).isEqualTo(sha256(pdf));
    assertThat(stored.addedBy()).isEqualTo(me());
    assertThat(stored.inherited()).isFalse();
    assertThat(single("select sha256 from evidence where id = ?", stored.id()))
        .isEqualTo(sha256(pdf));
    EvidenceDownload download = evidence.download(stored.id());
    assertThat(download.content()).isEqualTo(pdf);
    assertThat(download.contentType()).isEqualTo("application/pdf");
    assertThat(download.sha256()).isEqualTo(sha256(pdf));
    assertThat(download.fileName()).isEqualTo("Audit report.pdf");
    assertThat(evidence.evidence(state)).containsExactly(stored);
    assertThat(history(state)).containsExactly(byMe("evidence", null, "Audit report.pdf"));
  }

  @Test
  void aRenamedProgramAndAnOversizeFileAreRefused() {
    long state = states(1).get(0);
    byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
    long max = evidence.maxFileBytes();
    byte[] oversize = new byte[Math.toIntExact(max + 1)];
    System.arraycopy(pdf(""), 0, oversize, 0, 5);

    assertThatThrownBy(() -> evidence.upload(state, "invoice.pdf", program))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "\"invoice.pdf\" is a program, not a document. Programs cannot be kept as evidence.")
        .satisfies(e -> assertField(e, "file"));
    assertThatThrownBy(() -> evidence.upload(state, "scan.pdf", oversize))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("the largest file allowed is " + max / (1024 * 1024) + " MB")
        .satisfies(e -> assertField(e, "file"));

    assertThat(evidence.evidence(state)).isEmpty();
    assertThat(history(state)).isEmpty();
  }

  @Test
  void evidenceCanBeDeletedUntilTheTestPassed() {
    long state = states(1).get(0);
    EvidenceSummary first = evidence.upload(state, "first.txt", "first".getBytes(UTF_8));
    EvidenceSummary second = evidence.upload(state, "second.txt", "second".getBytes(UTF_8));

    evidence.delete(first.id());
    assertThat(evidence.evidence(state))
        .extracting(EvidenceSummary::id)
        .containsExactly(second.id());

    long version =
        workflow
            .recordImplementation(
                state,
                workflow.details(state).version(),
                ImplementationStatus.IMPLEMENTED,
                today,
                null)
            .version();
    assertThat(workflow.recordTest(state, version, TestStatus.PASSED, today, null).evidenceLocked())
        .isTrue();

    assertThatThrownBy(() -> evidence.delete(second.id()))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageStartingWith("Evidence cannot be deleted once the action is Passed");
    assertThat(evidence.evidence(state))
        .extracting(EvidenceSummary::id)
        .containsExactly(second.id());
    assertThat(evidence.download(second.id()).content()).isEqualTo("second".getBytes(UTF_8));
    assertThat(history(state))
        .filteredOn(line -> line.startsWith("evidence:"))
        .containsExactlyInAnyOrder(
            byMe("evidence", null, "first.txt"),
            byMe("evidence", null, "second.txt"),
            byMe("evidence", "first.txt", null));
  }

  @Test
  void aChildShowsItsParentsEvidenceAsInherited() {
    List<Long> states = states(2);
    long parent = states.get(0);
    long child = states.get(1);
    EvidenceSummary own = evidence.upload(parent, "parent.pdf", pdf("parent " + run));

    workflow.followParent(child, workflow.details(child).version(), parent);

    assertThat(evidence.evidence(parent))
        .singleElement()
        .satisfies(item -> assertThat(item.inherited()).isFalse());
    assertThat(evidence.evidence(child))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.id()).isEqualTo(own.id());
              assertThat(item.name()).isEqualTo("parent.pdf");
              assertThat(item.sha256()).isEqualTo(own.sha256());
              assertThat(item.inherited()).isTrue();
            });
    assertThatThrownBy(() -> evidence.upload(child, "child.pdf", pdf("child " + run)))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("shows the evidence of its parent");
  }

  /**
   * New technical actions of 3 points each (one state each, organization-wide), used by one
   * assessment of their own; their titles go to {@link #titles} in order.
   */
  private List<Long> states(int count) {
    String batch = run + "-" + titles.size();
    Map<String, List<Long>> controls = new LinkedHashMap<>();
    List<Long> actions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String title = "Workflow action " + i + " " + batch;
      long action =
          scenarios.action(
              title,
              ImplementationType.TECHNICAL,
              ActionOwner.ORGANIZATION,
              Purpose.PREVENTIVE,
              3,
              null,
              null);
      titles.add(title);
      actions.add(action);
      controls.put("W-" + i + "-" + batch, List.of(action));
    }
    long template =
        scenarios.template("Workflow template " + batch, "Workflow regulation " + batch, controls);
    long assessment =
        scenarios.assessment(
            "Workflow assessment " + batch, scenarios.group("Workflow group " + batch), template);
    return actions.stream().map(action -> scenarios.stateOf(assessment, action)).toList();
  }

  private String me() {
    return testUsers.get(SignedInOwnerMechanism.CALLER).getDisplayName();
  }

  private List<String> history(long state) {
    return workflow.history(state).stream().map(ActionWorkflowServiceIT::describe).toList();
  }

  private String byMe(String field, String oldValue, String newValue) {
    return change(field, oldValue, newValue, me(), ChangeOrigin.PERSON);
  }

  private static String change(
      String field, String oldValue, String newValue, String who, ChangeOrigin origin) {
    return field + ": " + oldValue + " -> " + newValue + " by " + who + " (" + origin + ")";
  }

  private static String describe(HistoryEntry entry) {
    return change(entry.field(), entry.oldValue(), entry.newValue(), entry.who(), entry.origin());
  }

  private static void assertField(Throwable e, String field) {
    assertThat(((InvalidInputException) e).getField()).isEqualTo(field);
  }

  /** A small file that starts as a PDF does. */
  private static byte[] pdf(String text) {
    return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(US_ASCII);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Mail> mailsTo(String recipient) throws SQLException {
    return QueuedMails.to(dataSource, recipient);
  }

  private String single(String sql, Object parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, parameter);
      try (ResultSet result = statement.executeQuery()) {
        assertThat(result.next()).as("a row for %s", parameter).isTrue();
        return result.getString(1);
      }
    }
  }

  private void update(String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i] == null) {
          statement.setNull(i + 1, Types.VARCHAR);
        } else {
          statement.setObject(i + 1, parameters[i]);
        }
      }
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
  }
}
