package org.complyscore.assessment.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.complyscore.access.boundary.TestUsers;
import org.complyscore.access.entity.Role;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.Enforcement;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.assessment.entity.AssessmentStatus;
import org.complyscore.assessment.entity.ControlStatus;
import org.complyscore.assessment.entity.TemplateSource;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.template.boundary.TemplateService;
import org.complyscore.template.control.TemplateDraft;
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
 * Assessments on Payara (F40–F42, F47): the numbers of the list and details, the group rules of
 * creation, copying a group's work, renaming, deleting with the states only it used, and a
 * template's pending update reviewed, deferred and accepted. Each test builds, with names unique to
 * it, a template of three controls over four actions:
 *
 * <pre>
 * control  actions
 * C-1      doc (documentation, per group, 9 points), tech (technical, organization-wide, 27)
 * C-2      prov (provider, 3)
 * C-3      tech
 * </pre>
 *
 * and its assessment "A" in group "G", where doc is implemented and passed.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentServiceIT {

  @Deployment
  static WebArchive deployment() {
    return TestArchives.servicesWith(
        AssessmentServiceIT.class,
        Scenarios.class,
        TestUsers.class,
        SignedInAsMechanism.class,
        SignIn.class,
        CurrentResponse.class);
  }

  @Inject private AssessmentService assessments;
  @Inject private TemplateService templates;
  @Inject private Scenarios scenarios;
  @Inject private TestUsers testUsers;
  @Inject private SignIn signIn;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private long doc;
  private long tech;
  private long prov;
  private long template;
  private long group;
  private long assessment;

  @BeforeEach
  void buildScenario() {
    testUsers.ensure(SignedInAsMechanism.CALLER, Role.OWNER);
    doc = action("doc", ImplementationType.DOCUMENTATION, ActionOwner.ORGANIZATION, 9);
    tech = action("tech", ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION, 27);
    prov = action("prov", ImplementationType.TECHNICAL, ActionOwner.PROVIDER, 3);
    Map<String, List<Long>> controls = new LinkedHashMap<>();
    controls.put("C-1", List.of(doc, tech));
    controls.put("C-2", List.of(prov));
    controls.put("C-3", List.of(tech));
    template = scenarios.template(name("Template"), name("Regulation"), controls);
    group = scenarios.group(name("G"));
    assessment = scenarios.assessment(name("A"), group, template);
    scenarios.set(
        scenarios.stateOf(assessment, doc),
        ImplementationStatus.IMPLEMENTED,
        TestStatus.PASSED,
        null);
  }

  // ---------------------------------------------------------------- list and details

  @Test
  void theRowCountsEachOwnersActionsAndTheProgressOfItsControls() {
    AssessmentRow row = assessments.row(assessment);

    assertThat(row.name()).isEqualTo(name("A"));
    assertThat(row.group()).isEqualTo(name("G"));
    assertThat(row.regulation()).isEqualTo(name("Regulation"));
    assertThat(row.yours()).isEqualTo(new AssessmentRow.ActionCount(1, 2));
    assertThat(row.provider()).isEqualTo(new AssessmentRow.ActionCount(1, 1));
    // C-2 passed (the provider's), C-1 in progress, C-3 not tested: 1 of 3 controls.
    assertThat(row.progress()).isEqualByComparingTo("33.3");
    assertThat(row.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
    assertThat(row.score().achieved()).isEqualByComparingTo("12");
    assertThat(row.score().achievable()).isEqualTo(39);
    assertThat(assessments.list(name("Regulation"), null))
        .extracting(AssessmentRow::id)
        .containsExactly(assessment);
    assertThat(assessments.list(null, group))
        .extracting(AssessmentRow::id)
        .containsExactly(assessment);
    assertThat(assessments.list("no such regulation", null)).isEmpty();
  }

  @Test
  void detailsGiveControlsByFamilyWithTheirStatusAndPoints() {
    AssessmentDetails details = assessments.details(assessment);

    assertThat(details.families())
        .singleElement()
        .satisfies(
            family -> {
              assertThat(family.controls())
                  .extracting(AssessmentDetails.ControlLine::key)
                  .containsExactly("C-1", "C-2", "C-3");
              assertThat(family.controls())
                  .extracting(AssessmentDetails.ControlLine::status)
                  .containsExactly(
                      ControlStatus.IN_PROGRESS, ControlStatus.PASSED, ControlStatus.NONE);
              assertThat(family.controls().get(0).score().achieved()).isEqualByComparingTo("9");
              assertThat(family.controls().get(0).score().achievable()).isEqualTo(36);
              assertThat(family.controls().get(0).stateIds()).hasSize(2);
              assertThat(family.passed()).isEqualTo(1);
            });
    assertThat(details.yourPoints().achievable()).isEqualTo(36);
    assertThat(details.providerPoints().achieved()).isEqualByComparingTo("3");
    assertThat(details.states())
        .extracting(AssessmentDetails.StateLine::points)
        .containsExactly(27, 9, 3);
    assertThat(details.testStatuses())
        .containsEntry(TestStatus.PASSED, 2L)
        .containsEntry(TestStatus.NONE, 1L);
  }

  // ---------------------------------------------------------------- create

  @Test
  void aGroupHoldsOneAssessmentPerProductAndRegulationAndUniqueNames() {
    assertThatThrownBy(
            () -> assessments.create(new NewAssessment(template, name("Other"), group, null, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("group"))
        .hasMessageContaining("a group holds one assessment per product and regulation");
    long other =
        scenarios.template(
            name("Other template"), name("Other regulation"), Map.of("X-1", List.of(tech)));
    assertThatThrownBy(
            () ->
                assessments.create(
                    new NewAssessment(other, name("a").toUpperCase(), group, null, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("name"));
    assertThatThrownBy(
            () ->
                assessments.create(
                    new NewAssessment(template, "B", null, name("g").toUpperCase(), null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("newGroupName"))
        .hasMessageContaining("There is already a group named");
    assertThatThrownBy(
            () -> assessments.create(new NewAssessment(template, " ", null, name("H"), null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("name"));
    assertThatThrownBy(
            () -> assessments.create(new NewAssessment(null, "B", null, name("H"), null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("template"));

    long second = assessments.create(new NewAssessment(other, name("B"), group, null, null));
    assertThat(assessments.row(second).group()).isEqualTo(name("G"));
  }

  @Test
  void aNewGroupCanStartFromAnotherGroupsWorkAndEvidence() {
    long docState = scenarios.stateOf(assessment, doc);
    scenarios.linkEvidence(
        docState,
        "Signed policy",
        "https://intranet.example/policy.pdf",
        SignedInAsMechanism.CALLER);

    long copy =
        assessments.create(
            new NewAssessment(template, name("A 2027"), null, name("G 2027"), group));
    long plain =
        assessments.create(
            new NewAssessment(template, name("A fresh"), null, name("G fresh"), null));

    long copiedDoc = scenarios.stateOf(copy, doc);
    assertThat(copiedDoc).isNotEqualTo(docState);
    assertThat(scenarios.state(copiedDoc).getTestStatus()).isEqualTo(TestStatus.PASSED);
    assertThat(scenarios.evidenceOf(copiedDoc)).containsExactly("Signed policy");
    // The copy is in the new state's history, as the creator's change (F26).
    assertThat(scenarios.historyFieldsOf(copiedDoc))
        .contains("implementationStatus", "testStatus", "evidence");
    assertThat(scenarios.state(scenarios.stateOf(plain, doc)).getTestStatus())
        .isEqualTo(TestStatus.NONE);
    // The technical action is the organization's: one state, shared, never copied.
    assertThat(scenarios.stateOf(copy, tech)).isEqualTo(scenarios.stateOf(assessment, tech));
    assertThatThrownBy(
            () -> assessments.create(new NewAssessment(template, "X", group, null, group)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getField()).isEqualTo("copyFromGroupId"));
  }

  @Test
  void onlyAssessorsAndAboveCreateRenameOrDelete() {
    signIn.as("reader-" + run, Role.CONTRIBUTOR);
    try {
      assertThatThrownBy(
              () -> assessments.create(new NewAssessment(template, "X", null, name("Z"), null)))
          .isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(() -> assessments.delete(assessment, name("A")))
          .isInstanceOf(EJBAccessException.class);
      assertThat(assessments.row(assessment).name()).isEqualTo(name("A"));
    } finally {
      signIn.asOwner();
    }
  }

  // ---------------------------------------------------------------- rename and delete

  @Test
  void renameKeepsNamesUniqueInTheGroupAndRefusesAStaleVersion() {
    long other = scenarios.template(name("T2"), name("R2"), Map.of("Y-1", List.of(tech)));
    long second = assessments.create(new NewAssessment(other, name("B"), group, null, null));
    long version = assessments.row(assessment).version();

    assertThatThrownBy(() -> assessments.rename(assessment, version, name("b")))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("name"));
    AssessmentRow renamed = assessments.rename(assessment, version, name("A renamed"));
    assertThat(renamed.name()).isEqualTo(name("A renamed"));
    assertThatThrownBy(() -> assessments.rename(assessment, version, name("again")))
        .isInstanceOf(AssessmentRuleException.class);
    assertThat(assessments.row(second).name()).isEqualTo(name("B"));
  }

  @Test
  void deleteRemovesTheStatesOnlyItUsedAndItsEmptyGroup() {
    long other =
        assessments.create(new NewAssessment(template, name("Second"), null, name("G2"), null));
    long otherGroup = assessments.row(other).groupId();
    long ownDoc = scenarios.stateOf(other, doc);
    long sharedTech = scenarios.stateOf(other, tech);
    scenarios.linkEvidence(
        ownDoc, "Doomed", "https://intranet.example/x", SignedInAsMechanism.CALLER);

    assertThatThrownBy(() -> assessments.delete(other, "wrong name"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("confirmation"));
    assessments.delete(other, name("Second"));

    assertThatThrownBy(() -> assessments.row(other))
        .isInstanceOf(AssessmentNotFoundException.class);
    assertThat(scenarios.stateExists(ownDoc)).isFalse();
    assertThat(scenarios.stateExists(sharedTech)).isTrue();
    assertThat(scenarios.groupExists(otherGroup)).isFalse();
    assertThat(scenarios.groupExists(group)).isTrue();
    assertThat(scenarios.unlinkedStates()).isZero();
  }

  // ---------------------------------------------------------------- template updates

  @Test
  void aModifiedTemplateLeavesAPendingUpdateToReviewDeferAndAccept() {
    TemplateDraft extension =
        new TemplateDraft(
            name("Template"),
            "Test product",
            name("Regulation"),
            null,
            TemplateSource.EXCEL,
            null,
            List.of(
                new TemplateDraft.FamilyDraft(
                    "F",
                    "Family",
                    List.of(
                        new TemplateDraft.ControlDraft(
                            "C-4",
                            null,
                            "Control C-4",
                            null,
                            null,
                            null,
                            List.of(
                                new TemplateDraft.ActionDraft(
                                    name("new"),
                                    null,
                                    null,
                                    ImplementationType.OPERATIONAL,
                                    Purpose.PREVENTIVE,
                                    Enforcement.MANDATORY,
                                    ActionOwner.ORGANIZATION,
                                    5,
                                    null,
                                    null)))))));
    templates.extend(template, extension);
    long c2 = assessments.details(assessment).families().get(0).controls().get(1).id();
    templates.removeControl(template, c2);
    long provState = scenarios.stateOf(assessment, prov);

    AssessmentRow pending = assessments.row(assessment);
    assertThat(pending.updatePending()).isTrue();
    UpdateReview review = assessments.reviewUpdate(assessment);
    assertThat(review.controlsAdded()).containsExactly("C-4 Control C-4");
    assertThat(review.controlsRemoved()).containsExactly("C-2 Control C-2");
    assertThat(review.actionsAdded()).containsExactly(name("new"));
    assertThat(review.actionsRemoved()).containsExactly(name("prov"));
    assertThat(review.scoreBefore().achievable()).isEqualTo(39);
    assertThat(review.scoreAfter().achievable()).isEqualTo(41);
    assertThat(review.fromRevision()).isEqualTo(1);
    assertThat(review.toRevision()).isEqualTo(3);
    // The review changed nothing.
    assertThat(assessments.row(assessment).score()).isEqualTo(pending.score());
    assertThat(scenarios.stateExists(provState)).isTrue();

    assertThat(assessments.deferUpdate(assessment).updateDeferred()).isTrue();
    AssessmentRow accepted =
        assessments.acceptUpdate(assessment, assessments.row(assessment).version());

    assertThat(accepted.updatePending()).isFalse();
    assertThat(accepted.score().achievable()).isEqualTo(41);
    assertThat(accepted.provider()).isEqualTo(AssessmentRow.ActionCount.NONE);
    assertThat(scenarios.stateExists(provState)).isFalse();
    assertThat(assessments.details(assessment).families().get(0).controls())
        .extracting(AssessmentDetails.ControlLine::key)
        .containsExactly("C-1", "C-3", "C-4");
    assertThatThrownBy(() -> assessments.acceptUpdate(assessment, accepted.version()))
        .isInstanceOf(AssessmentRuleException.class)
        .hasMessageContaining("has no pending update");
  }

  private long action(String title, ImplementationType type, ActionOwner owner, int points) {
    return scenarios.action(name(title), type, owner, Purpose.PREVENTIVE, points, null, null);
  }

  private String name(String text) {
    return text + " " + run;
  }
}
