package org.complyscore.template.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.complyscore.access.entity.Permission;
import org.complyscore.action.entity.TestingCombination;
import org.complyscore.action.entity.TestingLogic;
import org.complyscore.assessment.entity.Assessment;
import org.complyscore.assessment.entity.Control;
import org.complyscore.assessment.entity.Template;
import org.complyscore.audit.control.AuditLog;
import org.complyscore.audit.entity.AuditEventType;
import org.complyscore.shared.entity.BusinessException;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.template.control.ExcelTemplateReader;
import org.complyscore.template.control.ExcelTemplateWriter;
import org.complyscore.template.control.OscalTemplateReader;
import org.complyscore.template.control.TemplateDraft;
import org.complyscore.template.control.TemplateDrafts;
import org.complyscore.template.control.TemplateStore;

/**
 * Templates (F44–F47): the list and details, imports from OSCAL and Excel with a review before
 * anything is stored, extensions and removals that put a pending update on the assessments made
 * from a template, and the export in the import format.
 */
@Stateless
@RolesAllowed(Permission.Names.VIEW)
public class TemplateService {

  @PersistenceContext private EntityManager em;

  @Inject private TemplateStore store;

  @Inject private AuditLog auditLog;

  @Resource private SessionContext session;

  @Resource private TransactionSynchronizationRegistry transactions;

  public List<TemplateRow> list() {
    return rows(null);
  }

  public TemplateRow row(long id) {
    return rows(id).stream().findFirst().orElseThrow(() -> new TemplateNotFoundException(id));
  }

  /** Every template's line, or one template's ({@code only}): counted for that one alone. */
  private List<TemplateRow> rows(Long only) {
    Map<Long, long[]> counts = counts(only);
    Map<Long, long[]> assessments = new HashMap<>();
    for (Assessment x :
        narrowed(
                em.createQuery(
                    "select x from Assessment x join fetch x.template t"
                        + (only == null ? "" : " where t.id = :only"),
                    Assessment.class),
                only)
            .getResultList()) {
      long[] line = assessments.computeIfAbsent(x.getTemplate().getId(), id -> new long[2]);
      line[0]++;
      if (x.hasPendingUpdate()) {
        line[1]++;
      }
    }
    List<TemplateRow> rows = new ArrayList<>();
    for (Template template :
        narrowed(
                em.createQuery(
                    "select t from Template t"
                        + (only == null ? "" : " where t.id = :only")
                        + " order by t.title",
                    Template.class),
                only)
            .getResultList()) {
      long[] c = counts.getOrDefault(template.getId(), new long[4]);
      long[] a = assessments.getOrDefault(template.getId(), new long[2]);
      rows.add(row(template, c, a));
    }
    return rows;
  }

  private static <T> TypedQuery<T> narrowed(TypedQuery<T> query, Long only) {
    return only == null ? query : query.setParameter("only", only);
  }

  private static TemplateRow row(Template t, long[] counts, long[] assessments) {
    return new TemplateRow(
        t.getId(),
        t.getTitle(),
        t.getProduct(),
        t.getRegulation(),
        t.getTemplateVersion().orElse(null),
        t.getSource(),
        t.getSourceReference().orElse(null),
        t.getRevision(),
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        assessments[0],
        assessments[1]);
  }

  /** Per template as it is now: families, controls, distinct actions and their points. */
  private Map<Long, long[]> counts(Long only) {
    String oneTemplate = only == null ? "" : " AND c.template_id = " + only;
    Map<Long, long[]> counts = new HashMap<>();
    for (Object result :
        em.createNativeQuery(
                "SELECT c.template_id, COUNT(DISTINCT c.family_id), COUNT(*) FROM control c"
                    + " WHERE c.removed_in IS NULL"
                    + oneTemplate
                    + " GROUP BY c.template_id")
            .getResultList()) {
      Object[] row = (Object[]) result;
      long[] line = counts.computeIfAbsent(((Number) row[0]).longValue(), id -> new long[4]);
      line[0] = ((Number) row[1]).longValue();
      line[1] = ((Number) row[2]).longValue();
    }
    for (Object result :
        em.createNativeQuery(
                "SELECT u.template_id, COUNT(*), SUM(u.points) FROM (SELECT DISTINCT c.template_id,"
                    + " a.id, a.points FROM control c JOIN control_action ca ON ca.control_id = c.id"
                    + " JOIN improvement_action a ON a.id = ca.action_id WHERE c.removed_in IS NULL"
                    + oneTemplate
                    + ") u"
                    + " GROUP BY u.template_id")
            .getResultList()) {
      Object[] row = (Object[]) result;
      long[] line = counts.computeIfAbsent(((Number) row[0]).longValue(), id -> new long[4]);
      line[2] = ((Number) row[1]).longValue();
      line[3] = ((Number) row[2]).longValue();
    }
    return counts;
  }

