package org.complyscore.assessment.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.assessment.boundary.AssessmentDetails;
import org.complyscore.assessment.boundary.AssessmentNotFoundException;
import org.complyscore.assessment.boundary.AssessmentService;
import org.complyscore.assessment.boundary.UpdateReview;
import org.complyscore.score.entity.Score;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.score.view.ScoreLinks;
import org.complyscore.shared.entity.BusinessException;
import org.complyscore.shared.view.PageResponses;
import org.complyscore.shared.view.Texts;

/**
 * An assessment's details ({@code /assessments/details?id=}, F41): points of both owners, test
 * statuses, key actions, controls by family, the actions of each owner; rename, delete (typed
 * confirmation) and the template's pending update (review, defer, accept).
 */
@Named
@ViewScoped
public class AssessmentDetailsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Key actions shown on the overview tab. */
  private static final int KEY_ACTIONS = 5;

  @Inject private AssessmentService assessments;

  private long id;
  private AssessmentDetails details;
  private Map<Long, AssessmentDetails.StateLine> statesById;
  private UpdateReview review;

  private String newName;
  private String confirmation;

  @PostConstruct
  void init() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String parameter = external.getRequestParameterMap().get("id");
    if (parameter == null || parameter.isBlank()) {
      PageResponses.redirectTo("/assessments/list");
      return;
    }
    try {
      id = Long.parseLong(parameter.strip());
      load();
    } catch (NumberFormatException | AssessmentNotFoundException missing) {
      PageResponses.notFound("No such assessment");
    }
  }

  /** Runs before rendering; the work was done when the bean was made. */
  public void onLoad() {
    // Nothing more to do.
  }

  private void load() {
    details = assessments.details(id);
    statesById =
        details.states().stream()
            .collect(Collectors.toMap(AssessmentDetails.StateLine::stateId, s -> s));
    newName = details.row().name();
  }

  // ---- rename and delete ----

  public void rename() {
    try {
      assessments.rename(id, details.row().version(), newName);
    } catch (BusinessException refusal) {
      Texts.addRefusal(refusal, Map.of("name", "rename-form:new-name"));
      return;
    }
    Texts.addGlobal(FacesMessage.SEVERITY_INFO, "assessment.renamed");
    load();
  }

  /** Deletes for good and goes to the list; a refusal stays on the page with its reason. */
  public String delete() {
    try {
      assessments.delete(id, confirmation);
    } catch (BusinessException refusal) {
      Texts.addRefusal(refusal, Map.of("confirmation", "delete-form:confirmation"));
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Texts.addGlobal(FacesMessage.SEVERITY_INFO, "assessment.deleted", details.row().name());
    return "/assessments/list?faces-redirect=true";
  }

  // ---- template update ----

  public void reviewUpdate() {
    review = assessments.reviewUpdate(id);
  }

  public void acceptUpdate() {
    if (review != null
        && Texts.attempt(() -> assessments.acceptUpdate(id, review.assessmentVersion()))) {
      Texts.addGlobal(FacesMessage.SEVERITY_INFO, "assessment.updateAccepted");
    }
    review = null;
    load();
  }

  public void deferUpdate() {
    if (Texts.attempt(() -> assessments.deferUpdate(id))) {
      Texts.addGlobal(FacesMessage.SEVERITY_INFO, "assessment.updateDeferred");
    }
    review = null;
    load();
  }

  // ---- what the page shows ----

  public AssessmentDetails getDetails() {
    return details;
  }

  public UpdateReview getReview() {
    return review;
  }

  public AssessmentDetails.StateLine state(long stateId) {
    return statesById.get(stateId);
  }

  /** The states of one owner, the most points first. */
  public List<AssessmentDetails.StateLine> states(ActionOwner owner) {
    return details.states().stream().filter(s -> s.owner() == owner).toList();
  }

  /** The open states with the most points to gain. */
  public List<AssessmentDetails.StateLine> getKeyActions() {
    return details.states().stream()
        .filter(s -> s.testStatus() != TestStatus.PASSED)
        .sorted(
            java.util.Comparator.comparing(
                    (AssessmentDetails.StateLine s) ->
                        BigDecimal.valueOf(s.points()).subtract(s.achieved()))
                .reversed())
        .limit(KEY_ACTIONS)
        .toList();
  }

  /** The test statuses that occur, with their counts, in the enum's order. */
  public List<Map.Entry<TestStatus, Long>> getTestStatuses() {
    return List.copyOf(details.testStatuses().entrySet());
  }

  /** A count's share of all states, in percent, for the width of its bar. */
  public BigDecimal share(long count) {
    long all = details.states().size();
    return all == 0
        ? BigDecimal.ZERO
        : BigDecimal.valueOf(100 * count).divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP);
  }

  /**
   * The width of an owner's bar: its achievable points against the larger of the two owners', so
   * the bars compare; the fill inside is the share achieved.
   */
  public BigDecimal pointsWidth(Score score) {
    long largest =
        Math.max(details.yourPoints().achievable(), details.providerPoints().achievable());
    if (largest == 0) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(100 * score.achievable())
        .divide(BigDecimal.valueOf(largest), 1, RoundingMode.HALF_UP);
  }

  /** The assessment's actions in the action list: of one owner, or all when owner is null. */
  public String actionsLink(ActionOwner owner) {
    ScoreFilter filter = ScoreFilter.NONE.withAssessments(Set.of(id));
    return ScoreLinks.actions(owner == null ? filter : filter.withOwners(Set.of(owner)), true);
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
