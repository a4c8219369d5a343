package org.complyscore.template.control;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.List;
import org.complyscore.assessment.entity.Template;
import org.complyscore.assessment.entity.TemplateSource;

/**
 * Reads an OSCAL upload into a template draft: a catalog alone (all its controls), or a profile
 * with the catalog it imports (the controls it selects, modified as it says). Every problem is an
 * {@link OscalFormatException} that says what is wrong and where.
 */
public class OscalTemplateReader {

  static final String DEFAULT_PRODUCT = "Your organization";

  /** The draft, with what the reviewer should know: withdrawn controls skipped, ignored parts. */
  public record Reading(TemplateDraft draft, int withdrawnSkipped, List<String> notes) {}

  /**
   * @param catalogJson the catalog; required
   * @param profileJson the profile, or {@code null} to import the whole catalog
   */
  public Reading read(InputStream catalogJson, InputStream profileJson) {
    if (catalogJson == null) {
      throw new OscalFormatException(
          "A catalog is needed: a profile only selects controls from the catalog it imports.");
    }
    JsonObject profileRoot = profileJson == null ? null : OscalCatalogReader.parse(profileJson);
    JsonObject catalogRoot = OscalCatalogReader.parse(catalogJson);
    if (!catalogRoot.containsKey("catalog") && catalogRoot.containsKey("profile")) {
      throw new OscalFormatException(
          "The file given as the catalog is a profile. Upload the profile as the profile and the"
              + " catalog it imports as the catalog.");
    }
    if (profileRoot == null) {
      OscalCatalog catalog =
          new OscalCatalogReader().read(catalogRoot, OscalCatalogReader.Adjustments.NONE);
      return reading(
          catalog, id -> true, heading(catalog.title(), catalog.version(), catalog), List.of());
    }
    OscalProfile profile = OscalProfile.read(profileRoot);
    OscalProfile.Resolution resolution = profile.resolve(catalogRoot);
    if (resolution.selected().isEmpty()) {
      throw new OscalFormatException("The profile selects no control of this catalog.");
    }
    OscalCatalog catalog = new OscalCatalogReader().read(catalogRoot, resolution.adjustments());
    List<String> notes =
        resolution.unknownParameters().isEmpty()
            ? List.of()
            : List.of(
                "The profile sets parameters the catalog does not have; they were ignored: "
                    + String.join(", ", resolution.unknownParameters())
                    + ".");
    String title = profile.title() == null ? catalog.title() : profile.title();
    String version = profile.version() == null ? catalog.version() : profile.version();
    return reading(
        catalog, resolution.selected()::contains, heading(title, version, catalog), notes);
  }

  private static Reading reading(
      OscalCatalog catalog,
      java.util.function.Predicate<String> selected,
      OscalTemplateBuilder.Heading heading,
      List<String> notes) {
    OscalTemplateBuilder.Result result =
        new OscalTemplateBuilder().build(catalog, selected, heading);
    if (result.draft().controlCount() == 0) {
      throw new OscalFormatException(
          "The catalog has no control to import"
              + (result.withdrawnSkipped() > 0 ? " that is not withdrawn." : "."));
    }
    return new Reading(result.draft(), result.withdrawnSkipped(), notes);
  }

  private static OscalTemplateBuilder.Heading heading(
      String title, String version, OscalCatalog catalog) {
    String name = OscalTemplateBuilder.fit(title, Template.TITLE_MAX);
    return new OscalTemplateBuilder.Heading(
        name,
        DEFAULT_PRODUCT,
        OscalTemplateBuilder.fit(title, Template.REGULATION_MAX),
        version == null ? null : OscalTemplateBuilder.fit(version, Template.VERSION_MAX),
        TemplateSource.OSCAL,
        OscalTemplateBuilder.fit(
            "Imported from OSCAL: "
                + catalog.title()
                + (catalog.version() == null ? "" : " " + catalog.version()),
            Template.SOURCE_REFERENCE_MAX));
  }
}
