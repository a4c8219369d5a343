package org.complyscore.template.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.complyscore.action.entity.Category;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.action.entity.Solution;
import org.complyscore.assessment.entity.Control;
import org.complyscore.assessment.entity.ControlFamily;
import org.complyscore.assessment.entity.Template;
import org.complyscore.shared.entity.InvalidInputException;

/**
 * Saves reviewed drafts: a new template, or an extension of a stored one (a new revision). Actions
 * are shared by title (D28); categories must be the product's; solutions are made when missing.
 */
@Dependent
public class TemplateStore {

  /** Titles per query when looking up existing actions: well inside every database's limit. */
  private static final int TITLES_PER_QUERY = 500;

  @PersistenceContext private EntityManager em;

  public TemplateStore() {}

  public TemplateStore(EntityManager em) {
    this.em = em;
  }

  /**
   * Stores a new template.
   *
   * @param progress told the percentage done, 0 to 100
   * @throws InvalidInputException "title" when a template has the title already
   */
  public Template store(TemplateDraft draft, IntConsumer progress) {
    requireNewTitle(draft.title());
    progress.accept(10);
    TemplateAssembler assembler = assembler(draft);
    progress.accept(30);
    TemplateAssembler.Assembled assembled = assembler.assemble(draft);
    int written = 0;
    for (ImprovementAction action : assembled.newActions()) {
      em.persist(action);
      if (++written % 200 == 0) {
        progress.accept(30 + 40 * written / assembled.newActions().size());
      }
    }
    progress.accept(70);
    em.persist(assembled.template());
    em.flush();
    progress.accept(100);
    return assembled.template();
  }

  /**
   * Adds the draft's controls and actions to a stored template as a new revision: a control whose
   * key the template has gains the actions it does not have yet; any other control is added, into
   * the family of the same key or a new one.
   *
   * @return what the extension added
   * @throws InvalidInputException "file" when a control's key belonged to a removed control
   */
  public Extension extend(Template template, TemplateDraft draft) {
    Map<String, Control> byKey = new HashMap<>();
    for (ControlFamily family : template.getFamilies()) {
      for (Control control : family.getControls()) {
        byKey.put(control.getControlKey().toLowerCase(Locale.ROOT), control);
      }
    }
    for (TemplateDraft.FamilyDraft family : draft.families()) {
      for (TemplateDraft.ControlDraft control : family.controls()) {
        Control existing = byKey.get(control.key().toLowerCase(Locale.ROOT));
        if (existing != null && !existing.isCurrent()) {
          throw new InvalidInputException(
              "file",
              "Control "
                  + control.key()
                  + " was taken out of this template in revision "
                  + existing.getRemovedIn().orElseThrow()
                  + "; it cannot come back under the same id.");
        }
      }
    }
    template.startRevision();
    TemplateAssembler assembler = assembler(draft);
    List<ImprovementAction> created = new ArrayList<>();
    int controlsAdded = 0;
    int linksAdded = 0;
    for (TemplateDraft.FamilyDraft familyDraft : draft.families()) {
      ControlFamily family =
          template
              .family(familyDraft.key())
              .orElseGet(() -> template.addFamily(familyDraft.key(), familyDraft.title()));
      for (TemplateDraft.ControlDraft controlDraft : familyDraft.controls()) {
        Control control = byKey.get(controlDraft.key().toLowerCase(Locale.ROOT));
        if (control == null) {
          control =
              family
                  .addControl(controlDraft.key(), controlDraft.title())
                  .describe(controlDraft.statement(), controlDraft.guidance())
                  .withObjectives(controlDraft.objectives())
                  .withSourceId(controlDraft.sourceId());
          controlsAdded++;
        }
        for (TemplateDraft.ActionDraft actionDraft : controlDraft.actions()) {
          ImprovementAction action = assembler.action(actionDraft, created);
          if (!control.getActions().contains(action)) {
            control.satisfiedBy(action);
            linksAdded++;
          }
        }
      }
    }
    created.forEach(em::persist);
    em.flush();
    return new Extension(template.getRevision(), controlsAdded, created.size(), linksAdded);
  }

  /** What an extension did: the new revision, controls and actions added, action links added. */
  public record Extension(int revision, int controlsAdded, int actionsCreated, int linksAdded) {}

  /** How many of the draft's actions exist already and will be shared. */
  public int existingActions(TemplateDraft draft) {
    return existing(draft.distinctActions().stream().map(TemplateDraft.ActionDraft::title).toList())
        .size();
  }

  /** Whether a template has the title already. */
  public boolean titleTaken(String title) {
    return !em.createNamedQuery(Template.FIND_BY_TITLE, Template.class)
        .setParameter("title", title.strip())
        .getResultList()
        .isEmpty();
  }

  private void requireNewTitle(String title) {
    if (titleTaken(title)) {
      throw new InvalidInputException(
          "title", "There is already a template titled \"" + title.strip() + "\".");
    }
  }

  private TemplateAssembler assembler(TemplateDraft draft) {
    Map<String, Category> categories = new HashMap<>();
    for (Category category :
        em.createNamedQuery(Category.FIND_ALL, Category.class).getResultList()) {
      categories.put(category.getName().toLowerCase(Locale.ROOT), category);
    }
    Map<String, Solution> solutions = new HashMap<>();
    Map<String, ImprovementAction> existing =
        existing(draft.distinctActions().stream().map(TemplateDraft.ActionDraft::title).toList());
    return new TemplateAssembler(
        name ->
            Optional.ofNullable(categories.get(name.strip().toLowerCase(Locale.ROOT)))
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "file",
                            "\""
                                + name
                                + "\" is not a category; use one of "
                                + String.join(", ", Category.STANDARD)
                                + ".")),
        name -> solutions.computeIfAbsent(name.strip(), this::solution),
        title -> Optional.ofNullable(existing.get(title)));
  }

  private Map<String, ImprovementAction> existing(List<String> titles) {
    Map<String, ImprovementAction> found = new HashMap<>();
    for (int from = 0; from < titles.size(); from += TITLES_PER_QUERY) {
      List<String> chunk = titles.subList(from, Math.min(titles.size(), from + TITLES_PER_QUERY));
      em.createQuery(
              "select a from ImprovementAction a where a.title in :titles", ImprovementAction.class)
          .setParameter("titles", chunk)
          .getResultList()
          .forEach(action -> found.put(action.getTitle(), action));
    }
    return found;
  }

  private Solution solution(String name) {
    return em.createNamedQuery(Solution.FIND_BY_NAME, Solution.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              Solution created = new Solution(name, null);
              em.persist(created);
              return created;
            });
  }
}
