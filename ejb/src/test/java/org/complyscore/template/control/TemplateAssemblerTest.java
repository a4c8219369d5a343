package org.complyscore.template.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.Enforcement;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestingCombination;
import org.complyscore.action.entity.TestingLogic;
import org.complyscore.assessment.entity.Control;
import org.complyscore.assessment.entity.TemplateSource;
import org.junit.jupiter.api.Test;

class TemplateAssemblerTest {

  private static TemplateDraft.ActionDraft action(String title) {
    return new TemplateDraft.ActionDraft(
        title,
        null,
        null,
        ImplementationType.OPERATIONAL,
        Purpose.PREVENTIVE,
        Enforcement.MANDATORY,
        ActionOwner.ORGANIZATION,
        null,
        null,
        null);
  }

  private static TemplateDraft.ControlDraft control(String key, TemplateDraft.ActionDraft... a) {
    return new TemplateDraft.ControlDraft(key, null, key + " title", null, null, null, List.of(a));
  }

  @Test
  void anActionSharedByTwoControlsOfTheDraftIsMadeOnce() {
    TemplateDraft draft =
        new TemplateDraft(
            "Policy",
            "Your organization",
            "Internal policy",
            null,
            TemplateSource.EXCEL,
            null,
            List.of(
                new TemplateDraft.FamilyDraft(
                    "AU",
                    "Acceptable use",
                    List.of(
                        control("AU-1", action("Acknowledge the policy"), action("Train")),
                        control("AU-2", action("Acknowledge the policy"))))));

    TemplateAssembler.Assembled assembled =
        new TemplateAssembler(name -> null, name -> null, title -> Optional.empty())
            .assemble(draft);

    assertThat(assembled.newActions())
        .extracting(ImprovementAction::getTitle)
        .containsExactly("Acknowledge the policy", "Train");
    List<Control> controls = assembled.template().getFamilies().get(0).getControls();
    ImprovementAction shared =
        controls.get(0).getActions().stream()
            .filter(a -> a.getTitle().equals("Acknowledge the policy"))
            .findFirst()
            .orElseThrow();
    assertThat(controls.get(1).getActions()).containsExactly(shared);
  }

  @Test
  void aStoredActionOfTheSameTitleIsSharedAndNotMadeAgain() {
    ImprovementAction stored =
        new ImprovementAction(
            "Train",
            ImplementationType.OPERATIONAL,
            Purpose.PREVENTIVE,
            Enforcement.MANDATORY,
            ActionOwner.ORGANIZATION,
            null);
    Map<String, ImprovementAction> existing = Map.of("Train", stored);
    TemplateDraft draft =
        new TemplateDraft(
            "Policy",
            "Your organization",
            "Internal policy",
            null,
            TemplateSource.EXCEL,
            null,
            List.of(
                new TemplateDraft.FamilyDraft(
                    "AU",
                    "Acceptable use",
                    List.of(control("AU-1", action("Train")), control("AU-2", action("Train"))))));

    TemplateAssembler.Assembled assembled =
        new TemplateAssembler(
                name -> null, name -> null, title -> Optional.ofNullable(existing.get(title)))
            .assemble(draft);

    assertThat(assembled.newActions()).isEmpty();
    assertThat(assembled.template().getFamilies().get(0).getControls())
        .allSatisfy(c -> assertThat(c.getActions()).containsExactly(stored));
  }

  private static TemplateDraft draftOf(TemplateDraft.ControlDraft... controls) {
    return new TemplateDraft(
        "Hardening",
        "Your organization",
        "Internal policy",
        null,
        TemplateSource.EXCEL,
        null,
        List.of(new TemplateDraft.FamilyDraft("H", "Hardening", List.of(controls))));
  }

  private static final TestingLogic TLS =
      TestingLogic.of(List.of("web.tls", "web.hsts"), TestingCombination.AVERAGE);

  @Test
  void aNewActionListensToTheChecksOfItsDraft() {
    TemplateAssembler.Assembled assembled =
        new TemplateAssembler(name -> null, name -> null, title -> Optional.empty())
            .assemble(
                draftOf(
                    control("H-1", action("Serve TLS only").testedBy(TLS)),
                    control("H-2", action("Review the firewall"))));

    assertThat(assembled.newActions())
        .extracting(ImprovementAction::getTitle, ImprovementAction::getTestingLogic)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Serve TLS only", TLS),
            org.assertj.core.groups.Tuple.tuple("Review the firewall", TestingLogic.NONE));
  }

  @Test
  void aStoredActionTakesTheDraftsChecksOnlyWhenItHasNone() {
    ImprovementAction untested = stored("Serve TLS only", ActionOwner.ORGANIZATION);
    TestingLogic own =
        TestingLogic.of(List.of("scanner.tls"), TestingCombination.ANY_FAILURE_FAILS);
    ImprovementAction tested = stored("Rotate keys", ActionOwner.ORGANIZATION).testWith(own);
    Map<String, ImprovementAction> existing =
        Map.of(untested.getTitle(), untested, tested.getTitle(), tested);

    TemplateAssembler.Assembled assembled =
        new TemplateAssembler(
                name -> null, name -> null, title -> Optional.ofNullable(existing.get(title)))
            .assemble(
                draftOf(
                    control(
                        "H-1",
                        action("Serve TLS only").testedBy(TLS),
                        action("Rotate keys").testedBy(TLS))));

    assertThat(assembled.newActions()).isEmpty();
    assertThat(untested.getTestingLogic()).isEqualTo(TLS);
    assertThat(tested.getTestingLogic()).isEqualTo(own);
  }

  private static ImprovementAction stored(String title, ActionOwner owner) {
    return new ImprovementAction(
        title,
        ImplementationType.TECHNICAL,
        Purpose.PREVENTIVE,
        Enforcement.MANDATORY,
        owner,
        null);
  }
}
