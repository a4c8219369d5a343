package org.complyscore.template.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.complyscore.access.boundary.TestUsers;
import org.complyscore.access.entity.Role;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.Enforcement;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestingCombination;
import org.complyscore.action.entity.TestingLogic;
import org.complyscore.assessment.boundary.AssessmentDetails;
import org.complyscore.assessment.boundary.AssessmentService;
import org.complyscore.assessment.boundary.NewAssessment;
import org.complyscore.assessment.entity.TemplateSource;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.template.control.ExcelTemplateWriter;
import org.complyscore.template.control.OscalFormatException;
import org.complyscore.template.control.TemplateDraft;
import org.complyscore.testing.CurrentResponse;
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
 * Importing templates on Payara (F44, F45): NIST's HIGH baseline from its profile and the full
 * catalog, reviewed before anything is stored, then stored and assessed in a new group; testing
 * logic from a workbook to the stored actions and back into the export (F46, F31).
 */
@ExtendWith(ArquillianExtension.class)
class TemplateServiceIT {

  private static final String CATALOG = "oscal/nist-800-53-rev5-catalog-v5.0.1-oscal-1.0.0.json";
  private static final String HIGH = "oscal/nist-800-53-rev5-high-profile.json";

  @Deployment
  static WebArchive deployment() {
    return TestArchives.servicesWith(
            TemplateServiceIT.class,
            TestUsers.class,
            SignedInAsMechanism.class,
            SignIn.class,
            CurrentResponse.class)
        .addAsResource(CATALOG)
        .addAsResource(HIGH);
  }

  @Inject private TemplateService templates;
  @Inject private AssessmentService assessments;
  @Inject private TestUsers testUsers;
  @Inject private SignIn signIn;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void owner() {
    testUsers.ensure(SignedInAsMechanism.CALLER, Role.OWNER);
  }

  @Test
  void theHighBaselineIsReviewedThenStoredThenAssessedInANewGroup() {
    int before = templates.list().size();
    TemplateReview review = templates.reviewOscal(bytes(CATALOG), bytes(HIGH));

    assertThat(review.controls()).isEqualTo(370);
    assertThat(review.families()).hasSize(18);
    assertThat(review.withdrawnSkipped()).isZero();
    assertThat(review.maximumScore()).isPositive();
    assertThat(templates.list()).hasSize(before);

    String title = "NIST HIGH " + run;
    long id =
        templates.importTemplate(
            review.draft(), title, "Our systems " + run, "NIST SP 800-53 Rev 5 HIGH " + run);

    TemplateRow row = templates.row(id);
    assertThat(row.controls()).isEqualTo(370);
    assertThat(row.families()).isEqualTo(18);
    assertThat(row.maximumScore()).isEqualTo(review.maximumScore());
    assertThat(templates.details(id).families()).hasSize(18);
    assertThatThrownBy(() -> templates.importTemplate(review.draft(), title, "p", "r"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("title"));

    long assessment =
        assessments.create(new NewAssessment(id, "HIGH 2027", null, "Group " + run, null));
    AssessmentDetails details = assessments.details(assessment);
    assertThat(details.families()).hasSize(18);
    assertThat(details.families().stream().mapToInt(f -> f.controls().size()).sum()).isEqualTo(370);
    assertThat(templates.row(id).assessments()).isEqualTo(1);
  }

  @Test
  void aProfileWithTheWrongCatalogIsRefusedAndNothingIsStored() {
    int before = templates.list().size();
    assertThatThrownBy(() -> templates.reviewOscal(bytes(HIGH), null))
        .isInstanceOf(OscalFormatException.class)
        .hasMessageContaining("is a profile");
    assertThatThrownBy(() -> templates.reviewOscal(null, bytes(HIGH)))
        .isInstanceOf(OscalFormatException.class)
        .hasMessageContaining("A catalog is needed");
    assertThat(templates.list()).hasSize(before);
  }

  @Test
  void onlyAdministratorsAndOwnersImport() {
    signIn.as("assessor-" + run, Role.ASSESSOR);
    try {
      assertThatThrownBy(() -> templates.reviewOscal(bytes(CATALOG), bytes(HIGH)))
          .isInstanceOf(EJBAccessException.class);
      assertThat(templates.list()).isNotEmpty();
    } finally {
      signIn.asOwner();
    }
  }

  @Test
  void testingLogicGoesFromAWorkbookToTheTemplatesPageAndIntoItsExport() throws IOException {
    TestingLogic tls = TestingLogic.of(List.of("web.tls", "web.hsts"), TestingCombination.AVERAGE);
    TemplateDraft.ActionDraft tested = action("Serve TLS only " + run).testedBy(tls);
    TemplateDraft.ActionDraft byPeople = action("Review the firewall " + run);
    TemplateDraft draft =
        new TemplateDraft(
            "Hardening " + run,
            "Your organization",
            "Internal policy " + run,
            null,
            TemplateSource.EXCEL,
            null,
            List.of(
                new TemplateDraft.FamilyDraft(
                    "H",
                    "Hardening",
                    List.of(
                        new TemplateDraft.ControlDraft(
                            "H-1",
                            null,
                            "Servers",
                            null,
                            null,
                            null,
                            List.of(tested, byPeople))))));
    ByteArrayOutputStream workbook = new ByteArrayOutputStream();
    new ExcelTemplateWriter().write(draft, workbook);

    TemplateReview review = templates.reviewExcel(workbook.toByteArray());
    assertThat(review.draft()).isEqualTo(draft);
    long id = templates.importTemplate(review.draft(), draft.title(), "Our servers " + run, "ISO");

    assertThat(templates.details(id).families().get(0).controls().get(0).actions())
        .extracting(
            TemplateDetails.ActionLine::checkIds,
            TemplateDetails.ActionLine::combination,
            TemplateDetails.ActionLine::checkList)
        .containsExactly(
            tuple(List.of("web.hsts", "web.tls"), TestingCombination.AVERAGE, "web.hsts, web.tls"),
            tuple(List.of(), null, ""));
    assertThat(templates.reviewExcel(templates.workbook(id)).draft().distinctActions())
        .extracting(TemplateDraft.ActionDraft::testing)
        .containsExactly(tls, TestingLogic.NONE);
  }

  private static TemplateDraft.ActionDraft action(String title) {
    return new TemplateDraft.ActionDraft(
        title,
        null,
        null,
        ImplementationType.TECHNICAL,
        Purpose.PREVENTIVE,
        Enforcement.MANDATORY,
        ActionOwner.ORGANIZATION,
        null,
        null,
        null);
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = TemplateServiceIT.class.getClassLoader().getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
