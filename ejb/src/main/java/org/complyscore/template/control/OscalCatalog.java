package org.complyscore.template.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.complyscore.action.entity.TestingLogic;

/**
 * What {@link OscalCatalogReader} takes from an OSCAL catalog: its groups and controls with text
 * ready for people (parameters filled in). Withdrawn controls are kept, marked, so a caller
 * decides.
 *
 * @param title the catalog's title
 * @param version the content's version (metadata/version)
 * @param oscalVersion the OSCAL version it is written in
 * @param groups the top-level groups, in document order
 * @param controls controls outside any group
 */
public record OscalCatalog(
    String title, String version, String oscalVersion, List<Group> groups, List<Control> controls) {

  /** A group of controls, possibly holding groups of its own (a family, a section). */
  public record Group(String id, String title, List<Group> groups, List<Control> controls) {}

  /**
   * A control or enhancement.
   *
   * @param id the OSCAL id, e.g. {@code ac-2.1}
   * @param label how the regulation writes it, e.g. {@code AC-2(1)}
   * @param sortKey the key that orders it among its siblings
   * @param statement the statement as Markdown (items as a bulleted list, labels in bold)
   * @param guidance the guidance as plain text
   * @param objectives the assessment objectives as Markdown (a bulleted list), or empty
   * @param implementationLevels NIST's {@code implementation-level} values (organization, system)
   * @param enhancements controls nested in this one
   * @param testing the testing logic ComplyScore's own props give its action ({@link
   *     OscalCatalogReader#CHECK_ID}), {@link TestingLogic#NONE} without them
   */
  public record Control(
      String id,
      String label,
      String title,
      String sortKey,
      boolean withdrawn,
      String statement,
      String guidance,
      String objectives,
      List<String> implementationLevels,
      List<Control> enhancements,
      TestingLogic testing) {}

  /** Every control and enhancement, depth first in catalog order. */
  public List<Control> allControls() {
    List<Control> all = new ArrayList<>();
    Consumer<Control> add =
        new Consumer<>() {
          @Override
          public void accept(Control control) {
            all.add(control);
            control.enhancements().forEach(this);
          }
        };
    controls.forEach(add);
    forEachGroup(groups, group -> group.controls().forEach(add));
    return all;
  }

  /** Every group, depth first: families and their sub-groups. */
  public List<Group> allGroups() {
    List<Group> all = new ArrayList<>();
    forEachGroup(groups, all::add);
    return all;
  }

  private static void forEachGroup(List<Group> groups, Consumer<Group> action) {
    for (Group group : groups) {
      action.accept(group);
      forEachGroup(group.groups(), action);
    }
  }
}
