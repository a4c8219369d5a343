package org.complyscore.template.boundary;

import java.util.List;
import org.complyscore.template.control.TemplateDraft;

/**
 * What the review step shows before anything is stored (F45, F46): the draft with its counts, the
 * actions it shares with templates already stored, and what the reader noticed.
 *
 * @param withdrawnSkipped withdrawn controls left out
 * @param sharedActions the draft's actions that exist already (by title) and will be shared
 * @param titleTaken a template has the draft's title already: the reviewer must change it
 * @param notes things the reader ignored, in words
 */
public record TemplateReview(
    TemplateDraft draft,
    List<FamilyCount> families,
    int controls,
    int actions,
    int maximumScore,
    int withdrawnSkipped,
    int sharedActions,
    boolean titleTaken,
    List<String> notes) {

  /** A family's key, title and how many controls and actions it brings. */
  public record FamilyCount(String key, String title, int controls, int actions) {}

  static TemplateReview of(
      TemplateDraft draft,
      int withdrawnSkipped,
      int sharedActions,
      boolean titleTaken,
      List<String> notes) {
    List<FamilyCount> families =
        draft.families().stream()
            .map(
                f ->
                    new FamilyCount(
                        f.key(),
                        f.title(),
                        f.controls().size(),
                        (int)
                            f.controls().stream()
                                .flatMap(c -> c.actions().stream())
                                .map(TemplateDraft.ActionDraft::title)
                                .distinct()
                                .count()))
            .toList();
    return new TemplateReview(
        draft,
        families,
        draft.controlCount(),
        draft.distinctActions().size(),
        draft.maximumScore(),
        withdrawnSkipped,
        sharedActions,
        titleTaken,
        List.copyOf(notes));
  }
}
