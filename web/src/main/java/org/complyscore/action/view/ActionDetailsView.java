package org.complyscore.action.view;

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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.complyscore.action.boundary.ActionDetails;
import org.complyscore.action.boundary.ActionListParameters;
import org.complyscore.action.boundary.ActionListRequest;
import org.complyscore.action.boundary.ActionListService;
import org.complyscore.action.boundary.ActionWorkflowService;
import org.complyscore.action.boundary.ConcurrentChangeException;
import org.complyscore.action.boundary.EvidenceService;
import org.complyscore.action.boundary.EvidenceSummary;
import org.complyscore.action.boundary.HistoryEntry;
import org.complyscore.action.boundary.PersonRef;
import org.complyscore.action.control.ActionListQueries.Neighbours;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.action.entity.TestingSource;
import org.complyscore.score.boundary.ScoreService;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.shared.entity.BusinessException;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.shared.entity.WebAddress;
import org.complyscore.shared.view.PageResponses;
import org.complyscore.shared.view.Texts;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The details page of an improvement action ({@code /actions/details?id=…}, F22 to F27): summary,
 * how to implement, related controls, the workflow forms, evidence and history. Every change names
 * the version the page showed; when someone else saved in between, the page says so, shows the
 * current values, and keeps what the person typed in view so nothing is lost.
 */