  /** The template's families, controls and actions as they are now. */
  public TemplateDetails details(long id) {
    TemplateRow row = row(id);
    Map<String, List<TemplateDetails.ControlLine>> byFamily = new LinkedHashMap<>();
    Map<String, String> familyTitles = new LinkedHashMap<>();
    Map<Long, TestingLogic> testing = testingLogic(id);
    for (Control control : currentControls(id)) {
      familyTitles.putIfAbsent(control.getFamily().getFamilyKey(), control.getFamily().getTitle());
      byFamily
          .computeIfAbsent(control.getFamily().getFamilyKey(), key -> new ArrayList<>())
          .add(
              new TemplateDetails.ControlLine(
                  control.getId(),
                  control.getControlKey(),
                  control.getTitle(),
                  control.getStatement().orElse(null),
                  control.getAddedIn(),
                  control.getActions().stream()
                      .map(
                          a ->
                              new TemplateDetails.ActionLine(
                                  a.getId(),
                                  a.getTitle(),
                                  a.getPoints(),
                                  a.getOwner(),
                                  a.getImplementationType(),
                                  testing.getOrDefault(a.getId(), TestingLogic.NONE)))
                      .toList()));
    }
    List<TemplateDetails.Family> families = new ArrayList<>();
    byFamily.forEach(
        (key, controls) ->
            families.add(new TemplateDetails.Family(key, familyTitles.get(key), controls)));
    return new TemplateDetails(row, families);
  }

  /** The current controls with their actions and families, in the template's order; few queries. */
  private List<Control> currentControls(long templateId) {
    return em
        .createQuery(
            "select distinct c from Control c join fetch c.family f left join fetch c.actions"
                + " where c.template.id = :id and c.removedIn is null",
            Control.class)
        .setParameter("id", templateId)
        .getResultList()
        .stream()
        .sorted(
            java.util.Comparator.comparingInt((Control c) -> c.getFamily().getSortOrder())
                .thenComparingInt(Control::getSortOrder))
        .toList();
  }

  /**
   * The testing logic of the actions of the template's current controls that have checks, by action
   * id, in one query: reading each action's checks would be a query per action.
   */
  private Map<Long, TestingLogic> testingLogic(long templateId) {
    Map<Long, TestingCombination> combinations = new HashMap<>();
    Map<Long, List<String>> checks = new HashMap<>();
    for (Object[] line :
        em.createQuery(
                "select distinct a.id, a.testingCombination, k from Control c join c.actions a"
                    + " join a.checkIds k where c.template.id = :id and c.removedIn is null",
                Object[].class)
            .setParameter("id", templateId)
            .getResultList()) {
      long actionId = ((Number) line[0]).longValue();
      combinations.put(actionId, (TestingCombination) line[1]);
      checks.computeIfAbsent(actionId, key -> new ArrayList<>()).add((String) line[2]);
    }
    Map<Long, TestingLogic> logic = new HashMap<>();
    checks.forEach(
        (actionId, ids) ->
            logic.put(actionId, new TestingLogic(new TreeSet<>(ids), combinations.get(actionId))));
    return logic;
  }

  // ---- Import (F45, F46) ----

