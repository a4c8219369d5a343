package org.complyscore.assessment.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.Category;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.action.entity.Solution;
import org.complyscore.assessment.entity.Control;
import org.complyscore.assessment.entity.ControlFamily;
import org.complyscore.assessment.entity.Template;
import org.complyscore.assessment.entity.TemplateSource;

/**
 * Builds the built-in Data Protection Baseline template from an OSCAL catalog of NIST SP 800-53:
 * one family per catalog group, one control and one improvement action per control and enhancement
 * that is not withdrawn, classified by {@link BaselineRules}, points from the default table.
 */
public class BaselineTemplateBuilder {

  public static final String TITLE = "Data Protection Baseline";
  public static final String PRODUCT = "Your organization";
  public static final String REGULATION = "NIST SP 800-53 Rev 5 MODERATE";

  /** NIST's resolved MODERATE baseline, shipped with the application (public domain). */
  public static final String CATALOG_RESOURCE =
      "oscal/nist-800-53-rev5-moderate-resolved-catalog.json";

  static final String ATTRIBUTION =
      "NIST SP 800-53 Rev 5 MODERATE baseline, from NIST's resolved OSCAL catalog. Data: National"
          + " Institute of Standards and Technology (NIST), OSCAL content.";

  /** The template, not yet persisted, and its actions (persist the actions first). */
  public record Baseline(Template template, List<ImprovementAction> actions) {}

  /**
   * @param categories finds or makes the category of a given name
   * @param solutions finds or makes the solution of a given name
   */
  public Baseline build(
      OscalCatalog catalog,
      Function<String, Category> categories,
      Function<String, Solution> solutions) {
    Template template =
        new Template(TITLE, PRODUCT, REGULATION, TemplateSource.BUILT_IN)
            .describeSource(catalog.version(), ATTRIBUTION);
    List<ImprovementAction> actions = new ArrayList<>();
    for (OscalCatalog.Group group : catalog.groups()) {
      String familyId = group.id() == null ? "" : group.id().toLowerCase(Locale.ROOT);
      ControlFamily family = template.addFamily(familyId.toUpperCase(Locale.ROOT), group.title());
      for (OscalCatalog.Control base : group.controls()) {
        add(family, familyId, base, null, actions, categories, solutions);
      }
    }
    return new Baseline(template, actions);
  }

  private void add(
      ControlFamily family,
      String familyId,
      OscalCatalog.Control oscal,
      OscalCatalog.Control parent,
      List<ImprovementAction> actions,
      Function<String, Category> categories,
      Function<String, Solution> solutions) {
    if (oscal.withdrawn()) {
      return;
    }
    String title = parent == null ? oscal.title() : parent.title() + " | " + oscal.title();
    BaselineRules.Classification rules =
        BaselineRules.classify(
            new BaselineRules.Subject(
                familyId,
                oscal.title(),
                parent == null ? "" : parent.title(),
                oscal.implementationLevels()));
    ImprovementAction action =
        new ImprovementAction(
                oscal.label() + " " + title,
                rules.implementationType(),
                rules.purpose(),
                rules.enforcement(),
                ActionOwner.ORGANIZATION,
                null)
            .describe(blankToNull(oscal.statement()), blankToNull(oscal.guidance()))
            .placeIn(categories.apply(rules.category()), solutions.apply(rules.solution()));
    actions.add(action);
    Control control =
        family
            .addControl(oscal.label(), title)
            .describe(blankToNull(oscal.statement()), blankToNull(oscal.guidance()));
    control.satisfiedBy(action);
    for (OscalCatalog.Control enhancement : oscal.enhancements()) {
      add(family, familyId, enhancement, oscal, actions, categories, solutions);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
