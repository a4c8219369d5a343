package org.complyscore.assessment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.complyscore.access.control.UserDirectory;
import org.complyscore.access.entity.Permission;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ActionState;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.assessment.control.AssessmentFactory;
import org.complyscore.assessment.control.AssessmentQueries;
import org.complyscore.assessment.control.AssessmentQueries.OwnerTotals;
import org.complyscore.assessment.control.AssessmentReport;
import org.complyscore.assessment.control.AssessmentReportQueries;
import org.complyscore.assessment.control.GroupCopy;
import org.complyscore.assessment.control.OrphanStates;
import org.complyscore.assessment.entity.Assessment;
import org.complyscore.assessment.entity.AssessmentGroup;
import org.complyscore.assessment.entity.AssessmentStatus;
import org.complyscore.assessment.entity.Control;
import org.complyscore.assessment.entity.ControlFamily;
import org.complyscore.assessment.entity.ControlStatus;
import org.complyscore.assessment.entity.Template;
import org.complyscore.audit.control.AuditLog;
import org.complyscore.audit.entity.AuditEventType;
import org.complyscore.score.control.StatusQueries;
import org.complyscore.score.control.StatusQueries.AssessmentProgress;
import org.complyscore.score.entity.Score;
import org.complyscore.shared.entity.InvalidInputException;

/**
 * Assessments (F40–F42, F47): the list, the details, and their upkeep under the group rules: names
 * unique in a group, one assessment per product and regulation in a group, a group only while it
 * has an assessment, and never the installation's last assessment deleted.
 */
@Stateless
@RolesAllowed(Permission.Names.VIEW)
public class AssessmentService {

  @PersistenceContext private EntityManager em;

  @Inject private AssessmentQueries queries;

  @Inject private StatusQueries statusQueries;

  @Inject private AssessmentFactory factory;

  @Inject private GroupCopy groupCopy;

  @Inject private OrphanStates orphanStates;

  @Inject private AssessmentReportQueries reports;

  @Inject private AuditLog auditLog;

  @Inject private UserDirectory users;

  @Resource private SessionContext session;

  /** A group to choose in filters and the wizard. */
  public record GroupRef(long id, String name, int assessments) {}

  /**
   * The assessments, by group and name.
   *
   * @param regulation only this regulation's; {@code null} for all
   * @param groupId only this group's; {@code null} for all
   */
  public List<AssessmentRow> list(String regulation, Long groupId) {
    List<Assessment> assessments =
        em
            .createQuery(
                "select x from Assessment x join fetch x.group join fetch x.template"
                    + " order by x.group.name, x.name",
                Assessment.class)
            .getResultList()
            .stream()
            .filter(x -> regulation == null || x.getTemplate().getRegulation().equals(regulation))
            .filter(x -> groupId == null || x.getGroup().getId().equals(groupId))
            .toList();
    return rows(assessments);
  }

  public AssessmentRow row(long id) {
    return rows(List.of(find(id))).get(0);
  }

  private List<AssessmentRow> rows(List<Assessment> assessments) {
    List<Long> ids = assessments.stream().map(Assessment::getId).toList();
    Map<Long, Map<ActionOwner, OwnerTotals>> totals = queries.ownerTotals(ids);
    Map<Long, AssessmentProgress> progress = statusQueries.assessmentProgress(ids);
    List<AssessmentRow> rows = new ArrayList<>();
    for (Assessment x : assessments) {
      Map<ActionOwner, OwnerTotals> owners = totals.getOrDefault(x.getId(), Map.of());
      OwnerTotals yours = owners.getOrDefault(ActionOwner.ORGANIZATION, OwnerTotals.NONE);
      OwnerTotals provider = owners.getOrDefault(ActionOwner.PROVIDER, OwnerTotals.NONE);
      AssessmentProgress state = progress.get(x.getId());
      rows.add(
          new AssessmentRow(
              x.getId(),
              x.getVersion(),
              x.getName(),
              state == null ? AssessmentStatus.NONE : state.status(),
              state == null ? BigDecimal.ZERO.setScale(1) : state.controls().progressPercent(),
              new AssessmentRow.ActionCount(yours.completed(), yours.total()),
              new AssessmentRow.ActionCount(provider.completed(), provider.total()),
              x.getGroup().getId(),
              x.getGroup().getName(),
              x.getTemplate().getId(),
              x.getTemplate().getTitle(),
              x.getTemplate().getProduct(),
              x.getTemplate().getRegulation(),
              Score.sum(List.of(yours.score(), provider.score())),
              x.hasPendingUpdate(),
              x.isUpdateDeferred()));
    }
    return rows;
  }

