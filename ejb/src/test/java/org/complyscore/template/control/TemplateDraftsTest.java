package org.complyscore.template.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.Enforcement;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestingCombination;
import org.complyscore.action.entity.TestingLogic;
import org.complyscore.assessment.entity.Control;
import org.complyscore.assessment.entity.Template;
import org.complyscore.assessment.entity.TemplateSource;
import org.junit.jupiter.api.Test;

class TemplateDraftsTest {

  private static TemplateDraft.ActionDraft action(String title) {
    return new TemplateDraft.ActionDraft(
        title,
        "What it is",
        null,
        ImplementationType.TECHNICAL,
        Purpose.PREVENTIVE,
        Enforcement.MANDATORY,
        ActionOwner.ORGANIZATION,
        27, // as stored: an action keeps its points, given or the default
        null,
        null);
  }

  private static final TemplateDraft DRAFT =
      new TemplateDraft(
          "Hardening",
          "Your organization",
          "Internal policy",
          "1",
          TemplateSource.EXCEL,
          null,
          List.of(
              new TemplateDraft.FamilyDraft(
                  "H",
                  "Hardening",
                  List.of(
                      new TemplateDraft.ControlDraft(
                          "H-1",
                          "h-1",
                          "Servers",
                          null,
                          null,
                          null,
                          List.of(
                              action("Serve TLS only")
                                  .testedBy(
                                      TestingLogic.of(
                                          List.of("web.tls", "web.hsts"),
                                          TestingCombination.AVERAGE)),
                              action("Review the firewall")))))));

  private static Template stored() {
    return new TemplateAssembler(name -> null, name -> null, title -> Optional.empty())
        .assemble(DRAFT)
        .template();
  }

  private static List<Control> controls(Template template) {
    return template.getFamilies().stream().flatMap(f -> f.getControls().stream()).toList();
  }

  @Test
  void aStoredTemplateIsTheDraftItCameFromTestingLogicIncluded() {
    Template template = stored();

    assertThat(TemplateDrafts.of(template, controls(template))).isEqualTo(DRAFT);
  }

  @Test
  void takesTheTestingLogicTheCallerLoadedAndDropsACombinationWithoutChecks() {
    Template template = stored();
    TestingLogic loaded = TestingLogic.of(List.of("scanner.tls"), TestingCombination.AVERAGE);
    // What an action edited to no checks keeps: its combination, which tests nothing.
    TestingLogic noChecks = TestingLogic.of(List.of(), TestingCombination.AVERAGE);

    TemplateDraft draft =
        TemplateDrafts.of(
            template,
            controls(template),
            (ImprovementAction action) ->
                action.getTitle().equals("Serve TLS only") ? loaded : noChecks);

    assertThat(draft.distinctActions())
        .extracting(TemplateDraft.ActionDraft::testing)
        .containsExactly(loaded, TestingLogic.NONE);
  }
}
