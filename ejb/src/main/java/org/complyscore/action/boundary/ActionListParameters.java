package org.complyscore.action.boundary;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.function.Function;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.action.entity.TestingSource;
import org.complyscore.shared.entity.InvalidInputException;

/**
 * The action list's view as URL parameters, both ways: the list page, the details page's previous
 * and next, the Overview's links, the export and the REST API all read the same ones. A parameter
 * may repeat or hold values separated by commas ({@code solution=3,7}). A bad value is refused
 * naming the parameter, never ignored: a list that silently shows more than asked would mislead.
 *
 * <p>Parameters: {@code regulation}, {@code solution}, {@code type}, {@code purpose}, {@code
 * group}, {@code category}, {@code assessment}, {@code owner}, {@code status} (implementation),
 * {@code test} (test status), {@code source} (testing source), {@code assignee} (an id, or {@code
 * none}), {@code q} (text), {@code passed} ({@code true} shows passed actions), {@code id} (action
 * states, e.g. the rows a person ticked), {@code groupBy}, {@code sort}, {@code dir} ({@code asc}
 * or {@code desc}).
 */
public final class ActionListParameters {

  /** Every parameter name this class reads; others are left to the page. */
  public static final Set<String> NAMES =
      Set.of(
          "regulation",
          "solution",
          "type",
          "purpose",
          "group",
          "category",
          "assessment",
          "owner",
          "status",
          "test",
          "source",
          "assignee",
          "q",
          "passed",
          "groupBy",
          "sort",
          "dir",
          "id");

  private static final String NOBODY = "none";

  private ActionListParameters() {}

  /** The request the parameters describe; missing ones take the list's defaults. */
  public static ActionListRequest parse(Map<String, ? extends Collection<String>> parameters) {
    Values values = new Values(parameters);
    Set<String> assignees = values.texts("assignee");
    boolean unassigned = assignees.remove(NOBODY);
    ActionFilter filter =
        ActionFilter.builder()
            .regulations(values.texts("regulation"))
            .solutions(values.ids("solution"))
            .implementationTypes(values.enums("type", ImplementationType.class))
            .purposes(values.enums("purpose", Purpose.class))
            .groups(values.ids("group"))
            .categories(values.ids("category"))
            .assessments(values.ids("assessment"))
            .owners(values.enums("owner", ActionOwner.class))
            .implementationStatuses(values.enums("status", ImplementationStatus.class))
            .testStatuses(values.enums("test", TestStatus.class))
            .testingSources(values.enums("source", TestingSource.class))
            .assignees(Values.ids("assignee", assignees))
            .unassigned(unassigned)
            .text(values.single("q", ""))
            .includePassed(values.flag("passed"))
            .states(values.ids("id"))
            .build();
    ActionListRequest defaults = ActionListRequest.DEFAULT;
    return new ActionListRequest(
        filter,
        values.single("groupBy", ActionGrouping.class, defaults.grouping()),
        values.single("sort", ActionOrder.class, defaults.order()),
        !"asc".equalsIgnoreCase(values.single("dir", defaults.descending() ? "desc" : "asc")));
  }