@Named
@ViewScoped
public class ActionDetailsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ActionWorkflowService workflow;
  @Inject private ActionListService listService;
  @Inject private EvidenceService evidenceService;
  @Inject private ScoreService scoreService;

  private long stateId;
  private String listQuery = "";
  private ActionListRequest listRequest = ActionListRequest.DEFAULT;
  private ActionDetails details;
  private List<EvidenceSummary> evidence;
  private List<HistoryEntry> history;
  private Neighbours neighbours;
  private BigDecimal percentToGain = BigDecimal.ZERO;

  // Form inputs.
  private ImplementationStatus implementationStatus;
  private LocalDate implementationDate;
  private String implementationNotes;
  private TestStatus testStatus;
  private LocalDate testDate;
  private String testNotes;
  private String additionalNotes;
  private PersonRef assignee;
  private TestingSource testingSource;
  private ActionDetails.StateRef parentChoice;
  private String linkTitle;
  private String linkUrl;

  /** The open tab: kept across the page's own updates. */
  private int activeTab;

  /** What the person typed when their change met someone else's: shown so it is not lost. */
  private String unsavedEntry;

  /**
   * The page's view action: runs before rendering, so the bean (and its reading of the address) is
   * ready before the page's messages render.
   */
  public void onLoad() {
    // Creating the bean did the work (init).
  }

  @PostConstruct
  void init() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Map<String, String> parameters = external.getRequestParameterMap();
    String id = parameters.get("id");
    if (id == null || id.isBlank()) {
      // No action named: the list is where one is chosen.
      PageResponses.redirectTo("/actions/list");
      return;
    }
    try {
      stateId = Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      PageResponses.notFound("No such improvement action");
      return;
    }
    listRequest = listRequest(Optional.ofNullable(parameters.get("list")).orElse(""));
    // Written anew from what was read, so that links carry only the list's own parameters.
    listQuery = ActionListParameters.toQuery(listRequest);
    try {
      load();
    } catch (BusinessException missing) {
      PageResponses.notFound("No such improvement action");
    }
  }

  private void load() {
    details = workflow.details(stateId);
    evidence = evidenceService.evidence(stateId);
    history = workflow.history(stateId);
    implementationStatus = details.implementationStatus();
    implementationDate = details.implementationDate();
    implementationNotes = details.implementationNotes();
    testStatus = details.testStatus();
    testDate = details.testDate();
    testNotes = details.testNotes();
    additionalNotes = details.additionalNotes();
    testingSource = details.testingSource();
    parentChoice = details.parent();
    assignee =
        details.assigneeId() == null
            ? null
            : new PersonRef(details.assigneeId(), details.assigneeName(), "");
    long achievable = scoreService.overall(ScoreFilter.NONE).achievable();
    percentToGain =
        achievable == 0
            ? BigDecimal.ZERO
            : details
                .scoreImpact()
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(achievable), 2, RoundingMode.HALF_UP);
    neighbours = findNeighbours();
  }

  private Neighbours findNeighbours() {
    return listService.neighbours(listRequest, stateId).orElse(null);
  }

  /** The list the page was opened from; the default list when the address does not say. */
  private static ActionListRequest listRequest(String query) {
    try {
      return ActionListParameters.fromQuery(query);
    } catch (InvalidInputException | IllegalArgumentException badList) {
      // A list parameter that cannot be read (or decoded): previous and next follow the default.
      return ActionListRequest.DEFAULT;
    }
  }

  public void saveImplementation() {
    String typed = implementationNotes;
    change(
        () ->
            workflow.recordImplementation(
                stateId,
                details.version(),
                implementationStatus,
                implementationDate,
                implementationNotes),
        "details.saved.implementation",
        typed);
  }

  public void saveTest() {
    String typed = testNotes;
    boolean wasAutomated = details.testingSource() == TestingSource.AUTOMATIC;
    change(
        () -> workflow.recordTest(stateId, details.version(), testStatus, testDate, testNotes),
        "details.saved.test",
        typed);
    if (wasAutomated && details.testingSource() == TestingSource.MANUAL) {
      // F31: a person's result replaces monitoring's; say so, or they would expect the next
      // signal to overwrite it.
      Texts.addGlobal(FacesMessage.SEVERITY_WARN, "details.saved.test.automationOff");
    }
  }

  /** Reads the action again, after another part of the page (the Testing tab) changed it. */
  public void reload() {
    load();
  }

  public void saveAdditionalNotes() {
    String typed = additionalNotes;
    change(
        () -> workflow.changeAdditionalNotes(stateId, details.version(), additionalNotes),
        "details.saved.notes",
        typed);
  }

  public void saveTestingSource() {
    if (testingSource == TestingSource.AUTOMATIC) {
      return; // nothing to change: it is automated, and switching it on is the Testing tab's
    }
    if (testingSource == TestingSource.PARENT && parentChoice == null) {
      Texts.addGlobal(FacesMessage.SEVERITY_ERROR, "details.parent.choose");
      return;
    }
    change(
        () ->
            testingSource == TestingSource.PARENT
                ? workflow.followParent(stateId, details.version(), parentChoice.stateId())
                : workflow.testManually(stateId, details.version()),
        "details.saved.source",
        null);
  }

  public void saveAssignee() {
    Long to = assignee == null ? null : assignee.id();
    if (Texts.attempt(() -> workflow.assign(List.of(stateId), to))) {
      Texts.addGlobal(
          FacesMessage.SEVERITY_INFO,
          to == null ? "details.saved.unassigned" : "details.saved.assignee",
          to == null ? "" : assignee.displayName());
    }
    load();
  }

  /** One file of a (possibly multiple) upload; each is checked and stored on its own. */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    if (file.getSize() > evidenceService.maxFileBytes()) {
      // Refused before its bytes are read into memory; the service would refuse it too.
      Texts.addGlobal(
          FacesMessage.SEVERITY_ERROR,
          "details.evidence.tooLargeNamed",
          file.getFileName(),
          evidenceService.maxFileBytes() / (1024 * 1024));
      return;
    }
    if (Texts.attempt(
        () -> evidenceService.upload(stateId, file.getFileName(), file.getContent()))) {
      Texts.addGlobal(FacesMessage.SEVERITY_INFO, "details.evidence.uploaded", file.getFileName());
    }
    load();
  }

  public void addLink() {
    if (Texts.attempt(() -> evidenceService.addLink(stateId, linkTitle, linkUrl))) {
      Texts.addGlobal(FacesMessage.SEVERITY_INFO, "details.evidence.linked");
      linkTitle = null;
      linkUrl = null;
    }
    load();
  }

  public void deleteEvidence(EvidenceSummary item) {
    if (Texts.attempt(() -> evidenceService.delete(item.id()))) {
      Texts.addGlobal(FacesMessage.SEVERITY_INFO, "details.evidence.deleted", item.name());
    }
    load();
  }

  public List<PersonRef> completePeople(String query) {
    return workflow.assignablePeople(query, 15);
  }

  public List<ActionDetails.StateRef> completeParents(String query) {
    return workflow.parentCandidates(stateId, query, 15);
  }

  /**
   * Runs a change; on success the page shows the saved values. When someone else saved first, the
   * page shows theirs and keeps the person's typed notes in view.
   */
  private void change(Supplier<ActionDetails> change, String savedKey, String typedNotes) {
    unsavedEntry = null;
    try {
      change.get();
      Texts.addGlobal(FacesMessage.SEVERITY_INFO, savedKey);
      load();
    } catch (ConcurrentChangeException conflict) {
      Texts.addRefusal(conflict, Map.of());
      unsavedEntry = typedNotes == null || typedNotes.isBlank() ? null : typedNotes;
      load();
    } catch (BusinessException refusal) {
      Texts.addRefusal(
          refusal,
          Map.of(
              "implementationDate", "details-form:implementation-date",
              "testDate", "details-form:test-date"));
    }
  }

  /** The solution's address, only when it is an http(s) address a link may open. */
  public String getLaunchUrl() {
    return WebAddress.openable(details.solutionUrl());
  }

  /** The statuses a person may record as a test result (the others are automation's). */
  public List<TestStatus> getManualTestStatuses() {
    return Arrays.stream(TestStatus.values())
        .filter(status -> !status.isSetByAutomationOnly())
        .toList();
  }

  public ImplementationStatus[] getImplementationStatuses() {
    return ImplementationStatus.values();
  }

  /**
   * Manual or Parent; Automatic only shows while the action is automated, as its switch is on the
   * Testing tab, where the logic it needs is.
   */
  public List<TestingSource> getSelectableSources() {
    return details != null && details.testingSource() == TestingSource.AUTOMATIC
        ? List.of(TestingSource.MANUAL, TestingSource.PARENT, TestingSource.AUTOMATIC)
        : List.of(TestingSource.MANUAL, TestingSource.PARENT);
  }

  /** The assessments' groups in words: "HIGH 2027 and HIGH 2028 in group Production". */
  public Map<String, List<String>> getAssessmentsByGroup() {
    return details.assessments().stream()
        .collect(
            Collectors.groupingBy(
                ActionDetails.LinkedAssessment::groupName,
                java.util.TreeMap::new,
                Collectors.mapping(ActionDetails.LinkedAssessment::name, Collectors.toList())));
  }

  public String link(Long otherStateId) {
    return "details?id="
        + otherStateId
        + (listQuery.isBlank()
            ? ""
            : "&list="
                + java.net.URLEncoder.encode(listQuery, java.nio.charset.StandardCharsets.UTF_8));
  }

  public String getListLink() {
    return "list" + (listQuery.isBlank() ? "" : "?" + listQuery);
  }

  public ActionDetails getDetails() {
    return details;
  }

  public List<EvidenceSummary> getEvidence() {
    return evidence;
  }

  public List<HistoryEntry> getHistory() {
    return history;
  }

  public Neighbours getNeighbours() {
    return neighbours;
  }

  public BigDecimal getPercentToGain() {
    return percentToGain;
  }

  public long getMaxFileBytes() {
    return evidenceService.maxFileBytes();
  }

  public int getActiveTab() {
    return activeTab;
  }

  public void setActiveTab(int activeTab) {
    this.activeTab = Math.max(0, activeTab);
  }

  public String getUnsavedEntry() {
    return unsavedEntry;
  }

  public ImplementationStatus getImplementationStatus() {
    return implementationStatus;
  }

  public void setImplementationStatus(ImplementationStatus implementationStatus) {
    this.implementationStatus = implementationStatus;
  }

  public LocalDate getImplementationDate() {
    return implementationDate;
  }

  public void setImplementationDate(LocalDate implementationDate) {
    this.implementationDate = implementationDate;
  }

  public String getImplementationNotes() {
    return implementationNotes;
  }

  public void setImplementationNotes(String implementationNotes) {
    this.implementationNotes = implementationNotes;
  }

  public TestStatus getTestStatus() {
    return testStatus;
  }

  public void setTestStatus(TestStatus testStatus) {
    this.testStatus = testStatus;
  }

  public LocalDate getTestDate() {
    return testDate;
  }

  public void setTestDate(LocalDate testDate) {
    this.testDate = testDate;
  }

  public String getTestNotes() {
    return testNotes;
  }

  public void setTestNotes(String testNotes) {
    this.testNotes = testNotes;
  }

  public String getAdditionalNotes() {
    return additionalNotes;
  }

  public void setAdditionalNotes(String additionalNotes) {
    this.additionalNotes = additionalNotes;
  }

  public PersonRef getAssignee() {
    return assignee;
  }

  public void setAssignee(PersonRef assignee) {
    this.assignee = assignee;
  }

  public TestingSource getTestingSource() {
    return testingSource;
  }

  public void setTestingSource(TestingSource testingSource) {
    this.testingSource = testingSource;
  }

  public ActionDetails.StateRef getParentChoice() {
    return parentChoice;
  }

  public void setParentChoice(ActionDetails.StateRef parentChoice) {
    this.parentChoice = parentChoice;
  }

  public String getLinkTitle() {
    return linkTitle;
  }

  public void setLinkTitle(String linkTitle) {
    this.linkTitle = linkTitle;
  }

  public String getLinkUrl() {
    return linkUrl;
  }

  public void setLinkUrl(String linkUrl) {
    this.linkUrl = linkUrl;
  }
}
