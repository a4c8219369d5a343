package org.complyscore.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.shared.entity.BaseEntity;

/**
 * A requirement of a regulation (control id such as AC-2, title, statement, guidance), satisfied by
 * improvement actions. Its status is derived from theirs, never stored.
 */
@Entity
@Table(
    name = "control",
    uniqueConstraints = @UniqueConstraint(columnNames = {"template_id", "control_key"}))
public class Control extends BaseEntity {

  public static final int KEY_MAX = 50;
  public static final int TITLE_MAX = 500;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "family_id", nullable = false, updatable = false)
  private ControlFamily family;

  /** The family's template, kept on the control too so queries need not pass the family. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "template_id", nullable = false, updatable = false)
  private Template template;

  /** The control id as the regulation writes it: AC-2, AC-2(1), A.5.1. */
  @Column(name = "control_key", nullable = false, length = KEY_MAX)
  private String controlKey;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column private String statement;

  @Column private String guidance;

  public static final int SOURCE_ID_MAX = 100;

  /** The control's id in its source as a token, OSCAL's {@code ac-2.1}; see {@link #sourceIdOf}. */
  @Column(name = "source_id", length = SOURCE_ID_MAX)
  private String sourceId;

  /** What an assessor checks to decide whether the control is met (OSCAL assessment objectives). */
  @Column private String objectives;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  /** The template revision that added the control. */
  @Column(name = "added_in", nullable = false, updatable = false)
  private int addedIn;

  /** The template revision that took the control out; assessments on older revisions keep it. */
  @Column(name = "removed_in")
  private Integer removedIn;

  @ManyToMany
  @JoinTable(
      name = "control_action",
      joinColumns = @JoinColumn(name = "control_id"),
      inverseJoinColumns = @JoinColumn(name = "action_id"))
  private Set<ImprovementAction> actions = new LinkedHashSet<>();

  protected Control() {}

  Control(ControlFamily family, String controlKey, String title, int sortOrder) {
    this.family = family;
    this.template = family.getTemplate();
    this.controlKey = Objects.requireNonNull(controlKey, "A control needs an id.").strip();
    this.title = Objects.requireNonNull(title, "A control needs a title.").strip();
    this.sortOrder = sortOrder;
    this.addedIn = template.getRevision();
  }

  public Control describe(String statement, String guidance) {
    this.statement = statement;
    this.guidance = guidance;
    return this;
  }

  /** Keeps the control's id in its source (OSCAL's token), for exports back to OSCAL. */
  public Control withSourceId(String sourceId) {
    this.sourceId = sourceId;
    return this;
  }

  /**
   * The control's id as an OSCAL token: the source's own id when there is one, else one made from
   * the key the way NIST writes its ids (AC-2(1) becomes ac-2.1).
   */
  public String sourceIdOf() {
    return sourceIdOf(sourceId, controlKey);
  }

  /**
   * {@link #sourceIdOf()} from the stored columns, for queries that read them without loading the
   * control.
   *
   * @param sourceId the stored source id, or {@code null}
   * @param controlKey the control's key
   */
  public static String sourceIdOf(String sourceId, String controlKey) {
    if (sourceId != null) {
      return sourceId;
    }
    String token =
        controlKey
            .toLowerCase(java.util.Locale.ROOT)
            .replace("(", ".")
            .replace(")", "")
            .replaceAll("[^\\p{L}\\p{N}._-]", "-");
    return token.isEmpty() || !Character.isLetter(token.charAt(0)) ? "c-" + token : token;
  }

  /** The source's own id as stored, without the fallback of {@link #sourceIdOf}. */
  public String getSourceIdOrNull() {
    return sourceId;
  }

  /** Keeps the assessment objectives: what an assessor examines, interviews or tests. */
  public Control withObjectives(String objectives) {
    this.objectives = objectives;
    return this;
  }

  /**
   * Takes the control out of its template from the template's current revision on. Assessments on
   * an older revision still show it until they accept the update.
   */
  public void remove() {
    if (removedIn == null) {
      removedIn = template.getRevision();
    }
  }

  /** Part of the template as it is now. */
  public boolean isCurrent() {
    return removedIn == null;
  }

  /** Part of the template as it was at the given revision. */
  public boolean isPartOf(int revision) {
    return addedIn <= revision && (removedIn == null || removedIn > revision);
  }

  public Control satisfiedBy(ImprovementAction action) {
    actions.add(Objects.requireNonNull(action));
    return this;
  }

  public ControlFamily getFamily() {
    return family;
  }

  public Template getTemplate() {
    return template;
  }

  public String getControlKey() {
    return controlKey;
  }

  public String getTitle() {
    return title;
  }

  public Optional<String> getStatement() {
    return Optional.ofNullable(statement);
  }

  public Optional<String> getGuidance() {
    return Optional.ofNullable(guidance);
  }

  public Optional<String> getObjectives() {
    return Optional.ofNullable(objectives);
  }

  public int getAddedIn() {
    return addedIn;
  }

  public Optional<Integer> getRemovedIn() {
    return Optional.ofNullable(removedIn);
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public Set<ImprovementAction> getActions() {
    return Collections.unmodifiableSet(actions);
  }
}
