package org.complyscore.score.rest;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.shared.rest.Problem;
import org.complyscore.shared.rest.ProblemException;

/**
 * The score filter as query parameters, each repeatable ({@code ?type=TECHNICAL&type=OPERATIONAL}):
 * {@code regulation}, {@code solution}, {@code type}, {@code purpose}, {@code group}, {@code
 * category}, {@code assessment}, {@code owner}. Every bad value is reported, by parameter.
 */
public class ScoreFilterParameters {

  @QueryParam("regulation")
  List<String> regulations = List.of();

  @QueryParam("solution")
  List<String> solutions = List.of();

  @QueryParam("type")
  List<String> types = List.of();

  @QueryParam("purpose")
  List<String> purposes = List.of();

  @QueryParam("group")
  List<String> groups = List.of();

  @QueryParam("category")
  List<String> categories = List.of();

  @QueryParam("assessment")
  List<String> assessments = List.of();

  @QueryParam("owner")
  List<String> owners = List.of();

  /** The filter, or a 400 problem naming each parameter with a bad value. */
  public ScoreFilter toFilter() {
    List<Problem.FieldError> errors = new ArrayList<>();
    ScoreFilter filter =
        new ScoreFilter(
            regulations.stream()
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .collect(Collectors.toSet()),
            ids("solution", solutions, errors),
            values("type", types, ImplementationType.class, errors),
            values("purpose", purposes, Purpose.class, errors),
            ids("group", groups, errors),
            ids("category", categories, errors),
            ids("assessment", assessments, errors),
            values("owner", owners, ActionOwner.class, errors));
    if (!errors.isEmpty()) {
      throw new ProblemException(Problem.badRequest(errors));
    }
    return filter;
  }

  private static Set<Long> ids(String name, List<String> values, List<Problem.FieldError> errors) {
    return parse(
        name,
        values,
        value -> {
          long id = Long.parseLong(value);
          if (id <= 0) {
            throw new IllegalArgumentException();
          }
          return id;
        },
        "is not an id (a positive whole number)",
        errors);
  }

  private static <E extends Enum<E>> Set<E> values(
      String name, List<String> values, Class<E> type, List<Problem.FieldError> errors) {
    String allowed =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    return parse(
        name,
        values,
        value -> Enum.valueOf(type, value.toUpperCase(Locale.ROOT)),
        "is not one of " + allowed,
        errors);
  }

  private static <T> Set<T> parse(
      String name,
      List<String> values,
      Function<String, T> parser,
      String problem,
      List<Problem.FieldError> errors) {
    Set<T> parsed = new LinkedHashSet<>();
    for (String value : values) {
      String trimmed = value == null ? "" : value.strip();
      try {
        parsed.add(parser.apply(trimmed));
      } catch (IllegalArgumentException e) {
        errors.add(new Problem.FieldError(name, Problem.quoted(trimmed) + " " + problem + "."));
      }
    }
    return parsed;
  }
}