  /** The groups, by name, with how many assessments each holds. */
  public List<GroupRef> groups() {
    List<GroupRef> groups = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select g.id, g.name, count(x) from AssessmentGroup g, Assessment x"
                    + " where x.group = g group by g.id, g.name order by g.name",
                Object[].class)
            .getResultList()) {
      groups.add(new GroupRef((Long) row[0], (String) row[1], ((Number) row[2]).intValue()));
    }
    return groups;
  }

  /** The regulations the assessments cover, by name. */
  public List<String> regulations() {
    return em.createQuery(
            "select distinct x.template.regulation from Assessment x order by x.template.regulation",
            String.class)
        .getResultList();
  }

  /** The details page: points by owner, test statuses, controls by family, action states. */
  public AssessmentDetails details(long id) {
    AssessmentRow row = row(id);
    Map<ActionOwner, OwnerTotals> owners =
        queries.ownerTotals(List.of(id)).getOrDefault(id, Map.of());
    Map<Long, ControlStatus> statuses = statusQueries.controlStatuses(id);
    Map<Long, List<Long>> statesByControl = queries.statesByControl(id);
    Map<String, AssessmentDetails.Family> families = new LinkedHashMap<>();
    Map<String, List<AssessmentDetails.ControlLine>> lines = new LinkedHashMap<>();
    for (AssessmentQueries.ControlTotals control : queries.controls(id)) {
      lines
          .computeIfAbsent(
              control.familyKey(),
              key -> {
                List<AssessmentDetails.ControlLine> list = new ArrayList<>();
                families.put(key, new AssessmentDetails.Family(key, control.familyTitle(), list));
                return list;
              })
          .add(
              new AssessmentDetails.ControlLine(
                  control.controlId(),
                  control.key(),
                  control.title(),
                  statuses.getOrDefault(control.controlId(), ControlStatus.NONE),
                  control.score(),
                  control.actions(),
                  control.completed(),
                  statesByControl.getOrDefault(control.controlId(), List.of())));
    }
    List<AssessmentDetails.StateLine> states =
        em
            .createQuery(
                "select s from Assessment x join x.actionStates s join fetch s.action"
                    + " left join fetch s.assignee where x.id = :id",
                ActionState.class)
            .setParameter("id", id)
            .getResultList()
            .stream()
            .map(AssessmentService::stateLine)
            .sorted(
                Comparator.comparingInt(AssessmentDetails.StateLine::points)
                    .reversed()
                    .thenComparing(AssessmentDetails.StateLine::title))
            .toList();
    return new AssessmentDetails(
        row,
        owners.getOrDefault(ActionOwner.ORGANIZATION, OwnerTotals.NONE).score(),
        owners.getOrDefault(ActionOwner.PROVIDER, OwnerTotals.NONE).score(),
        queries.testStatuses(id),
        List.copyOf(families.values()),
        states);
  }

  private static AssessmentDetails.StateLine stateLine(ActionState state) {
    ImprovementAction action = state.getAction();
    return new AssessmentDetails.StateLine(
        state.getId(),
        action.getTitle(),
        action.getOwner(),
        action.getImplementationType(),
        action.getPoints(),
        state.getAchievedPoints(),
        state.getImplementationStatus(),
        state.getTestStatus(),
        state.getAssignee().map(person -> person.getDisplayName()).orElse(null));
  }

  /** The assessment's report as of now: every control × action with statuses and evidence (F43). */
  public AssessmentReport report(long id) {
    return reports.read(id, Instant.now()).orElseThrow(() -> new AssessmentNotFoundException(id));
  }

  // ---- Create (F42) ----

  /**
   * Makes an assessment from a template in an existing or a new group.
   *
   * @return the new assessment's id
   * @throws InvalidInputException naming the field ("template", "name", "group", "newGroupName",
   *     "copyFromGroupId") that breaks a rule
   */
  @RolesAllowed(Permission.Names.MANAGE_ASSESSMENTS)
  public long create(NewAssessment request) {
    if (request.templateId() == null) {
      throw new InvalidInputException("template", "Choose the template to make it from.");
    }
    Template template = em.find(Template.class, request.templateId());
    if (template == null) {
      throw new InvalidInputException(
          "template",
          "There is no template " + request.templateId() + "; it may have been removed.");
    }
    String name = checkedName(request.name());
    AssessmentGroup group;
    if (request.groupId() != null) {
      if (request.newGroupName() != null && !request.newGroupName().isBlank()) {
        throw new InvalidInputException(
            "newGroupName", "Choose an existing group or name a new one, not both.");
      }
      // Locked, so two people cannot add the same regulation to the group at the same moment.
      group = em.find(AssessmentGroup.class, request.groupId(), LockModeType.PESSIMISTIC_WRITE);
      if (group == null) {
        throw new InvalidInputException(
            "group", "There is no group " + request.groupId() + "; it may have been removed.");
      }
      if (request.copyFromGroupId() != null) {
        throw new InvalidInputException(
            "copyFromGroupId",
            "Details are copied only into a new group; an existing group keeps its own.");
      }
      requireFreeInGroup(group, name, template);
    } else {
      group = new AssessmentGroup(checkedGroupName(request.newGroupName()));
      em.persist(group);
    }
    AssessmentGroup copyFrom = null;
    if (request.copyFromGroupId() != null) {
      copyFrom = em.find(AssessmentGroup.class, request.copyFromGroupId());
      if (copyFrom == null) {
        throw new InvalidInputException(
            "copyFromGroupId",
            "There is no group "
                + request.copyFromGroupId()
                + " to copy from; it may have been removed.");
      }
    }
    Assessment assessment = factory.create(name, group, template);
    int copied =
        copyFrom == null
            ? 0
            : groupCopy.copyInto(
                assessment, copyFrom.getId(), users.signedIn(session.getCallerPrincipal()));
    em.flush();
    auditLog.record(
        AuditEventType.ASSESSMENT_CREATED,
        caller(),
        name,
        "Assessment "
            + assessment.getId()
            + " from template \""
            + template.getTitle()
            + "\" in group \""
            + group.getName()
            + "\""
            + (copyFrom == null
                ? "."
                : ", "
                    + copied
                    + " action states started from group \""
                    + copyFrom.getName()
                    + "\"."));
    return assessment.getId();
  }

  private String checkedName(String name) {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("name", "Give the assessment a name.");
    }
    if (name.strip().length() > Assessment.NAME_MAX) {
      throw new InvalidInputException(
          "name", "An assessment's name has at most " + Assessment.NAME_MAX + " characters.");
    }
    return name.strip();
  }

  private String checkedGroupName(String name) {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("newGroupName", "Choose a group or name a new one.");
    }
    String wanted = name.strip();
    if (wanted.length() > AssessmentGroup.NAME_MAX) {
      throw new InvalidInputException(
          "newGroupName",
          "A group's name has at most " + AssessmentGroup.NAME_MAX + " characters.");
    }
    em.createQuery(
            "select g from AssessmentGroup g where lower(g.name) = :name", AssessmentGroup.class)
        .setParameter("name", wanted.toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst()
        .ifPresent(
            existing -> {
              throw new InvalidInputException(
                  "newGroupName",
                  "There is already a group named \""
                      + existing.getName()
                      + "\"; choose it as an existing group or pick another name.");
            });
    return wanted;
  }

  /** Names are unique in a group, and a group holds one assessment per product and regulation. */
  private void requireFreeInGroup(AssessmentGroup group, String name, Template template) {
    for (Assessment other :
        em.createQuery(
                "select x from Assessment x join fetch x.template where x.group = :group",
                Assessment.class)
            .setParameter("group", group)
            .getResultList()) {
      if (other.getName().equalsIgnoreCase(name)) {
        throw new InvalidInputException(
            "name",
            "Group \""
                + group.getName()
                + "\" already has an assessment named \""
                + other.getName()
                + "\".");
      }
      Template used = other.getTemplate();
      if (used.getProduct().equalsIgnoreCase(template.getProduct())
          && used.getRegulation().equalsIgnoreCase(template.getRegulation())) {
        throw new InvalidInputException(
            "group",
            "Group \""
                + group.getName()
                + "\" already assesses "
                + used.getProduct()
                + " against "
                + used.getRegulation()
                + " (\""
                + other.getName()
                + "\"); a group holds one assessment per product and regulation. Choose another"
                + " group or make a new one.");
      }
    }
  }

  // ---- Rename and delete (F41) ----

  @RolesAllowed(Permission.Names.MANAGE_ASSESSMENTS)
  public AssessmentRow rename(long id, long expectedVersion, String newName) {
    Assessment assessment = find(id);
    if (assessment.getVersion() != expectedVersion) {
      throw new AssessmentRuleException(
          "Someone changed this assessment since you opened it. Reload the page and rename it again.");
    }
    String name = checkedName(newName);
    String before = assessment.getName();
    if (!before.equals(name)) {
      em.createQuery(
              "select x from Assessment x where x.group = :group and lower(x.name) = :name and x.id <> :id",
              Assessment.class)
          .setParameter("group", assessment.getGroup())
          .setParameter("name", name.toLowerCase(Locale.ROOT))
          .setParameter("id", id)
          .getResultStream()
          .findFirst()
          .ifPresent(
              other -> {
                throw new InvalidInputException(
                    "name",
                    "Group \""
                        + assessment.getGroup().getName()
                        + "\" already has an assessment named \""
                        + other.getName()
                        + "\".");
              });
      assessment.rename(name);
      auditLog.record(
          AuditEventType.ASSESSMENT_RENAMED,
          caller(),
          before,
          "Assessment " + id + " is now \"" + name + "\".");
    }
    em.flush();
    return row(id);
  }

  /**
   * Deletes an assessment for good: its links, the action states no other assessment uses (with
   * their evidence and history), and its group when it was the group's last.
   *
   * @param confirmedName the name the person typed to confirm; must be the assessment's
   */
  @RolesAllowed(Permission.Names.MANAGE_ASSESSMENTS)
  public void delete(long id, String confirmedName) {
    Assessment assessment = find(id);
    if (confirmedName == null || !assessment.getName().equals(confirmedName.strip())) {
      throw new InvalidInputException(
          "confirmation", "Type the assessment's name exactly to confirm that it goes for good.");
    }
    long count = em.createNamedQuery(Assessment.COUNT, Long.class).getSingleResult();
    if (count <= 1) {
      throw new AssessmentRuleException(
          "\""
              + assessment.getName()
              + "\" is the only assessment: the score needs at least one."
              + " Create another before deleting this one.");
    }
    AssessmentGroup group = assessment.getGroup();
    Set<Long> states = new HashSet<>();
    assessment.getActionStates().forEach(state -> states.add(state.getId()));
    String name = assessment.getName();
    em.remove(assessment);
    em.flush();
    int removed = orphanStates.remove(states);
    boolean groupGone =
        em.createQuery("select count(x) from Assessment x where x.group = :group", Long.class)
                .setParameter("group", group)
                .getSingleResult()
            == 0;
    if (groupGone) {
      em.remove(group);
    }
    auditLog.record(
        AuditEventType.ASSESSMENT_DELETED,
        caller(),
        name,
        "Assessment "
            + id
            + " deleted with "
            + removed
            + " action states no other assessment used"
            + (groupGone ? "; its group \"" + group.getName() + "\" went with it." : "."));
  }

  // ---- Template updates (F47) ----

  /**
   * What accepting the template's pending update would change. Worked out by making the change and
   * rolling it back, so the numbers come from the same queries as the pages', never from a second
   * set of rules.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public UpdateReview reviewUpdate(long id) {
    Assessment assessment = find(id);
    AssessmentRow before = row(id);
    int fromRevision = assessment.getTemplateRevision();
    Changes changes = changes(assessment);
    apply(assessment, changes);
    em.flush();
    AssessmentRow after = row(id);
    session.setRollbackOnly();
    return new UpdateReview(
        id,
        before.version(),
        fromRevision,
        assessment.getTemplate().getRevision(),
        changes.controlsAdded(),
        changes.controlsRemoved(),
        changes.added().stream().map(ImprovementAction::getTitle).sorted().toList(),
        changes.removed().stream().map(s -> s.getAction().getTitle()).sorted().toList(),
        before.score(),
        after.score(),
        before.progress(),
        after.progress());
  }

  /** Brings the assessment in line with its template as it is now. */
  @RolesAllowed(Permission.Names.MANAGE_ASSESSMENTS)
  public AssessmentRow acceptUpdate(long id, long expectedVersion) {
    Assessment assessment = find(id);
    if (assessment.getVersion() != expectedVersion) {
      throw new AssessmentRuleException(
          "Someone changed this assessment since you opened the review. Review the update again.");
    }
    if (!assessment.hasPendingUpdate()) {
      throw new AssessmentRuleException("\"" + assessment.getName() + "\" has no pending update.");
    }
    int from = assessment.getTemplateRevision();
    Changes changes = changes(assessment);
    int removed = apply(assessment, changes);
    auditLog.record(
        AuditEventType.ASSESSMENT_UPDATED,
        caller(),
        assessment.getName(),
        "Assessment "
            + id
            + " follows template revision "
            + assessment.getTemplateRevision()
            + " (was "
            + from
            + "): "
            + changes.added().size()
            + " actions added, "
            + changes.removed().size()
            + " taken out ("
            + removed
            + " states no other assessment used removed).");
    em.flush();
    return row(id);
  }

  /** Leaves the pending update for later; the next modification of the template asks again. */
  @RolesAllowed(Permission.Names.MANAGE_ASSESSMENTS)
  public AssessmentRow deferUpdate(long id) {
    Assessment assessment = find(id);
    if (!assessment.hasPendingUpdate()) {
      throw new AssessmentRuleException("\"" + assessment.getName() + "\" has no pending update.");
    }
    assessment.deferUpdate();
    em.flush();
    return row(id);
  }

  private record Changes(
      List<String> controlsAdded,
      List<String> controlsRemoved,
      List<ImprovementAction> added,
      List<ActionState> removed) {}

  private Changes changes(Assessment assessment) {
    Template template = assessment.getTemplate();
    int from = assessment.getTemplateRevision();
    int to = template.getRevision();
    List<String> controlsAdded = new ArrayList<>();
    List<String> controlsRemoved = new ArrayList<>();
    for (ControlFamily family : template.getFamilies()) {
      for (Control control : family.getControls()) {
        if (control.isPartOf(to) && !control.isPartOf(from)) {
          controlsAdded.add(control.getControlKey() + " " + control.getTitle());
        } else if (control.isPartOf(from) && !control.isPartOf(to)) {
          controlsRemoved.add(control.getControlKey() + " " + control.getTitle());
        }
      }
    }
    List<ImprovementAction> needed = factory.actionsOf(template, to);
    Set<ImprovementAction> tracked = new HashSet<>();
    List<ActionState> removed = new ArrayList<>();
    Set<ImprovementAction> neededSet = new HashSet<>(needed);
    for (ActionState state : assessment.getActionStates()) {
      tracked.add(state.getAction());
      if (!neededSet.contains(state.getAction())) {
        removed.add(state);
      }
    }
    List<ImprovementAction> added = needed.stream().filter(a -> !tracked.contains(a)).toList();
    return new Changes(controlsAdded, controlsRemoved, added, removed);
  }

  /**
   * @return how many states went because no other assessment used them
   */
  private int apply(Assessment assessment, Changes changes) {
    factory.track(assessment, changes.added());
    List<Long> candidates = new ArrayList<>();
    for (ActionState state : changes.removed()) {
      assessment.untrack(state);
      candidates.add(state.getId());
    }
    assessment.acceptUpdate();
    em.flush();
    return orphanStates.remove(candidates);
  }

  private Assessment find(long id) {
    Assessment assessment = em.find(Assessment.class, id);
    if (assessment == null) {
      throw new AssessmentNotFoundException(id);
    }
    return assessment;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
