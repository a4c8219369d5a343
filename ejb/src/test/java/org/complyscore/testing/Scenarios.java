package org.complyscore.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complyscore.access.entity.User;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ActionState;
import org.complyscore.action.entity.Category;
import org.complyscore.action.entity.Enforcement;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.Solution;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.assessment.control.AssessmentFactory;
import org.complyscore.assessment.entity.Assessment;
import org.complyscore.assessment.entity.AssessmentGroup;
import org.complyscore.assessment.entity.ControlFamily;
import org.complyscore.assessment.entity.Template;
import org.complyscore.assessment.entity.TemplateSource;

/**
 * Builds scoring scenarios in the test database through the application's own entities and
 * assessment factory, each step in a transaction of its own. Names must be unique per test run.
 */
@Stateless
@PermitAll
public class Scenarios {

  @PersistenceContext private EntityManager em;

  @Inject private AssessmentFactory assessmentFactory;

  public long category(String name) {
    Category category = new Category(name, 99);
    em.persist(category);
    em.flush();
    return category.getId();
  }

  public long solution(String name) {
    Solution solution = new Solution(name, null);
    em.persist(solution);
    em.flush();
    return solution.getId();
  }

  /** An action of the given kind, points and (optional) category and solution. */
  public long action(
      String title,
      ImplementationType type,
      ActionOwner owner,
      Purpose purpose,
      int points,
      Long categoryId,
      Long solutionId) {
    ImprovementAction action =
        new ImprovementAction(title, type, purpose, Enforcement.MANDATORY, owner, points)
            .placeIn(
                categoryId == null ? null : em.find(Category.class, categoryId),
                solutionId == null ? null : em.find(Solution.class, solutionId));
    em.persist(action);
    em.flush();
    return action.getId();
  }

  /** A template of one family whose controls (by key, in order) use the given actions. */
  public long template(String title, String regulation, Map<String, List<Long>> controls) {
    Template template = new Template(title, "Test product", regulation, TemplateSource.EXCEL);
    ControlFamily family = template.addFamily("F", "Family");
    controls.forEach(
        (key, actionIds) -> {
          var control = family.addControl(key, "Control " + key);
          actionIds.forEach(id -> control.satisfiedBy(em.find(ImprovementAction.class, id)));
        });
    em.persist(template);
    em.flush();
    return template.getId();
  }

  /**
   * Modifies a template (F47): a new revision that takes out the control with one key and adds a
   * control with another, without actions.
   */
  public void reviseTemplate(long templateId, String removedKey, String addedKey) {
    Template template = em.find(Template.class, templateId);
    template.startRevision();
    ControlFamily family = template.getFamilies().get(0);
    family.getControls().stream()
        .filter(control -> control.getControlKey().equals(removedKey))
        .findFirst()
        .orElseThrow()
        .remove();
    family.addControl(addedKey, "Control " + addedKey);
    em.flush();
  }

  public long group(String name) {
    AssessmentGroup group = new AssessmentGroup(name);
    em.persist(group);
    em.flush();
    return group.getId();
  }

  public long assessment(String name, long groupId, long templateId) {
    Assessment assessment =
        assessmentFactory.create(
            name, em.find(AssessmentGroup.class, groupId), em.find(Template.class, templateId));
    em.flush();
    return assessment.getId();
  }

  /** The state an assessment tracks an action in. */
  public long stateOf(long assessmentId, long actionId) {
    return em.find(Assessment.class, assessmentId).getActionStates().stream()
        .filter(state -> state.getAction().getId() == actionId)
        .findFirst()
        .orElseThrow()
        .getId();
  }

  /** Assigns the action state to the person with this user name. */
  public void assign(long stateId, String username) {
    User person =
        em.createNamedQuery(User.FIND_BY_LOGIN, User.class)
            .setParameter("login", username)
            .getSingleResult();
    em.find(ActionState.class, stateId).assignTo(person);
  }

  public Optional<String> assigneeOf(long stateId) {
    return em.find(ActionState.class, stateId).getAssignee().map(User::getUsername);
  }

