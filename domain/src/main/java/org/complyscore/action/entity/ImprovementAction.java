package org.complyscore.action.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.complyscore.score.entity.ScoreDataListener;
import org.complyscore.shared.entity.BaseEntity;

/**
 * The work that satisfies controls. One action can serve controls of several templates: assess
 * once, comply many. Its state (statuses, notes, assignee) lives in {@link ActionState}s.
 */
@Entity
@EntityListeners(ScoreDataListener.class)
@Table(name = "improvement_action")
@NamedQuery(
    name = ImprovementAction.FIND_BY_TITLE,
    query = "select a from ImprovementAction a where a.title = :title")
public class ImprovementAction extends BaseEntity {

  public static final String FIND_BY_TITLE = "ImprovementAction.findByTitle";
  public static final int TITLE_MAX = 300;

  @Column(nullable = false, unique = true, length = TITLE_MAX)
  private String title;

  @Column private String description;

  /** Markdown subset: bullets, numbered lists, links, bold. */
  @Column(name = "how_to_implement")
  private String howToImplement;

  @Enumerated(EnumType.STRING)
  @Column(name = "implementation_type", nullable = false, length = 20)
  private ImplementationType implementationType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Purpose purpose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Enforcement enforcement;

  @Column(nullable = false)
  private int points;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ActionOwner owner;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "solution_id")
  private Solution solution;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  private Category category;

  /** The checks of automated monitoring this action listens to (its testing logic, F31). */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "action_check", joinColumns = @JoinColumn(name = "action_id"))
  @Column(name = "check_id", length = TestingLogic.CHECK_ID_MAX)
  private Set<String> checkIds = new HashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "testing_combination", nullable = false, length = 20)
  private TestingCombination testingCombination = TestingCombination.ANY_FAILURE_FAILS;

  protected ImprovementAction() {}

  /**
   * A new action.
   *
   * @param points the template's points, or {@code null} for the default of purpose and enforcement
   */
  public ImprovementAction(
      String title,
      ImplementationType implementationType,
      Purpose purpose,
      Enforcement enforcement,
      ActionOwner owner,
      Integer points) {
    this.title = Objects.requireNonNull(title, "An improvement action needs a title.").strip();
    this.implementationType =
        Objects.requireNonNull(implementationType, "An improvement action needs a type.");
    this.purpose = Objects.requireNonNull(purpose, "An improvement action needs a purpose.");
    this.enforcement =
        Objects.requireNonNull(enforcement, "An improvement action needs an enforcement.");
    this.owner = Objects.requireNonNull(owner, "An improvement action needs an owner.");
    this.points = points == null ? Points.defaultFor(purpose, enforcement) : Points.checked(points);
  }

  public ImprovementAction describe(String description, String howToImplement) {
    this.description = description;
    this.howToImplement = howToImplement;
    return this;
  }

  public ImprovementAction placeIn(Category category, Solution solution) {
    this.category = category;
    this.solution = solution;
    return this;
  }

  /**
   * Sets what makes this action pass: the checks it listens to and how they combine. Provider
   * actions come tested by the provider and take none.
   */
  public ImprovementAction testWith(TestingLogic logic) {
    Objects.requireNonNull(logic, "Give the testing logic, or TestingLogic.NONE.");
    if (logic.isAutomatable() && isProviderAction()) {
      throw new IllegalStatusChangeException(
          "This action is carried out by the service provider; it is not tested here.");
    }
    this.checkIds.clear();
    this.checkIds.addAll(logic.checkIds());
    this.testingCombination = logic.combination();
    return this;
  }

  public TestingLogic getTestingLogic() {
    return new TestingLogic(new java.util.TreeSet<>(checkIds), testingCombination);
  }

  /** Carried out by a service provider: implemented and tested by them, read-only here. */
  public boolean isProviderAction() {
    return owner == ActionOwner.PROVIDER;
  }

  /**
   * Tracked per group (a state in each group that uses it) rather than once for the organization:
   * the organization's own non-technical actions (scoring rule 5).
   */
  public boolean isTrackedPerGroup() {
    return owner == ActionOwner.ORGANIZATION && !implementationType.isTechnical();
  }

  public String getTitle() {
    return title;
  }

  public Optional<String> getDescription() {
    return Optional.ofNullable(description);
  }

  public Optional<String> getHowToImplement() {
    return Optional.ofNullable(howToImplement);
  }

  public ImplementationType getImplementationType() {
    return implementationType;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public Enforcement getEnforcement() {
    return enforcement;
  }

  public int getPoints() {
    return points;
  }

  public ActionOwner getOwner() {
    return owner;
  }

  public Optional<Solution> getSolution() {
    return Optional.ofNullable(solution);
  }

  public Optional<Category> getCategory() {
    return Optional.ofNullable(category);
  }
}
