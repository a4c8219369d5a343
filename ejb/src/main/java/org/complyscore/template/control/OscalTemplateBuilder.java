package org.complyscore.template.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.assessment.entity.Control;
import org.complyscore.assessment.entity.ControlFamily;
import org.complyscore.assessment.entity.TemplateSource;

/**
 * Turns an OSCAL catalog (resolved from a profile or not) into a {@link TemplateDraft}: one family
 * per top-level group (controls of nested groups join it; controls outside any group form a family
 * of their own), one control and one improvement action per selected control or enhancement that is
 * not withdrawn, classified by {@link BaselineRules}, points from the default table, tested as the
 * control's ComplyScore props say. An enhancement's title carries its parent's, whether or not the
 * parent is selected.
 */
public class OscalTemplateBuilder {

  /** What the template is called and where it comes from; the reviewer may change the names. */
  public record Heading(
      String title,
      String product,
      String regulation,
      String version,
      TemplateSource source,
      String sourceReference) {}

  /** The draft and what the reader should know about it. */
  public record Result(TemplateDraft draft, int withdrawnSkipped) {}

  private static final String UNGROUPED_KEY = "GEN";

  public Result build(OscalCatalog catalog, Predicate<String> selected, Heading heading) {
    Walk walk = new Walk(selected);
    List<TemplateDraft.FamilyDraft> families = new ArrayList<>();
    int index = 0;
    for (OscalCatalog.Group group : catalog.groups()) {
      index++;
      String familyId =
          group.id() == null || group.id().isBlank()
              ? "f" + index
              : group.id().strip().toLowerCase(Locale.ROOT);
      List<TemplateDraft.ControlDraft> controls = new ArrayList<>();
      walk.group(group, familyId, controls);
      if (!controls.isEmpty()) {
        families.add(
            new TemplateDraft.FamilyDraft(
                fit(familyId.toUpperCase(Locale.ROOT), ControlFamily.KEY_MAX),
                fit(group.title(), ControlFamily.TITLE_MAX),
                controls));
      }
    }
    List<TemplateDraft.ControlDraft> loose = new ArrayList<>();
    for (OscalCatalog.Control control : catalog.controls()) {
      walk.control(control, null, "", loose);
    }
    if (!loose.isEmpty()) {
      families.add(
          new TemplateDraft.FamilyDraft(
              UNGROUPED_KEY, fit(catalog.title(), ControlFamily.TITLE_MAX), loose));
    }
    TemplateDraft draft =
        new TemplateDraft(
            heading.title(),
            heading.product(),
            heading.regulation(),
            heading.version(),
            heading.source(),
            heading.sourceReference(),
            families);
    return new Result(draft, walk.withdrawn);
  }

  /** One pass over the catalog: keys stay unique, withdrawn controls are counted. */
  private static final class Walk {
    private final Predicate<String> selected;
    private final Set<String> keys = new HashSet<>();
    private int withdrawn;

    Walk(Predicate<String> selected) {
      this.selected = selected;
    }

    void group(OscalCatalog.Group group, String familyId, List<TemplateDraft.ControlDraft> into) {
      for (OscalCatalog.Control control : group.controls()) {
        control(control, null, familyId, into);
      }
      for (OscalCatalog.Group nested : group.groups()) {
        group(nested, familyId, into);
      }
    }

    void control(
        OscalCatalog.Control oscal,
        OscalCatalog.Control parent,
        String familyId,
        List<TemplateDraft.ControlDraft> into) {
      if (selected.test(oscal.id())) {
        if (oscal.withdrawn()) {
          withdrawn++;
        } else {
          into.add(draft(oscal, parent, familyId));
        }
      }
      for (OscalCatalog.Control enhancement : oscal.enhancements()) {
        control(enhancement, oscal, familyId, into);
      }
    }

    private TemplateDraft.ControlDraft draft(
        OscalCatalog.Control oscal, OscalCatalog.Control parent, String familyId) {
      String title = parent == null ? oscal.title() : parent.title() + " | " + oscal.title();
      BaselineRules.Classification rules =
          BaselineRules.classify(
              new BaselineRules.Subject(
                  familyId,
                  oscal.title(),
                  parent == null ? "" : parent.title(),
                  oscal.implementationLevels()));
      String key = fit(oscal.label(), Control.KEY_MAX);
      if (!keys.add(key)) {
        // Two controls with the same label (a publisher's typo): the id tells them apart.
        key = fit(oscal.label() + " " + oscal.id(), Control.KEY_MAX);
        keys.add(key);
      }
      TemplateDraft.ActionDraft action =
          new TemplateDraft.ActionDraft(
              fit(oscal.label() + " " + title, ImprovementAction.TITLE_MAX),
              blankToNull(oscal.statement()),
              blankToNull(oscal.guidance()),
              rules.implementationType(),
              rules.purpose(),
              rules.enforcement(),
              ActionOwner.ORGANIZATION,
              null,
              rules.category(),
              rules.solution(),
              oscal.testing());
      return new TemplateDraft.ControlDraft(
          key,
          oscal.id(),
          fit(title, Control.TITLE_MAX),
          blankToNull(oscal.statement()),
          blankToNull(oscal.guidance()),
          blankToNull(oscal.objectives()),
          List.of(action));
    }
  }

  /** Cuts a text to a column's length, marking the cut. */
  static String fit(String text, int max) {
    String stripped = text.strip();
    return stripped.length() <= max ? stripped : stripped.substring(0, max - 1).strip() + "…";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
