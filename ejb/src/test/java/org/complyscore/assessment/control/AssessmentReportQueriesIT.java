package org.complyscore.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.complyscore.access.boundary.TestUsers;
import org.complyscore.access.entity.Role;
import org.complyscore.action.boundary.ActionWorkflowService;
import org.complyscore.action.boundary.EvidenceService;
import org.complyscore.action.boundary.EvidenceSummary;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.EvidenceKind;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.assessment.control.AssessmentReport.EvidenceRef;
import org.complyscore.assessment.control.AssessmentReport.Line;
import org.complyscore.assessment.entity.Assessment;
import org.complyscore.assessment.entity.AssessmentGroup;
import org.complyscore.assessment.entity.ControlStatus;
import org.complyscore.score.control.StatusQueries;
import org.complyscore.template.control.BaselineTemplateBuilder;
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
 * The assessment report read from the database on Payara (F43, F48): the built-in baseline with
 * evidence added here, and a small assessment of this test's own with every case the report knows.
 * The baseline's statuses stay as they are, so that the baseline's score tests hold in any order.
 *
 * <p>The own assessment ("K" controls of one family, in this order):
 *
 * <pre>
 * K1  passed       passed (technical, implemented, passed), provider (comes passed)
 * K2  failed       failed (operational, failed high risk); taken out in revision 2
 * K3  none         child (follows parent), grandchild (follows child): both show parent's evidence
 * K4  none         no action
 * K5  out of scope out (implemented, out of scope)
 * K6  none         parent (not implemented; a link and a file)
 * K7  -            added in revision 2: not part of the assessment, which stays on revision 1
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentReportQueriesIT {

  @Deployment
  static WebArchive deployment() {
    return TestArchives.servicesWith(
            AssessmentReportQueriesIT.class,
            OscalSchema.class,
            Scenarios.class,
            TestUsers.class,
            SignedInOwnerMechanism.class)
        .addAsResource(OscalSchema.RESOURCE)
        .addAsLibraries(TestArchives.librariesOf(OscalSchema.LIBRARIES));
  }

  private static final String BASE_URL = "https://comply.example.org/complyscore";

  @PersistenceContext private EntityManager em;
  @Inject private AssessmentReportQueries queries;
  @Inject private StatusQueries statusQueries;
  @Inject private EvidenceService evidence;
  @Inject private ActionWorkflowService workflow;
  @Inject private Scenarios scenarios;
  @Inject private TestUsers testUsers;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void theCallerHasAnAccount() {
    testUsers.ensure(SignedInOwnerMechanism.CALLER, Role.OWNER);
  }

  @Test
  void readsEveryControlOfTheBaselineWithEachOfItsActionsAndTheirDerivedStatus() {
    long baseline = baselineId();

    AssessmentReport report = queries.read(baseline, Instant.now()).orElseThrow();

    assertThat(report.name()).isEqualTo(BaselineTemplateBuilder.TITLE);
    assertThat(report.groupName()).isEqualTo(AssessmentGroup.DEFAULT_NAME);
    assertThat(report.regulation()).isEqualTo("NIST SP 800-53 Rev 5 MODERATE");
    Set<Long> controls = report.lines().stream().map(Line::controlId).collect(Collectors.toSet());
    assertThat(controls).hasSize(287);
    assertThat(report.lines()).allMatch(Line::hasAction);
    assertThat(pairs(report)).isEqualTo(expectedPairs(baseline));
    assertThat(controlOrder(report)).containsExactlyElementsOf(expectedControlOrder(baseline));
    assertThat(report.lines()).extracting(Line::controlSourceId).contains("ac-2", "ac-2.1", "sc-7");

    Map<Long, ControlStatus> statuses = statusQueries.controlStatuses(baseline);
    assertThat(report.lines())
        .allSatisfy(
            line -> assertThat(line.controlStatus()).isEqualTo(statuses.get(line.controlId())));
  }

  @Test
  void showsEvidenceAddedToABaselineAction() {
    long baseline = baselineId();
    Line first = queries.read(baseline, Instant.now()).orElseThrow().lines().get(0);
    String url = "https://evidence.example.org/" + run;
    EvidenceSummary link = evidence.addLink(first.stateId(), "Review " + run, url);
    EvidenceSummary file =
        evidence.upload(
            first.stateId(), "review-" + run + ".txt", "Reviewed".getBytes(StandardCharsets.UTF_8));

    AssessmentReport report = queries.read(baseline, Instant.now()).orElseThrow();

    List<Line> lines =
        report.lines().stream().filter(line -> first.stateId().equals(line.stateId())).toList();
    assertThat(lines).isNotEmpty();
    assertThat(lines)
        .allSatisfy(
            line ->
                assertThat(line.evidence())
                    .contains(
                        new EvidenceRef("Review " + run, EvidenceKind.LINK, url, link.id()),
                        new EvidenceRef(
                            "review-" + run + ".txt", EvidenceKind.FILE, null, file.id())));
  }

  @Test
  void writesTheBaselineAsWorkbookAndAsOscalThatTheSchemaAccepts() throws IOException {
    long baseline = baselineId();
    Line first = queries.read(baseline, Instant.now()).orElseThrow().lines().get(0);
    String url = "https://evidence.example.org/oscal-" + run;
    evidence.addLink(first.stateId(), "Export " + run, url);
    AssessmentReport report = queries.read(baseline, Instant.now()).orElseThrow();

    ByteArrayOutputStream workbook = new ByteArrayOutputStream();
    AssessmentReportWorkbook.write(report, BASE_URL, workbook);
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook.toByteArray()))) {
      XSSFSheet sheet = read.getSheet("Controls");
      assertThat(sheet.getLastRowNum()).isEqualTo(report.lines().size());
      Row row = sheet.getRow(1);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo(first.controlKey());
      assertThat(row.getCell(14).getStringCellValue()).contains(url);
    }

    ByteArrayOutputStream oscal = new ByteArrayOutputStream();
    OscalResultsWriter.write(report, "ComplyScore integration test", BASE_URL, oscal);
    String json = oscal.toString(StandardCharsets.UTF_8);
    assertThat(OscalSchema.errors(json)).isEmpty();
    assertThat(json).contains("\"href\": \"" + url + "\"");
    JsonObject result =
        Json.createReader(new StringReader(json))
            .readObject()
            .getJsonObject("assessment-results")
            .getJsonArray("results")
            .getJsonObject(0);
    assertThat(result.getJsonArray("findings")).hasSize(287);
    assertThat(result.getJsonArray("observations")).hasSize(287);
  }

  @Test
  void readsEveryKindOfLineOfAnAssessmentOfItsOwn() {
    long passed = action("passed", ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION);
    long provider = action("provider", ImplementationType.TECHNICAL, ActionOwner.PROVIDER);
    long failed = action("failed", ImplementationType.OPERATIONAL, ActionOwner.ORGANIZATION);
    long child = action("child", ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION);
    long grandchild = action("grandchild", ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION);
    long out = action("out", ImplementationType.DOCUMENTATION, ActionOwner.ORGANIZATION);
    long parent = action("parent", ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION);
    Map<String, List<Long>> controls = new LinkedHashMap<>();
    controls.put("K1", List.of(passed, provider));
    controls.put("K2", List.of(failed));
    controls.put("K3", List.of(child, grandchild));
    controls.put("K4", List.of());
    controls.put("K5", List.of(out));
    controls.put("K6", List.of(parent));
    long template = scenarios.template(name("Template"), name("Regulation"), controls);
    long group = scenarios.group(name("Group"));
    long assessment = scenarios.assessment(name("Assessment"), group, template);
    scenarios.set(
        scenarios.stateOf(assessment, passed),
        ImplementationStatus.IMPLEMENTED,
        TestStatus.PASSED,
        null);
    scenarios.set(
        scenarios.stateOf(assessment, failed),
        ImplementationStatus.IMPLEMENTED,
        TestStatus.FAILED_HIGH_RISK,
        null);
    scenarios.set(
        scenarios.stateOf(assessment, out),
        ImplementationStatus.IMPLEMENTED,
        TestStatus.OUT_OF_SCOPE,
        null);
    long parentState = scenarios.stateOf(assessment, parent);
    long childState = scenarios.stateOf(assessment, child);
    long grandchildState = scenarios.stateOf(assessment, grandchild);
    EvidenceSummary ownLink =
        evidence.addLink(childState, "Own " + run, "https://evidence.example.org/own");
    EvidenceSummary link =
        evidence.addLink(parentState, "Parent " + run, "https://evidence.example.org/parent");
    EvidenceSummary file =
        evidence.upload(parentState, "parent.txt", "Parent".getBytes(StandardCharsets.UTF_8));
    workflow.followParent(childState, workflow.details(childState).version(), parentState);
    workflow.followParent(grandchildState, workflow.details(grandchildState).version(), childState);
    scenarios.reviseTemplate(template, "K2", "K7");

    AssessmentReport report = queries.read(assessment, Instant.now()).orElseThrow();

    assertThat(report.name()).isEqualTo(name("Assessment"));
    assertThat(report.groupName()).isEqualTo(name("Group"));
    assertThat(report.product()).isEqualTo("Test product");
    assertThat(report.templateVersion()).isNull();
    assertThat(report.lines())
        .extracting(Line::controlKey, Line::actionTitle)
        .containsExactly(
            tuple("K1", name("passed")),
            tuple("K1", name("provider")),
            tuple("K2", name("failed")),
            tuple("K3", name("child")),
            tuple("K3", name("grandchild")),
            tuple("K4", null),
            tuple("K5", name("out")),
            tuple("K6", name("parent")));
    Map<String, ControlStatus> byControl =
        report.lines().stream()
            .collect(
                Collectors.toMap(
                    Line::controlKey, Line::controlStatus, (a, b) -> a, LinkedHashMap::new));
    assertThat(byControl)
        .containsEntry("K1", ControlStatus.PASSED)
        .containsEntry("K2", ControlStatus.FAILED)
        .containsEntry("K3", ControlStatus.NONE)
        .containsEntry("K4", ControlStatus.NONE)
        .containsEntry("K5", ControlStatus.OUT_OF_SCOPE)
        .containsEntry("K6", ControlStatus.NONE);
    Map<Long, ControlStatus> statuses = statusQueries.controlStatuses(assessment);
    report.lines().stream()
        .filter(Line::hasAction)
        .forEach(
            line -> assertThat(line.controlStatus()).isEqualTo(statuses.get(line.controlId())));

    Line providerLine = report.lines().get(1);
    assertThat(providerLine.owner()).isEqualTo(ActionOwner.PROVIDER);
    assertThat(providerLine.testStatus()).isEqualTo(TestStatus.PASSED);
    Line passedLine = report.lines().get(0);
    assertThat(passedLine.implementationDate()).isNotNull();
    assertThat(passedLine.testDate()).isNotNull();
    assertThat(passedLine.points()).isEqualTo(3);
    assertThat(passedLine.lastChanged()).isNotNull();
    assertThat(passedLine.controlSourceId()).isEqualTo("k1");

    List<EvidenceRef> parentEvidence =
        List.of(
            new EvidenceRef("Parent " + run, EvidenceKind.LINK, link.url(), link.id()),
            new EvidenceRef("parent.txt", EvidenceKind.FILE, null, file.id()));
    assertThat(report.lines().get(7).evidence()).isEqualTo(parentEvidence);
    assertThat(report.lines().get(3).evidence())
        .as("the child shows its parent's evidence, not its own %s", ownLink.id())
        .isEqualTo(parentEvidence);
    assertThat(report.lines().get(4).evidence())
        .as("the grandchild, its grandparent's")
        .isEqualTo(parentEvidence);
    assertThat(report.lines().get(5).hasAction()).isFalse();
    assertThat(report.lines().get(5).evidence()).isEmpty();

    ByteArrayOutputStream oscal = new ByteArrayOutputStream();
    OscalResultsWriter.write(report, null, BASE_URL, oscal);
    assertThat(OscalSchema.errors(oscal.toString(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void findsNoReportForAnAssessmentThatDoesNotExist() {
    assertThat(queries.read(-1, Instant.now())).isEmpty();
  }

  private long baselineId() {
    return em.createQuery(
            "select a from Assessment a where a.name = :name and a.group.name = :group",
            Assessment.class)
        .setParameter("name", BaselineTemplateBuilder.TITLE)
        .setParameter("group", AssessmentGroup.DEFAULT_NAME)
        .getSingleResult()
        .getId();
  }

  /** Each control with each action title, as the report has them. */
  private static Set<String> pairs(AssessmentReport report) {
    return report.lines().stream()
        .map(line -> line.controlId() + " " + line.actionTitle())
        .collect(Collectors.toSet());
  }

  private Set<String> expectedPairs(long assessmentId) {
    return em
        .createQuery(
            "select c.id, a.title from Assessment x join x.template t, Control c join c.actions a"
                + " where x.id = :id and c.template = t",
            Object[].class)
        .setParameter("id", assessmentId)
        .getResultList()
        .stream()
        .map(row -> row[0] + " " + row[1])
        .collect(Collectors.toSet());
  }

  private static List<Long> controlOrder(AssessmentReport report) {
    return List.copyOf(
        report.lines().stream()
            .map(Line::controlId)
            .collect(Collectors.toCollection(LinkedHashSet::new)));
  }

  private List<Long> expectedControlOrder(long assessmentId) {
    return em.createQuery(
            "select c.id from Assessment x join x.template t, Control c join c.family f"
                + " where x.id = :id and c.template = t order by f.sortOrder, c.sortOrder",
            Long.class)
        .setParameter("id", assessmentId)
        .getResultList();
  }

  private long action(String title, ImplementationType type, ActionOwner owner) {
    return scenarios.action(name(title), type, owner, Purpose.DETECTIVE, 3, null, null);
  }

  private String name(String text) {
    return text + " " + run;
  }
}
