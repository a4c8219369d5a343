package org.complyscore.template.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.complyscore.action.entity.Category;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.action.entity.Solution;
import org.complyscore.action.entity.TestingLogic;
import org.complyscore.assessment.entity.Control;
import org.complyscore.assessment.entity.Template;

/**
 * A stored template as a draft again: what the Excel export writes, in the import's format, testing
 * logic included.
 */
public final class TemplateDrafts {

  private TemplateDrafts() {}

  /**
   * @param controls the template's current controls with their actions, in order
   */
  public static TemplateDraft of(Template template, List<Control> controls) {
    return of(template, controls, ImprovementAction::getTestingLogic);
  }

  /**
   * @param controls the template's current controls with their actions, in order
   * @param testing an action's testing logic: what the caller loaded for all actions at once,
   *     rather than one query per action
   */
  public static TemplateDraft of(
      Template template,
      List<Control> controls,
      Function<ImprovementAction, TestingLogic> testing) {
    Map<String, List<TemplateDraft.ControlDraft>> byFamily = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    for (Control control : controls) {
      String key = control.getFamily().getFamilyKey();
      titles.putIfAbsent(key, control.getFamily().getTitle());
      byFamily
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(
              new TemplateDraft.ControlDraft(
                  control.getControlKey(),
                  control.getSourceIdOrNull(),
                  control.getTitle(),
                  control.getStatement().orElse(null),
                  control.getGuidance().orElse(null),
                  control.getObjectives().orElse(null),
                  control.getActions().stream()
                      .map(action -> action(action, testing.apply(action)))
                      .toList()));
    }
    List<TemplateDraft.FamilyDraft> families = new ArrayList<>();
    byFamily.forEach(
        (key, list) -> families.add(new TemplateDraft.FamilyDraft(key, titles.get(key), list)));
    return new TemplateDraft(
        template.getTitle(),
        template.getProduct(),
        template.getRegulation(),
        template.getTemplateVersion().orElse(null),
        template.getSource(),
        template.getSourceReference().orElse(null),
        families);
  }

  private static TemplateDraft.ActionDraft action(ImprovementAction action, TestingLogic testing) {
    return new TemplateDraft.ActionDraft(
        action.getTitle(),
        action.getDescription().orElse(null),
        action.getHowToImplement().orElse(null),
        action.getImplementationType(),
        action.getPurpose(),
        action.getEnforcement(),
        action.getOwner(),
        action.getPoints(),
        action.getCategory().map(Category::getName).orElse(null),
        action.getSolution().map(Solution::getName).orElse(null),
        // A combination without checks tests nothing, and a workbook has no place for it.
        testing.isAutomatable() ? testing : TestingLogic.NONE);
  }
}
