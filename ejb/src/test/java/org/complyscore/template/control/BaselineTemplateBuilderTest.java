package org.complyscore.template.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.Category;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.action.entity.Points;
import org.complyscore.action.entity.Solution;
import org.complyscore.assessment.entity.Control;
import org.complyscore.assessment.entity.ControlFamily;
import org.complyscore.assessment.entity.Template;
import org.complyscore.assessment.entity.TemplateSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BaselineTemplateBuilderTest {

  private static BaselineTemplateBuilder.Baseline baseline;

  @BeforeAll
  static void build() {
    Map<String, Category> categories = new HashMap<>();
    Map<String, Solution> solutions = new HashMap<>();
    baseline =
        new BaselineTemplateBuilder()
            .build(
                OscalFixtures.catalog(OscalFixtures.MODERATE_RESOLVED),
                name -> categories.computeIfAbsent(name, n -> new Category(n, categories.size())),
                name -> solutions.computeIfAbsent(name, n -> new Solution(n, null)));
  }

  @Test
  void describesTheTemplateAndCreditsNist() {
    Template template = baseline.template();

    assertThat(template.getTitle()).isEqualTo("Data Protection Baseline");
    assertThat(template.getRegulation()).isEqualTo("NIST SP 800-53 Rev 5 MODERATE");
    assertThat(template.getSource()).isEqualTo(TemplateSource.BUILT_IN);
    assertThat(template.getTemplateVersion()).contains("5.1.1+u4");
    assertThat(template.getSourceReference())
        .hasValueSatisfying(
            s -> assertThat(s).contains("National Institute of Standards and Technology (NIST)"));
  }

  @Test
  void hasOneFamilyPerGroupAndOneControlAndActionPerControlOrEnhancement() {
    List<ControlFamily> families = baseline.template().getFamilies();
    List<Control> controls = families.stream().flatMap(f -> f.getControls().stream()).toList();

    assertThat(families).hasSize(18);
    assertThat(families.get(0).getFamilyKey()).isEqualTo("AC");
    assertThat(families.get(0).getTitle()).isEqualTo("Access Control");
    assertThat(controls).hasSize(287);
    assertThat(baseline.actions()).hasSize(287);
    assertThat(controls).allSatisfy(control -> assertThat(control.getActions()).hasSize(1));
    assertThat(families.get(0).getControls())
        .extracting(Control::getControlKey)
        .startsWith("AC-1", "AC-2", "AC-2(1)", "AC-2(2)");
  }

  @Test
  void givesEveryActionAUniqueTitleTheRulesAndTheDefaultPoints() {
    assertThat(new HashSet<>(baseline.actions().stream().map(ImprovementAction::getTitle).toList()))
        .hasSize(287);
    assertThat(baseline.actions())
        .allSatisfy(
            action -> {
              assertThat(action.getTitle()).hasSizeLessThanOrEqualTo(ImprovementAction.TITLE_MAX);
              assertThat(action.getOwner()).isEqualTo(ActionOwner.ORGANIZATION);
              assertThat(action.getCategory()).isPresent();
              assertThat(action.getSolution()).isPresent();
              assertThat(action.getDescription()).isPresent();
              assertThat(action.getPoints())
                  .isEqualTo(Points.defaultFor(action.getPurpose(), action.getEnforcement()));
            });
    assertThat(baseline.actions().get(1).getTitle()).isEqualTo("AC-2 Account Management");
    assertThat(baseline.actions().get(2).getTitle())
        .isEqualTo("AC-2(1) Account Management | Automated System Account Management");
  }

  @Test
  void addsUpToTheMaximumScoreDocumentedInDocsBaseline() {
    int maximum = baseline.actions().stream().mapToInt(ImprovementAction::getPoints).sum();

    assertThat(maximum).isEqualTo(4585);
    assertThat(
            baseline.actions().stream()
                .collect(
                    java.util.stream.Collectors.groupingBy(
                        ImprovementAction::getImplementationType,
                        java.util.stream.Collectors.counting())))
        .containsEntry(org.complyscore.action.entity.ImplementationType.DOCUMENTATION, 31L)
        .containsEntry(org.complyscore.action.entity.ImplementationType.TECHNICAL, 83L)
        .containsEntry(org.complyscore.action.entity.ImplementationType.OPERATIONAL, 173L);
  }
}
