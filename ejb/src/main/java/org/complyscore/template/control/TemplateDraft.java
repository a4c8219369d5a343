package org.complyscore.template.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.Enforcement;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Points;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestingLogic;
import org.complyscore.assessment.entity.TemplateSource;

/**
 * A template as read from a file (OSCAL or Excel), before anything is stored: what the review step
 * shows, and what {@link TemplateStore} saves once the review is confirmed. Readers build it; they
 * never touch the database.
 *
 * @param title the template's title, unique among templates
 * @param product the product in scope
 * @param regulation the regulation or standard
 * @param version the version of the content, or {@code null}
 * @param source where it comes from
 * @param sourceReference whom to credit and where the content comes from, or {@code null}
 * @param families the control families in order
 */
public record TemplateDraft(
    String title,
    String product,
    String regulation,
    String version,
    TemplateSource source,
    String sourceReference,
    List<FamilyDraft> families) {

  public TemplateDraft {
    Objects.requireNonNull(title);
    Objects.requireNonNull(product);
    Objects.requireNonNull(regulation);
    Objects.requireNonNull(source);
    families = List.copyOf(families);
  }

  /** A control family: key (AC) and title (Access Control). */
  public record FamilyDraft(String key, String title, List<ControlDraft> controls) {
    public FamilyDraft {
      controls = List.copyOf(controls);
    }
  }

  /**
   * A control with its text and the actions that satisfy it.
   *
   * @param key the control id as the regulation writes it (AC-2(1), A.5.1)
   * @param sourceId the id in the source document as a token (OSCAL's ac-2.1), or {@code null}
   * @param statement what the control requires, Markdown, or {@code null}
   * @param guidance supplemental guidance, or {@code null}
   * @param objectives the assessment objectives, or {@code null}
   */
  public record ControlDraft(
      String key,
      String sourceId,
      String title,
      String statement,
      String guidance,
      String objectives,
      List<ActionDraft> actions) {
    public ControlDraft {
      actions = List.copyOf(actions);
    }
  }

  /**
   * An improvement action. Actions are known by their title across all templates: an action whose
   * title already exists is shared with the templates that have it, not created again.
   *
   * @param points the points, or {@code null} for the default of purpose and enforcement
   * @param category one of the product's categories, or {@code null}
   * @param solution a solution's name (made when missing), or {@code null}
   * @param testing the checks of automated monitoring the action listens to (F31); {@link
   *     TestingLogic#NONE} for none
   */
  public record ActionDraft(
      String title,
      String description,
      String howToImplement,
      ImplementationType type,
      Purpose purpose,
      Enforcement enforcement,
      ActionOwner owner,
      Integer points,
      String category,
      String solution,
      TestingLogic testing) {

    public ActionDraft {
      testing = testing == null ? TestingLogic.NONE : testing;
    }

    /** An action tested by people only. */
    public ActionDraft(
        String title,
        String description,
        String howToImplement,
        ImplementationType type,
        Purpose purpose,
        Enforcement enforcement,
        ActionOwner owner,
        Integer points,
        String category,
        String solution) {
      this(
          title,
          description,
          howToImplement,
          type,
          purpose,
          enforcement,
          owner,
          points,
          category,
          solution,
          TestingLogic.NONE);
    }

    /** The same action, listening to these checks. */
    public ActionDraft testedBy(TestingLogic logic) {
      return new ActionDraft(
          title,
          description,
          howToImplement,
          type,
          purpose,
          enforcement,
          owner,
          points,
          category,
          solution,
          logic);
    }

    /** The points the action will carry. */
    public int effectivePoints() {
      return points == null ? Points.defaultFor(purpose, enforcement) : points;
    }
  }

  /**
   * The same draft with testing logic for the actions of some controls.
   *
   * @param logicOf the logic for a control, or {@link TestingLogic#NONE} to leave its actions as
   *     they are
   */
  public TemplateDraft withTesting(
      java.util.function.Function<ControlDraft, TestingLogic> logicOf) {
    List<FamilyDraft> tested = new java.util.ArrayList<>();
    for (FamilyDraft family : families) {
      List<ControlDraft> controls = new java.util.ArrayList<>();
      for (ControlDraft control : family.controls()) {
        TestingLogic logic = logicOf.apply(control);
        controls.add(
            !logic.isAutomatable()
                ? control
                : new ControlDraft(
                    control.key(),
                    control.sourceId(),
                    control.title(),
                    control.statement(),
                    control.guidance(),
                    control.objectives(),
                    control.actions().stream().map(action -> action.testedBy(logic)).toList()));
      }
      tested.add(new FamilyDraft(family.key(), family.title(), controls));
    }
    return new TemplateDraft(title, product, regulation, version, source, sourceReference, tested);
  }

  public int controlCount() {
    return families.stream().mapToInt(f -> f.controls().size()).sum();
  }

  /** Each action once (by title), in the order of first use. */
  public List<ActionDraft> distinctActions() {
    Map<String, ActionDraft> byTitle = new LinkedHashMap<>();
    for (FamilyDraft family : families) {
      for (ControlDraft control : family.controls()) {
        for (ActionDraft action : control.actions()) {
          byTitle.putIfAbsent(action.title(), action);
        }
      }
    }
    return List.copyOf(byTitle.values());
  }

  /** The points an assessment of this template can earn at most: each action counted once. */
  public int maximumScore() {
    return distinctActions().stream().mapToInt(ActionDraft::effectivePoints).sum();
  }
}