  /** Reads an OSCAL catalog, or a profile with its catalog, for review; stores nothing. */
  @RolesAllowed(Permission.Names.MANAGE_TEMPLATES)
  public TemplateReview reviewOscal(byte[] catalog, byte[] profile) {
    OscalTemplateReader.Reading reading =
        new OscalTemplateReader()
            .read(
                catalog == null ? null : new ByteArrayInputStream(catalog),
                profile == null ? null : new ByteArrayInputStream(profile));
    return review(reading.draft(), reading.withdrawnSkipped(), reading.notes());
  }

  /**
   * Reads an Excel template for review; stores nothing.
   *
   * @throws TemplateFileException listing every problem by sheet, row and column
   */
  @RolesAllowed(Permission.Names.MANAGE_TEMPLATES)
  public TemplateReview reviewExcel(byte[] workbook) {
    return review(excel(workbook), 0, List.of());
  }

  /**
   * Reads an Excel workbook that extends a stored template, for review; stores nothing. Its
   * Template sheet must name the template; the review counts only what the extension adds.
   */
  @RolesAllowed(Permission.Names.MANAGE_TEMPLATES)
  public TemplateReview reviewExtension(long templateId, byte[] workbook) {
    Template template = find(templateId);
    TemplateDraft draft = excel(workbook);
    requireSameTitle(template, draft);
    java.util.Set<String> existing = new java.util.HashSet<>();
    for (Control control : currentControls(templateId)) {
      existing.add(control.getControlKey().toLowerCase(java.util.Locale.ROOT));
    }
    long newControls =
        draft.families().stream()
            .flatMap(f -> f.controls().stream())
            .filter(c -> !existing.contains(c.key().toLowerCase(java.util.Locale.ROOT)))
            .count();
    return review(
        draft,
        0,
        List.of(
            "Extends \""
                + template.getTitle()
                + "\": "
                + newControls
                + " of the workbook's "
                + draft.controlCount()
                + " controls are new; controls the template has gain the actions they do not"
                + " have yet. Assessments made from it get a pending update to accept."));
  }

  private static TemplateDraft excel(byte[] workbook) {
    if (workbook == null || workbook.length == 0) {
      throw new InvalidInputException("workbook", "Choose the Excel workbook (.xlsx) to read.");
    }
    return new ExcelTemplateReader().read(new ByteArrayInputStream(workbook));
  }

  /** The template in the import format, as an .xlsx workbook. */
  public byte[] workbook(long templateId) {
    return write(draftOf(templateId));
  }

  /** A small sample template in the import format: where a new user starts. */
  public byte[] sampleWorkbook() {
    return write(ExcelTemplateWriter.sample());
  }

