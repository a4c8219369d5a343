package org.complyscore.template.control;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.complyscore.action.entity.Category;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.action.entity.Solution;
import org.complyscore.assessment.entity.Template;
import org.complyscore.assessment.entity.TemplateSource;

/**
 * Builds the built-in Data Protection Baseline template from an OSCAL catalog of NIST SP 800-53:
 * one family per catalog group, one control and one improvement action per control and enhancement
 * that is not withdrawn, classified by {@link BaselineRules}, points from the default table; the
 * actions the sample collector can test carry testing logic ({@link BaselineChecks}).
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
   * The baseline as a draft, as any OSCAL catalog becomes one: what {@link TemplateStore} saves.
   */
  public TemplateDraft draft(OscalCatalog catalog) {
    return new OscalTemplateBuilder()
        .build(
            catalog,
            id -> true,
            new OscalTemplateBuilder.Heading(
                TITLE,
                PRODUCT,
                REGULATION,
                catalog.version(),
                TemplateSource.BUILT_IN,
                ATTRIBUTION))
        .draft()
        .withTesting(BaselineChecks::of);
  }

  /**
   * The baseline as entities, not yet persisted, for tests that look at them without a database.
   *
   * @param categories finds or makes the category of a given name
   * @param solutions finds or makes the solution of a given name
   */
  public Baseline build(
      OscalCatalog catalog,
      Function<String, Category> categories,
      Function<String, Solution> solutions) {
    TemplateAssembler.Assembled assembled =
        new TemplateAssembler(categories, solutions, title -> Optional.empty())
            .assemble(draft(catalog));
    return new Baseline(assembled.template(), assembled.newActions());
  }
}