  /**
   * The request a query string (without "?", as {@link #toQuery} writes it) describes; parameters
   * other than the list's are ignored.
   *
   * @throws IllegalArgumentException when the text cannot be URL-decoded
   */
  public static ActionListRequest fromQuery(String query) {
    Map<String, List<String>> parameters = new java.util.HashMap<>();
    for (String pair : query == null ? new String[0] : query.split("&")) {
      String[] parts = pair.split("=", 2);
      if (NAMES.contains(parts[0])) {
        parameters
            .computeIfAbsent(parts[0], name -> new ArrayList<>())
            .add(URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
      }
    }
    return parse(parameters);
  }

  /** The parameters of a request as a query string without "?", defaults left out. */
  public static String toQuery(ActionListRequest request) {
    ActionFilter filter = request.filter();
    Query query = new Query();
    query.add("regulation", filter.regulations());
    query.add("solution", filter.solutionIds());
    query.add("type", filter.implementationTypes());
    query.add("purpose", filter.purposes());
    query.add("group", filter.groupIds());
    query.add("category", filter.categoryIds());
    query.add("assessment", filter.assessmentIds());
    query.add("owner", filter.owners());
    query.add("status", filter.implementationStatuses());
    query.add("test", filter.testStatuses());
    query.add("source", filter.testingSources());
    Set<Object> assignees = new LinkedHashSet<>(new TreeSet<>(filter.assigneeIds()));
    if (filter.unassigned()) {
      assignees.add(NOBODY);
    }
    query.add("assignee", assignees);
    if (!filter.text().isEmpty()) {
      query.add("q", List.of(filter.text()));
    }
    if (filter.includePassed()) {
      query.add("passed", List.of("true"));
    }
    query.add("id", new TreeSet<>(filter.stateIds()));
    ActionListRequest defaults = ActionListRequest.DEFAULT;
    if (request.grouping() != defaults.grouping()) {
      query.add("groupBy", List.of(request.grouping()));
    }
    if (request.order() != defaults.order()) {
      query.add("sort", List.of(request.order()));
    }
    if (request.descending() != defaults.descending()) {
      query.add("dir", List.of(request.descending() ? "desc" : "asc"));
    }
    return query.toString();
  }

  /** Builds a query string; values of one parameter are joined with commas. */
  private static final class Query {
    private final StringJoiner text = new StringJoiner("&");

    void add(String name, Collection<?> values) {
      if (values.isEmpty()) {
        return;
      }
      List<String> words = new ArrayList<>();
      for (Object value : values) {
        words.add(value instanceof Enum<?> constant ? constant.name() : value.toString());
      }
      if (!(values instanceof List<?> || values instanceof LinkedHashSet<?>)) {
        words.sort(null);
      }
      if (name.equals("regulation")) {
        // A regulation's name may hold commas: one parameter each.
        words.forEach(
            word -> text.add(name + "=" + URLEncoder.encode(word, StandardCharsets.UTF_8)));
      } else {
        text.add(name + "=" + URLEncoder.encode(String.join(",", words), StandardCharsets.UTF_8));
      }
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }

  /** Reads parameter values, splitting commas, refusing what cannot be read. */
  private record Values(Map<String, ? extends Collection<String>> parameters) {

    Set<String> texts(String name) {
      Set<String> values = new LinkedHashSet<>();
      Collection<String> raw = parameters.get(name);
      if (raw == null) {
        return values;
      }
      for (String value : raw) {
        // A regulation's name may hold a comma only when given alone in its own parameter.
        if (value == null) {
          continue;
        }
        for (String part : name.equals("regulation") ? List.of(value) : List.of(value.split(","))) {
          if (!part.isBlank()) {
            values.add(part.strip());
          }
        }
      }
      return values;
    }

    Set<Long> ids(String name) {
      return ids(name, texts(name));
    }

    static Set<Long> ids(String name, Set<String> texts) {
      Set<Long> ids = new LinkedHashSet<>();
      for (String text : texts) {
        try {
          long id = Long.parseLong(text);
          if (id < 1) {
            throw new NumberFormatException();
          }
          ids.add(id);
        } catch (NumberFormatException e) {
          throw new InvalidInputException(
              name,
              "The parameter \""
                  + name
                  + "\" takes ids (whole numbers from 1)"
                  + (name.equals("assignee") ? " or \"none\"" : "")
                  + "; \""
                  + text
                  + "\" is not one.");
        }
      }
      return ids;
    }

    <E extends Enum<E>> Set<E> enums(String name, Class<E> type) {
      Set<E> values = EnumSet.noneOf(type);
      for (String text : texts(name)) {
        values.add(constant(name, type, text));
      }
      return values;
    }

    String single(String name, String fallback) {
      Collection<String> raw = parameters.get(name);
      if (raw == null || raw.isEmpty() || raw.iterator().next() == null) {
        return fallback;
      }
      if (raw.size() > 1) {
        throw new InvalidInputException(name, "Give the parameter \"" + name + "\" only once.");
      }
      return raw.iterator().next();
    }

    <E extends Enum<E>> E single(String name, Class<E> type, E fallback) {
      String text = single(name, (String) null);
      return text == null || text.isBlank() ? fallback : constant(name, type, text.strip());
    }

    boolean flag(String name) {
      String text = single(name, "false").strip().toLowerCase(Locale.ROOT);
      return switch (text) {
        case "true", "1", "yes", "on" -> true;
        case "false", "0", "no", "off", "" -> false;
        default ->
            throw new InvalidInputException(
                name, "The parameter \"" + name + "\" is true or false, not \"" + text + "\".");
      };
    }

    private static <E extends Enum<E>> E constant(String name, Class<E> type, String text) {
      Function<E, String> word = E::name;
      for (E constant : type.getEnumConstants()) {
        if (word.apply(constant).equalsIgnoreCase(text.replace('-', '_'))) {
          return constant;
        }
      }
      StringJoiner allowed = new StringJoiner(", ");
      for (E constant : type.getEnumConstants()) {
        allowed.add(constant.name());
      }
      throw new InvalidInputException(
          name,
          "The parameter \""
              + name
              + "\" does not know \""
              + text
              + "\"; it takes one of "
              + allowed
              + ".");
    }
  }
}
