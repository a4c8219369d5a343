package org.complyscore.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.complyscore.action.entity.ActionState;
import org.complyscore.score.entity.ScoreDataListener;
import org.complyscore.shared.entity.BaseEntity;

/**
 * A template made real for one group. What its controls need is tracked through the action states
 * it links to: one per improvement action of the template, in the group's scope, however many of
 * its controls the action serves.
 */
@Entity
@EntityListeners(ScoreDataListener.class)
@Table(
    name = "assessment",
    uniqueConstraints = @UniqueConstraint(columnNames = {"group_id", "template_id"}))
@NamedQuery(name = Assessment.COUNT, query = "select count(a) from Assessment a")
public class Assessment extends BaseEntity {

  public static final String COUNT = "Assessment.count";
  public static final int NAME_MAX = 200;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id", nullable = false)
  private AssessmentGroup group;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "template_id", nullable = false, updatable = false)
  private Template template;

  /** The template revision this assessment follows; a later one is a pending update. */
  @Column(name = "template_revision", nullable = false)
  private int templateRevision;

  /** The newest revision whose update someone deferred. */
  @Column(name = "deferred_revision")
  private Integer deferredRevision;

  @ManyToMany
  @JoinTable(
      name = "assessment_action",
      joinColumns = @JoinColumn(name = "assessment_id"),
      inverseJoinColumns = @JoinColumn(name = "action_state_id"))
  private Set<ActionState> actionStates = new HashSet<>();

  protected Assessment() {}

  public Assessment(String name, AssessmentGroup group, Template template) {
    this.name = Objects.requireNonNull(name, "An assessment needs a name.").strip();
    this.group = Objects.requireNonNull(group, "An assessment belongs to a group.");
    this.template = Objects.requireNonNull(template, "An assessment is made from a template.");
    this.templateRevision = template.getRevision();
  }

  /** Gives the assessment another name. */
  public void rename(String newName) {
    this.name = Objects.requireNonNull(newName, "An assessment needs a name.").strip();
  }

  /** The template changed since this assessment was made or last updated. */
  public boolean hasPendingUpdate() {
    return template.getRevision() > templateRevision;
  }

  /** Someone chose to look at the pending update later; the next modification asks again. */
  public boolean isUpdateDeferred() {
    return hasPendingUpdate()
        && deferredRevision != null
        && deferredRevision == template.getRevision();
  }

  /** Leaves the pending update for later. */
  public void deferUpdate() {
    deferredRevision = template.getRevision();
  }

  /** Follows the template as it is now (after the states were brought in line). */
  public void acceptUpdate() {
    templateRevision = template.getRevision();
    deferredRevision = null;
  }

  /** Stops tracking a state (the template no longer needs its action). */
  public void untrack(ActionState state) {
    actionStates.remove(state);
  }

  public int getTemplateRevision() {
    return templateRevision;
  }

  /** Links the state an action of this assessment is tracked in. */
  public void track(ActionState state) {
    actionStates.add(Objects.requireNonNull(state));
  }

  public String getName() {
    return name;
  }

  public AssessmentGroup getGroup() {
    return group;
  }

  public Template getTemplate() {
    return template;
  }

  public Set<ActionState> getActionStates() {
    return Collections.unmodifiableSet(actionStates);
  }
}
