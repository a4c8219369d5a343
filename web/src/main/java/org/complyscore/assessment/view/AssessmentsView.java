package org.complyscore.assessment.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.assessment.boundary.AssessmentRow;
import org.complyscore.assessment.boundary.AssessmentService;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.score.view.ScoreLinks;

/**
 * The Assessments page ({@code /assessments/list}, F40): every assessment with its status, progress
 * and action counts, filtered by regulation and group and grouped as the person chooses.
 */
@Named
@ViewScoped
public class AssessmentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How the list is sectioned. */
  public enum Grouping {
    NONE,
    GROUP,
    PRODUCT,
    REGULATION
  }

  /** A section of the list: its heading (empty when not grouped) and its assessments. */
  public record Section(String heading, List<AssessmentRow> rows) {}

  @Inject private AssessmentService assessments;

  private String regulation;
  private Long groupId;
  private Grouping grouping = Grouping.GROUP;

  private List<AssessmentService.GroupRef> groups;
  private List<String> regulations;
  private List<Section> sections;
  private int count;

  @PostConstruct
  void init() {
    groups = assessments.groups();
    regulations = assessments.regulations();
    load();
  }

  /** Reads the list again with the filter and grouping chosen. */
  public void load() {
    List<AssessmentRow> rows = assessments.list(blankToNull(regulation), groupId);
    count = rows.size();
    Function<AssessmentRow, String> key =
        switch (grouping) {
          case NONE -> row -> "";
          case GROUP -> AssessmentRow::group;
          case PRODUCT -> AssessmentRow::product;
          case REGULATION -> AssessmentRow::regulation;
        };
    Map<String, List<AssessmentRow>> bySection = new LinkedHashMap<>();
    rows.stream()
        .sorted(
            java.util.Comparator.comparing(key, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(AssessmentRow::name, String.CASE_INSENSITIVE_ORDER))
        .forEach(row -> bySection.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
    sections = new ArrayList<>();
    bySection.forEach((heading, list) -> sections.add(new Section(heading, list)));
  }

  /** The assessment's actions of one owner in the action list, passed ones included. */
  public String actionsLink(AssessmentRow row, ActionOwner owner) {
    return ScoreLinks.actions(
        ScoreFilter.NONE.withAssessments(Set.of(row.id())).withOwners(Set.of(owner)), true);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public List<Section> getSections() {
    return sections;
  }

  public int getCount() {
    return count;
  }

  public List<AssessmentService.GroupRef> getGroups() {
    return groups;
  }

  public List<String> getRegulations() {
    return regulations;
  }

  public Grouping[] getGroupings() {
    return Grouping.values();
  }

  public String getRegulation() {
    return regulation;
  }

  public void setRegulation(String regulation) {
    this.regulation = regulation;
  }

  public Long getGroupId() {
    return groupId;
  }

  public void setGroupId(Long groupId) {
    this.groupId = groupId;
  }

  public Grouping getGrouping() {
    return grouping;
  }

  public void setGrouping(Grouping grouping) {
    this.grouping = grouping;
  }
}