  private static byte[] write(TemplateDraft draft) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      new ExcelTemplateWriter().write(draft, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private TemplateReview review(TemplateDraft draft, int withdrawnSkipped, List<String> notes) {
    return TemplateReview.of(
        draft,
        withdrawnSkipped,
        store.existingActions(draft),
        store.titleTaken(draft.title()),
        notes);
  }

  /**
   * Stores a reviewed draft under the names the reviewer settled on.
   *
   * @return the new template's id
   */
  @RolesAllowed(Permission.Names.MANAGE_TEMPLATES)
  public long importTemplate(TemplateDraft draft, String title, String product, String regulation) {
    return importTemplate(draft, title, product, regulation, new ImportProgress());
  }

  /**
   * The same on its own thread, telling the progress as it goes: the page shows a progress bar for
   * long imports. A refusal ends up in {@link ImportProgress#failure()}.
   */
  @Asynchronous
  @RolesAllowed(Permission.Names.MANAGE_TEMPLATES)
  public void importInBackground(
      TemplateDraft draft,
      String title,
      String product,
      String regulation,
      ImportProgress progress) {
    try {
      importTemplate(draft, title, product, regulation, progress);
    } catch (BusinessException refused) {
      progress.failed(refused.getMessage());
      session.setRollbackOnly();
    } catch (RuntimeException unexpected) {
      progress.failed(
          "The import failed unexpectedly; nothing was stored. The server log has the details.");
      throw unexpected;
    }
  }

  private long importTemplate(
      TemplateDraft draft,
      String title,
      String product,
      String regulation,
      ImportProgress progress) {
    TemplateDraft named =
        new TemplateDraft(
            required("title", title, Template.TITLE_MAX),
            required("product", product, Template.PRODUCT_MAX),
            required("regulation", regulation, Template.REGULATION_MAX),
            draft.version(),
            draft.source(),
            draft.sourceReference(),
            draft.families());
    Template template = store.store(named, progress::advance);
    auditLog.record(
        AuditEventType.TEMPLATE_IMPORTED,
        session.getCallerPrincipal().getName(),
        template.getTitle(),
        "Template "
            + template.getId()
            + " from "
            + draft.source()
            + ": "
            + named.controlCount()
            + " controls, "
            + named.distinctActions().size()
            + " actions, maximum score "
            + named.maximumScore()
            + ".");
    long id = template.getId();
    // Told only once the template is committed: the page then links to something it can open.
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // Nothing to do before.
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              progress.succeeded(id);
            } else if (progress.failure() == null) {
              progress.failed("The import was rolled back; nothing was stored.");
            }
          }
        });
    return id;
  }

  private static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "The template needs a " + field + ".");
    }
    if (value.strip().length() > max) {
      throw new InvalidInputException(
          field, "A template's " + field + " has at most " + max + " characters.");
    }
    return value.strip();
  }

  // ---- Modify (F47) ----

  /**
   * Adds a reviewed draft's new controls and actions to a template, as a new revision: every
   * assessment made from it gets a pending update.
   */
  @RolesAllowed(Permission.Names.MANAGE_TEMPLATES)
  public TemplateStore.Extension extend(long templateId, TemplateDraft draft) {
    Template template = find(templateId);
    requireSameTitle(template, draft);
    TemplateStore.Extension extension = store.extend(template, draft);
    auditLog.record(
        AuditEventType.TEMPLATE_MODIFIED,
        session.getCallerPrincipal().getName(),
        template.getTitle(),
        "Revision "
            + extension.revision()
            + ": "
            + extension.controlsAdded()
            + " controls added, "
            + extension.actionsCreated()
            + " new actions, "
            + extension.linksAdded()
            + " action links added.");
    return extension;
  }

  private static void requireSameTitle(Template template, TemplateDraft draft) {
    if (!template.getTitle().equalsIgnoreCase(draft.title())) {
      throw new InvalidInputException(
          "workbook",
          "This workbook is for the template \""
              + draft.title()
              + "\", not \""
              + template.getTitle()
              + "\": its Template sheet's Title must name the template it extends.");
    }
  }

  /** Takes a control out of a template, as a new revision. */
  @RolesAllowed(Permission.Names.MANAGE_TEMPLATES)
  public TemplateRow removeControl(long templateId, long controlId) {
    Template template = find(templateId);
    Control control = em.find(Control.class, controlId);
    if (control == null
        || !control.getTemplate().getId().equals(templateId)
        || !control.isCurrent()) {
      throw new InvalidInputException(
          "control", "Template \"" + template.getTitle() + "\" has no control " + controlId + ".");
    }
    if (currentControls(templateId).size() <= 1) {
      throw new InvalidInputException(
          "control", "A template keeps at least one control; this is its last.");
    }
    template.startRevision();
    control.remove();
    em.flush();
    auditLog.record(
        AuditEventType.TEMPLATE_MODIFIED,
        session.getCallerPrincipal().getName(),
        template.getTitle(),
        "Revision "
            + template.getRevision()
            + ": control "
            + control.getControlKey()
            + " taken out.");
    return row(templateId);
  }

  /** The template as a draft: what the Excel export writes. */
  public TemplateDraft draftOf(long templateId) {
    Map<Long, TestingLogic> testing = testingLogic(templateId);
    return TemplateDrafts.of(
        find(templateId),
        currentControls(templateId),
        action -> testing.getOrDefault(action.getId(), TestingLogic.NONE));
  }

  private Template find(long id) {
    Template template = em.find(Template.class, id);
    if (template == null) {
      throw new TemplateNotFoundException(id);
    }
    return template;
  }
}