  public int statesOf(long assessmentId) {
    return em.find(Assessment.class, assessmentId).getActionStates().size();
  }

  /** Sets a state's statuses directly (setup, not under test); fraction for partial results. */
  public void set(
      long stateId, ImplementationStatus implementation, TestStatus test, BigDecimal fraction) {
    ActionState state = em.find(ActionState.class, stateId);
    state.recordImplementation(
        implementation, implementation.isImplemented() ? LocalDate.now() : null, null);
    if (test == TestStatus.NONE) {
      return;
    }
    if (test.isSetByAutomationOnly()) {
      state.recordAutomatedResult(test, fraction);
    } else {
      state.recordTest(test, LocalDate.now(), null);
    }
  }

  /** Adds a link as evidence to a state, as the person with this user name. */
  public void linkEvidence(long stateId, String title, String url, String username) {
    User person =
        em.createNamedQuery(User.FIND_BY_LOGIN, User.class)
            .setParameter("login", username)
            .getSingleResult();
    em.persist(
        org.complyscore.action.entity.Evidence.link(
            em.find(ActionState.class, stateId), title, url, person));
    em.flush();
  }

  /** The names of a state's evidence, oldest first. */
  public List<String> evidenceOf(long stateId) {
    return em.createQuery(
            "select e.name from Evidence e where e.state.id = :id order by e.id", String.class)
        .setParameter("id", stateId)
        .getResultList();
  }

  /** The fields a state's history records changes of, oldest first. */
  public List<String> historyFieldsOf(long stateId) {
    return em.createQuery(
            "select c.field from ActionChange c where c.state.id = :id order by c.id", String.class)
        .setParameter("id", stateId)
        .getResultList();
  }

  /** Whether a state exists. */
  public boolean stateExists(long stateId) {
    return em.find(ActionState.class, stateId) != null;
  }

  /** Whether a group exists. */
  public boolean groupExists(long groupId) {
    return em.find(AssessmentGroup.class, groupId) != null;
  }

  /** Action states no assessment links: the score queries rely on there being none. */
  public long unlinkedStates() {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM action_state s WHERE NOT EXISTS"
                        + " (SELECT 1 FROM assessment_action l WHERE l.action_state_id = s.id)")
                .getSingleResult())
        .longValue();
  }

  /** The state as Java's rules see it, for comparing with the database's answers. */
  public ActionState state(long stateId) {
    ActionState state = em.find(ActionState.class, stateId);
    state.getAction().getPoints(); // loaded while the transaction is open
    return state;
  }

  /** Makes an API token expired, as time would (setup, not under test). */
  public void expireToken(long tokenId) {
    em.createQuery("update ApiToken t set t.expiresAt = :past where t.id = :id")
        .setParameter("past", java.time.Instant.now().minusSeconds(60))
        .setParameter("id", tokenId)
        .executeUpdate();
    em.getEntityManagerFactory().getCache().evict(org.complyscore.monitoring.entity.ApiToken.class);
  }

  /** How many signals of a check are stored. */
  public long signalCount(String checkId) {
    return em.createQuery("select count(s) from Signal s where s.checkId = :check", Long.class)
        .setParameter("check", checkId)
        .getSingleResult();
  }

  /**
   * The changes automation recorded on a state, with the signal behind each, as "field=signalId".
   */
  public List<String> automatedChangesOf(long stateId) {
    return em
        .createQuery(
            "select c from ActionChange c where c.state.id = :state and c.origin ="
                + " org.complyscore.action.entity.ChangeOrigin.AUTOMATION order by c.id",
            org.complyscore.action.entity.ActionChange.class)
        .setParameter("state", stateId)
        .getResultList()
        .stream()
        .map(c -> c.getField() + "=" + c.getSignalId().map(String::valueOf).orElse("none"))
        .toList();
  }

  /** The ids of the tokens that posted a check's signals, as text. */
  public List<String> signalTokens(String checkId) {
    return em
        .createQuery("select s.tokenId from Signal s where s.checkId = :check", Long.class)
        .setParameter("check", checkId)
        .getResultList()
        .stream()
        .map(String::valueOf)
        .toList();
  }
}
