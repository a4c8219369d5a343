package org.complyscore.score.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.complyscore.action.boundary.ActionListParameters;
import org.complyscore.action.boundary.FilterOptions;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.score.entity.ScoreFilter;

/**
 * The score filter pane of the Overview and the Solutions page (F14): what is picked in each of its
 * eight menus, the chips that show what is applied, and the {@link ScoreFilter} it all means.
 * Values are the action list's parameter values (ids and constant names), so one reader turns them
 * into a filter and refuses what it cannot read.
 */
public class ScoreFilterForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The menus, in the pane's order, by the action list's parameter names. */
  public static final List<String> PARAMETERS =
      List.of(
          "regulation", "solution", "type", "purpose", "group", "category", "assessment", "owner");

  private final Map<String, List<String>> picked = new LinkedHashMap<>();

  /** A value applied to the score, shown as a chip that removes it. */
  public record Chip(String parameter, String value, String label) implements Serializable {}

  public ScoreFilterForm() {
    PARAMETERS.forEach(parameter -> picked.put(parameter, new ArrayList<>()));
  }

  /**
   * The pane showing a filter. Values the options no longer hold (an assessment deleted since the
   * filter was kept) are left out: a chip nobody can read would only confuse.
   */
  public static ScoreFilterForm of(ScoreFilter filter, FilterOptions options) {
    ScoreFilterForm form = new ScoreFilterForm();
    form.pick("regulation", filter.regulations(), options.regulations());
    form.pick("solution", filter.solutionIds(), options.solutions());
    form.pick("type", filter.implementationTypes(), null);
    form.pick("purpose", filter.purposes(), null);
    form.pick("group", filter.groupIds(), options.groups());
    form.pick("category", filter.categoryIds(), options.categories());
    form.pick("assessment", filter.assessmentIds(), options.assessments());
    form.pick("owner", filter.owners(), null);
    return form;
  }

  private void pick(String parameter, Iterable<?> values, List<FilterOptions.Option> known) {
    List<String> list = picked.get(parameter);
    for (Object value : values) {
      String text = value instanceof Enum<?> constant ? constant.name() : value.toString();
      if (known == null || known.stream().anyMatch(option -> option.value().equals(text))) {
        list.add(text);
      }
    }
    list.sort(null);
  }

  /**
   * The filter the pane means.
   *
   * @throws org.complyscore.shared.entity.InvalidInputException naming the menu with a value it
   *     cannot read (only a forged request has one)
   */
  public ScoreFilter toFilter() {
    return ActionListParameters.parse(picked).filter().scoreFilter();
  }

  /** The applied values as chips, in the pane's order, each labelled as its menu shows it. */
  public List<Chip> chips(FilterOptions options, Function<Enum<?>, String> enumLabels) {
    List<Chip> chips = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : picked.entrySet()) {
      for (String value : entry.getValue()) {
        chips.add(
            new Chip(entry.getKey(), value, label(entry.getKey(), value, options, enumLabels)));
      }
    }
    return chips;
  }

  private static String label(
      String parameter, String value, FilterOptions options, Function<Enum<?>, String> enumLabels) {
    return switch (parameter) {
      case "type" -> constant(ImplementationType.class, value).map(enumLabels).orElse(value);
      case "purpose" -> constant(Purpose.class, value).map(enumLabels).orElse(value);
      case "owner" -> constant(ActionOwner.class, value).map(enumLabels).orElse(value);
      case "regulation" -> value;
      default -> optionLabel(optionsOf(parameter, options), value);
    };
  }

  private static List<FilterOptions.Option> optionsOf(String parameter, FilterOptions options) {
    return switch (parameter) {
      case "solution" -> options.solutions();
      case "group" -> options.groups();
      case "category" -> options.categories();
      case "assessment" -> options.assessments();
      default -> List.of();
    };
  }

  private static String optionLabel(List<FilterOptions.Option> options, String value) {
    return options.stream()
        .filter(option -> option.value().equals(value))
        .map(FilterOptions.Option::label)
        .findFirst()
        .orElse(value);
  }

  private static <E extends Enum<E>> Optional<Enum<?>> constant(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(name))
        .<Enum<?>>map(constant -> constant)
        .findFirst();
  }

  /** Takes one value off. */
  public void remove(Chip chip) {
    List<String> values = picked.get(chip.parameter());
    if (values != null) {
      values.remove(chip.value());
    }
  }

  /** Takes every value off. */
  public void clear() {
    picked.values().forEach(List::clear);
  }

  public boolean isEmpty() {
    return picked.values().stream().allMatch(List::isEmpty);
  }

  private void set(String parameter, List<String> values) {
    List<String> list = picked.get(parameter);
    list.clear();
    if (values != null) {
      list.addAll(values);
    }
  }

  // One property per menu: a typed list, so Faces hands the menu's values over as a list of text.

  public List<String> getRegulations() {
    return picked.get("regulation");
  }

  public void setRegulations(List<String> values) {
    set("regulation", values);
  }

  public List<String> getSolutions() {
    return picked.get("solution");
  }

  public void setSolutions(List<String> values) {
    set("solution", values);
  }

  public List<String> getTypes() {
    return picked.get("type");
  }

  public void setTypes(List<String> values) {
    set("type", values);
  }

  public List<String> getPurposes() {
    return picked.get("purpose");
  }

  public void setPurposes(List<String> values) {
    set("purpose", values);
  }

  public List<String> getGroups() {
    return picked.get("group");
  }

  public void setGroups(List<String> values) {
    set("group", values);
  }

  public List<String> getCategories() {
    return picked.get("category");
  }

  public void setCategories(List<String> values) {
    set("category", values);
  }

  public List<String> getAssessments() {
    return picked.get("assessment");
  }

  public void setAssessments(List<String> values) {
    set("assessment", values);
  }

  public List<String> getOwners() {
    return picked.get("owner");
  }

  public void setOwners(List<String> values) {
    set("owner", values);
  }
}
