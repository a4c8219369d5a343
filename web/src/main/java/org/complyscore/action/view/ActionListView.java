package org.complyscore.action.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.complyscore.action.boundary.ActionFilter;
import org.complyscore.action.boundary.ActionGrouping;
import org.complyscore.action.boundary.ActionListParameters;
import org.complyscore.action.boundary.ActionListRequest;
import org.complyscore.action.boundary.ActionListService;
import org.complyscore.action.boundary.ActionRow;
import org.complyscore.action.boundary.ActionWorkflowService;
import org.complyscore.action.boundary.FilterOptions;
import org.complyscore.action.boundary.GroupSummary;
import org.complyscore.action.boundary.PersonRef;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.action.entity.TestingSource;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.shared.view.Texts;
import org.primefaces.PrimeFaces;

/**
 * The improvement-action list ({@code /actions/list}, F20, F21, F23, F28). The URL's parameters are
 * the list's view ({@link ActionListParameters}), so the Overview can link to a filtered list and a
 * person can bookmark one; applying a filter updates the address too.
 */
@Named
@ViewScoped
public class ActionListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ActionListService listService;
  @Inject private ActionWorkflowService workflow;
  @Inject private org.complyscore.shared.view.EnumLabels labels;

  private ActionListRequest request = ActionListRequest.DEFAULT;
  private ActionRowsModel rows;
  private FilterOptions options;
  private List<ActionRow> selection = new ArrayList<>();

  // The filter pane's inputs.
  private List<String> regulations = new ArrayList<>();
  private List<String> solutions = new ArrayList<>();
  private List<String> groups = new ArrayList<>();
  private List<String> categories = new ArrayList<>();
  private List<String> assessments = new ArrayList<>();
  private List<String> assignees = new ArrayList<>();
  private List<ImplementationType> types = new ArrayList<>();
  private List<ImplementationStatus> statuses = new ArrayList<>();
  private List<TestStatus> testStatuses = new ArrayList<>();
  private List<TestingSource> sources = new ArrayList<>();
  private String text;
  private boolean includePassed;
  private ActionGrouping grouping = ActionGrouping.NONE;

  private PersonRef assignee;

  /**
   * The page's view action: runs before rendering, so the bean (and its reading of the address) is
   * ready before the page's messages render.
   */
  public void onLoad() {
    // Creating the bean did the work (init).
  }

  @PostConstruct
  void init() {
    Map<String, String[]> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
    try {
      request =
          ActionListParameters.parse(
              parameters.entrySet().stream()
                  .filter(entry -> ActionListParameters.NAMES.contains(entry.getKey()))
                  .collect(
                      Collectors.toMap(
                          Map.Entry::getKey, entry -> Arrays.asList(entry.getValue()))));
    } catch (InvalidInputException wrong) {
      Texts.addGlobal(FacesMessage.SEVERITY_WARN, "actions.badParameters", wrong.getMessage());
      request = ActionListRequest.DEFAULT;
    }
    options = listService.options();
    rows =
        new ActionRowsModel(
            listService, () -> request, changed -> request = changed, this::groupLabel);
    rows.reload();
    showInPane(request);
  }

  /** Applies the filter pane: the table reloads and the address shows the new filter. */
  public void apply() {
    ActionFilter filter =
        ActionFilter.builder()
            .regulations(new HashSet<>(regulations))
            .solutions(ids(solutions))
            .groups(ids(groups))
            .categories(ids(categories))
            .assessments(ids(assessments))
            .assignees(ids(assignees.stream().filter(id -> !id.equals("none")).toList()))
            .unassigned(assignees.contains("none"))
            .implementationTypes(enums(types, ImplementationType.class))
            .implementationStatuses(enums(statuses, ImplementationStatus.class))
            .testStatuses(enums(testStatuses, TestStatus.class))
            .testingSources(enums(sources, TestingSource.class))
            .owners(request.filter().owners())
            .purposes(request.filter().purposes())
            .text(text)
            .includePassed(includePassed)
            .build();
    request = new ActionListRequest(filter, grouping, request.order(), request.descending());
    selection.clear();
    rows.reload();
    showAddress();
  }

  /** Back to the list as it opens. */
  public void clear() {
    request = ActionListRequest.DEFAULT;
    showInPane(request);
    selection.clear();
    rows.reload();
    showAddress();
  }

  /** Assigns the selected rows to the chosen person (or to nobody) and mails them. */
  public void assignSelected() {
    if (selection.isEmpty()) {
      Texts.addGlobal(FacesMessage.SEVERITY_WARN, "actions.assign.noneSelected");
      return;
    }
    List<Long> ids = selection.stream().map(ActionRow::stateId).toList();
    Long to = assignee == null ? null : assignee.id();
    boolean done =
        Texts.attempt(
            () -> {
              int changed = workflow.assign(ids, to);
              if (to == null) {
                Texts.addGlobal(FacesMessage.SEVERITY_INFO, "actions.assign.unassigned", changed);
              } else {
                Texts.addGlobal(
                    FacesMessage.SEVERITY_INFO,
                    "actions.assign.done",
                    changed,
                    assignee.displayName());
              }
            });
    if (done) {
      selection.clear();
      assignee = null;
    }
  }

  /** Downloads the ticked rows as a workbook: the export of the list, narrowed to them. */
  public void exportSelected() throws java.io.IOException {
    if (selection.isEmpty()) {
      Texts.addGlobal(FacesMessage.SEVERITY_WARN, "actions.export.noneSelected");
      return;
    }
    ActionFilter.Builder only =
        ActionFilter.builder()
            .states(selection.stream().map(ActionRow::stateId).collect(Collectors.toSet()));
    ActionListRequest selected =
        new ActionListRequest(
            only.build(), request.grouping(), request.order(), request.descending());
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/api/actions/export.xlsx?"
            + ActionListParameters.toQuery(selected));
    FacesContext.getCurrentInstance().responseComplete();
  }

  public List<PersonRef> completePeople(String query) {
    return workflow.assignablePeople(query, 15);
  }

  /** The header of the group a row opens: its name, rows shown and points. */
  public Optional<GroupSummary> groupOf(ActionRow row) {
    String label = groupLabel(row);
    return rows.groups().stream()
        .filter(group -> java.util.Objects.equals(group.label(), label))
        .findFirst();
  }

  /** Whether a row opens its group on the current page; it then carries the group's header. */
  public boolean startsGroup(ActionRow row) {
    return isGrouped() && rows.startsGroup(row);
  }

  /** The summaries of every group of the list, across pages. */
  public List<GroupSummary> getGroupSummaries() {
    return rows.groups();
  }

  /** A group's name in words: "No solution" for none, statuses and types as labels. */
  public String groupName(GroupSummary group) {
    if (group == null || group.label() == null) {
      return Texts.get("actions.groupBy.none." + request.grouping());
    }
    return labels.ofName(request.grouping(), group.label());
  }

  /** The value a row is grouped by, as the group's summary names it. */
  public String groupLabel(ActionRow row) {
    return switch (request.grouping()) {
      case NONE -> null;
      case GROUP -> row.groupName();
      case SOLUTION -> row.solution();
      case CATEGORY -> row.category();
      case ACTION_TYPE -> row.implementationType().name();
      case STATUS -> row.implementationStatus().name();
    };
  }

  /** The list's parameters as a query string, for links that keep the list's view. */
  public String getQuery() {
    return ActionListParameters.toQuery(request);
  }

  public boolean isGrouped() {
    return request.grouping() != ActionGrouping.NONE;
  }

  /** Rows the list shows in all, across pages. */
  public long getTotal() {
    return rows.groups().stream().mapToLong(GroupSummary::shown).sum();
  }

  private void showAddress() {
    String query = getQuery();
    PrimeFaces.current()
        .executeScript(
            "history.replaceState(null, '', location.pathname + "
                + (query.isEmpty() ? "''" : "'?" + query.replace("'", "%27") + "'")
                + ");");
  }

  private void showInPane(ActionListRequest shown) {
    ActionFilter filter = shown.filter();
    regulations = new ArrayList<>(filter.regulations());
    solutions = texts(filter.solutionIds());
    groups = texts(filter.groupIds());
    categories = texts(filter.categoryIds());
    assessments = texts(filter.assessmentIds());
    assignees = texts(filter.assigneeIds());
    if (filter.unassigned()) {
      assignees.add("none");
    }
    types = new ArrayList<>(filter.implementationTypes());
    statuses = new ArrayList<>(filter.implementationStatuses());
    testStatuses = new ArrayList<>(filter.testStatuses());
    sources = new ArrayList<>(filter.testingSources());
    text = filter.text();
    includePassed = filter.includePassed();
    grouping = shown.grouping();
  }

  private static List<String> texts(Set<Long> ids) {
    return ids.stream()
        .sorted()
        .map(String::valueOf)
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private static Set<Long> ids(List<String> values) {
    return values.stream().map(Long::valueOf).collect(Collectors.toSet());
  }

  private static <E extends Enum<E>> Set<E> enums(List<E> values, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    set.addAll(values);
    return set;
  }

  public ActionListRequest getRequest() {
    return request;
  }

  public ActionRowsModel getRows() {
    return rows;
  }

  public FilterOptions getOptions() {
    return options;
  }

  public List<ActionRow> getSelection() {
    return selection;
  }

  public void setSelection(List<ActionRow> selection) {
    this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
  }

  public ImplementationType[] getTypeValues() {
    return ImplementationType.values();
  }

  public ImplementationStatus[] getStatusValues() {
    return ImplementationStatus.values();
  }

  public TestStatus[] getTestStatusValues() {
    return TestStatus.values();
  }

  public TestingSource[] getSourceValues() {
    return TestingSource.values();
  }

  public ActionGrouping[] getGroupingValues() {
    return ActionGrouping.values();
  }

  public List<String> getRegulations() {
    return regulations;
  }

  public void setRegulations(List<String> regulations) {
    this.regulations = regulations;
  }

  public List<String> getSolutions() {
    return solutions;
  }

  public void setSolutions(List<String> solutions) {
    this.solutions = solutions;
  }

  public List<String> getGroups() {
    return groups;
  }

  public void setGroups(List<String> groups) {
    this.groups = groups;
  }

  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> categories) {
    this.categories = categories;
  }

  public List<String> getAssessments() {
    return assessments;
  }

  public void setAssessments(List<String> assessments) {
    this.assessments = assessments;
  }

  public List<String> getAssignees() {
    return assignees;
  }

  public void setAssignees(List<String> assignees) {
    this.assignees = assignees;
  }

  public List<ImplementationType> getTypes() {
    return types;
  }

  public void setTypes(List<ImplementationType> types) {
    this.types = types;
  }

  public List<ImplementationStatus> getStatuses() {
    return statuses;
  }

  public void setStatuses(List<ImplementationStatus> statuses) {
    this.statuses = statuses;
  }

  public List<TestStatus> getTestStatuses() {
    return testStatuses;
  }

  public void setTestStatuses(List<TestStatus> testStatuses) {
    this.testStatuses = testStatuses;
  }

  public List<TestingSource> getSources() {
    return sources;
  }

  public void setSources(List<TestingSource> sources) {
    this.sources = sources;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isIncludePassed() {
    return includePassed;
  }

  public void setIncludePassed(boolean includePassed) {
    this.includePassed = includePassed;
  }

  public ActionGrouping getGrouping() {
    return grouping;
  }

  public void setGrouping(ActionGrouping grouping) {
    this.grouping = grouping == null ? ActionGrouping.NONE : grouping;
  }

  public PersonRef getAssignee() {
    return assignee;
  }

  public void setAssignee(PersonRef assignee) {
    this.assignee = assignee;
  }
}
