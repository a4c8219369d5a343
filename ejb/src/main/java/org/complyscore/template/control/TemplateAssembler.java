package org.complyscore.template.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.complyscore.action.entity.Category;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.action.entity.Solution;
import org.complyscore.assessment.entity.Control;
import org.complyscore.assessment.entity.ControlFamily;
import org.complyscore.assessment.entity.Template;

/**
 * Makes entities of a {@link TemplateDraft}: the template with its families and controls, and the
 * improvement actions that do not exist yet. An action whose title exists is shared, as is: the
 * same requirement in two regulations is one piece of work, tracked once (D28).
 *
 * <p>One assembler serves one draft: it remembers the actions it made, so a title used by several
 * controls becomes one action.
 */
public final class TemplateAssembler {

  private final Function<String, Category> categories;
  private final Function<String, Solution> solutions;
  private final Function<String, Optional<ImprovementAction>> existingAction;
  private final Map<String, ImprovementAction> byTitle = new HashMap<>();

  /**
   * @param categories the category of a name (the product's fixed set)
   * @param solutions finds or makes the solution of a name
   * @param existingAction the stored action of a title, if there is one
   */
  public TemplateAssembler(
      Function<String, Category> categories,
      Function<String, Solution> solutions,
      Function<String, Optional<ImprovementAction>> existingAction) {
    this.categories = categories;
    this.solutions = solutions;
    this.existingAction = existingAction;
  }

  /** The template, not yet persisted, and the actions it made (persist them first). */
  public record Assembled(Template template, List<ImprovementAction> newActions) {}

  public Assembled assemble(TemplateDraft draft) {
    Template template =
        new Template(draft.title(), draft.product(), draft.regulation(), draft.source())
            .describeSource(draft.version(), draft.sourceReference());
    List<ImprovementAction> created = new ArrayList<>();
    addFamilies(template, draft.families(), created);
    return new Assembled(template, created);
  }

  /**
   * Adds the draft's controls to a template: into the family of the same key, or a new one. The
   * caller has started a revision when the template is stored already.
   */
  public List<ImprovementAction> addFamilies(
      Template template,
      List<TemplateDraft.FamilyDraft> families,
      List<ImprovementAction> created) {
    for (TemplateDraft.FamilyDraft familyDraft : families) {
      ControlFamily family =
          template
              .family(familyDraft.key())
              .orElseGet(() -> template.addFamily(familyDraft.key(), familyDraft.title()));
      for (TemplateDraft.ControlDraft controlDraft : familyDraft.controls()) {
        Control control =
            family
                .addControl(controlDraft.key(), controlDraft.title())
                .describe(controlDraft.statement(), controlDraft.guidance())
                .withObjectives(controlDraft.objectives())
                .withSourceId(controlDraft.sourceId());
        for (TemplateDraft.ActionDraft actionDraft : controlDraft.actions()) {
          control.satisfiedBy(action(actionDraft, created));
        }
      }
    }
    return created;
  }

  /**
   * The action of a draft: the one of the same title this assembler made or found already (an
   * action shared by several controls of the draft is one action), the stored one, or a new one.
   */
  public ImprovementAction action(
      TemplateDraft.ActionDraft draft, List<ImprovementAction> created) {
    return byTitle.computeIfAbsent(draft.title(), title -> storedOrNew(draft, created));
  }

  private ImprovementAction storedOrNew(
      TemplateDraft.ActionDraft draft, List<ImprovementAction> created) {
    Optional<ImprovementAction> stored = existingAction.apply(draft.title());
    stored
        .filter(action -> !action.getTestingLogic().isAutomatable())
        .filter(action -> draft.testing().isAutomatable() && !action.isProviderAction())
        // A shared action takes a template's testing logic only when it has none: logic an
        // Administrator set is theirs, and another template does not overwrite it.
        .ifPresent(action -> action.testWith(draft.testing()));
    return stored.orElseGet(
        () -> {
          ImprovementAction action =
              new ImprovementAction(
                      draft.title(),
                      draft.type(),
                      draft.purpose(),
                      draft.enforcement(),
                      draft.owner(),
                      draft.points())
                  .describe(draft.description(), draft.howToImplement())
                  .placeIn(
                      draft.category() == null ? null : categories.apply(draft.category()),
                      draft.solution() == null ? null : solutions.apply(draft.solution()))
                  .testWith(draft.testing());
          created.add(action);
          return action;
        });
  }
}
