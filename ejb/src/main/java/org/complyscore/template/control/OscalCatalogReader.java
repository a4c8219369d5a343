package org.complyscore.template.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.complyscore.action.entity.TestingCombination;
import org.complyscore.action.entity.TestingLogic;
import org.complyscore.shared.control.OscalNamespace;
import org.complyscore.shared.entity.InvalidInputException;

/**
 * Reads an OSCAL 1.0 or 1.1 catalog in JSON, from any publisher: nested groups, enhancements inside
 * their parent control, the label from the {@code label} property (the one without a class when
 * there are several), the order from {@code sort-id}, withdrawn controls in either spelling, and
 * statement and guidance with their parameters filled in as readable text. A control may carry the
 * testing logic of its action in ComplyScore's own props ({@link #CHECK_ID}, {@link
 * #CHECK_COMBINATION} in the {@link OscalNamespace#COMPLYSCORE} namespace).
 */
public class OscalCatalogReader {

  /** ComplyScore's prop for a check an action listens to (F31); one per check. */
  public static final String CHECK_ID = "check-id";

  /** ComplyScore's prop for how the checks' results combine; {@code any-failure-fails} if none. */
  public static final String CHECK_COMBINATION = "check-combination";

  private static final Pattern INSERT =
      Pattern.compile("\\{\\{\\s*insert:\\s*param,\\s*([^\\s}]+)\\s*}}");

  /** Parameters can refer to parameters; deeper than this is a loop, not content. */
  private static final int MAX_PARAMETER_DEPTH = 5;

  /**
   * Changes a profile makes to the catalog while it is read: parameters set and controls altered.
   * Each receives the catalog's object and returns the one to read instead.
   */
  public interface Adjustments {
    Adjustments NONE =
        new Adjustments() {
          @Override
          public JsonObject parameter(JsonObject parameter) {
            return parameter;
          }

          @Override
          public JsonObject control(JsonObject control) {
            return control;
          }
        };

    JsonObject parameter(JsonObject parameter);

    JsonObject control(JsonObject control);
  }

  public OscalCatalog read(InputStream json) {
    return read(parse(json), Adjustments.NONE);
  }

  /** Reads a parsed catalog, with a profile's adjustments. */
  public OscalCatalog read(JsonObject root, Adjustments adjustments) {
    JsonValue catalogValue = root.get("catalog");
    if (!(catalogValue instanceof JsonObject catalog)) {
      throw new OscalFormatException(
          "This is not an OSCAL catalog: it has no \"catalog\" object at the top"
              + (root.containsKey("profile") ? " (it is a profile)." : "."));
    }
    JsonObject metadata = object(catalog, "metadata", "catalog");
    Map<String, JsonObject> parameters = new HashMap<>();
    collectParameters(catalog, parameters);
    parameters.replaceAll((id, parameter) -> adjustments.parameter(parameter));
    Context context = new Context(parameters, adjustments);
    return new OscalCatalog(
        string(metadata, "title", "catalog/metadata"),
        optionalString(metadata, "version"),
        optionalString(metadata, "oscal-version"),
        groups(catalog, "catalog", context),
        controls(catalog, "catalog", context));
  }

  /** Parses an OSCAL document in JSON; any problem becomes an {@link OscalFormatException}. */
  public static JsonObject parse(InputStream json) {
    JsonValue value;
    try (JsonReader reader = Json.createReader(json)) {
      value = reader.readValue();
    } catch (JsonParsingException e) {
      throw new OscalFormatException(
          "The file is not valid JSON near line "
              + e.getLocation().getLineNumber()
              + ", column "
              + e.getLocation().getColumnNumber()
              + ".");
    } catch (JsonException e) {
      throw new OscalFormatException("The file cannot be read as JSON: " + e.getMessage());
    }
    if (value instanceof JsonObject object) {
      return object;
    }
    throw new OscalFormatException(
        "The file is not a JSON object: an OSCAL document starts with \"{\".");
  }

  private record Context(Map<String, JsonObject> parameters, Adjustments adjustments) {}

  private List<OscalCatalog.Group> groups(JsonObject parent, String path, Context context) {
    List<OscalCatalog.Group> groups = new ArrayList<>();
    JsonArray array = array(parent, "groups", path);
    for (int i = 0; i < array.size(); i++) {
      String at = path + "/groups[" + i + "]";
      JsonObject group = element(array, i, at);
      groups.add(
          new OscalCatalog.Group(
              optionalString(group, "id"),
              string(group, "title", at),
              groups(group, at, context),
              controls(group, at, context)));
    }
    return groups;
  }

  private List<OscalCatalog.Control> controls(JsonObject parent, String path, Context context) {
    List<OscalCatalog.Control> controls = new ArrayList<>();
    JsonArray array = array(parent, "controls", path);
    for (int i = 0; i < array.size(); i++) {
      String at = path + "/controls[" + i + "]";
      controls.add(control(element(array, i, at), at, i, context));
    }
    controls.sort(Comparator.comparing(OscalCatalog.Control::sortKey));
    return controls;
  }

  private OscalCatalog.Control control(JsonObject original, String at, int index, Context context) {
    JsonObject control = context.adjustments().control(original);
    String id = string(control, "id", at);
    List<JsonObject> props = objects(control, "props", at);
    return new OscalCatalog.Control(
        id,
        label(props).orElse(id.toUpperCase(Locale.ROOT)),
        string(control, "title", at),
        propValues(props, "sort-id").stream().findFirst().orElse(String.format("%06d", index)),
        propValues(props, "status").stream().anyMatch(s -> s.equalsIgnoreCase("withdrawn")),
        statement(control, at, context),
        guidance(control, at, context),
        objectives(control, at, context),
        propValues(props, "implementation-level"),
        controls(control, at, context),
        testing(props, id));
  }

  /**
   * The testing logic ComplyScore's props in its namespace give a control's action: one {@value
   * #CHECK_ID} prop per check, and at most one {@value #CHECK_COMBINATION} ({@code
   * any-failure-fails}, the default, or {@code average}). Props of these names in another namespace
   * or none are another publisher's and mean something else.
   *
   * @throws OscalFormatException naming the control when a value cannot be used
   */
  static TestingLogic testing(List<JsonObject> props, String controlId) {
    List<String> checkIds = new ArrayList<>();
    Set<String> combinations = new LinkedHashSet<>();
    for (JsonObject prop : props) {
      if (!OscalNamespace.COMPLYSCORE.equals(prop.getString("ns", null))) {
        continue;
      }
      String name = prop.getString("name", "");
      String value = prop.getString("value", "").strip();
      if (name.equals(CHECK_ID)) {
        try {
          checkIds.add(TestingLogic.checkId(value));
        } catch (InvalidInputException e) {
          throw new OscalFormatException(
              "Control " + controlId + ", prop " + CHECK_ID + ": " + e.getMessage());
        }
      } else if (name.equals(CHECK_COMBINATION)) {
        combinations.add(value);
      }
    }
    if (combinations.size() > 1) {
      throw new OscalFormatException(
          "Control "
              + controlId
              + " has the "
              + CHECK_COMBINATION
              + " props "
              + String.join(" and ", combinations)
              + "; give one.");
    }
    TestingCombination combination =
        combinations.isEmpty() ? null : combination(combinations.iterator().next(), controlId);
    if (combination != null && checkIds.isEmpty()) {
      throw new OscalFormatException(
          "Control "
              + controlId
              + " has a "
              + CHECK_COMBINATION
              + " prop but no "
              + CHECK_ID
              + "; add a "
              + CHECK_ID
              + " prop for each check its action listens to, or remove the "
              + CHECK_COMBINATION
              + ".");
    }
    try {
      return TestingLogic.of(checkIds, combination);
    } catch (InvalidInputException e) {
      throw new OscalFormatException("Control " + controlId + ": " + e.getMessage());
    }
  }

  /**
   * A {@value #CHECK_COMBINATION} value: the constant's name in OSCAL's style, any-failure-fails.
   */
  private static TestingCombination combination(String value, String controlId) {
    List<String> allowed = new ArrayList<>();
    for (TestingCombination combination : TestingCombination.values()) {
      String token = token(combination);
      if (token.equalsIgnoreCase(value)) {
        return combination;
      }
      allowed.add(token);
    }
    throw new OscalFormatException(
        "Control "
            + controlId
            + ", prop "
            + CHECK_COMBINATION
            + ": \""
            + value
            + "\" is not a check combination; use "
            + String.join(" or ", allowed)
            + ".");
  }

  /** How OSCAL writes a combination: {@code any-failure-fails}. */
  static String token(TestingCombination combination) {
    return combination.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The label without a class (NIST also gives zero-padded and SP 800-53A variants), else any. */
  static java.util.Optional<String> label(List<JsonObject> props) {
    List<JsonObject> labels =
        props.stream().filter(p -> "label".equals(p.getString("name", ""))).toList();
    return labels.stream()
        .filter(p -> !p.containsKey("class"))
        .findFirst()
        .or(() -> labels.stream().findFirst())
        .map(p -> p.getString("value", "").strip())
        .filter(value -> !value.isEmpty());
  }

  private static List<String> propValues(List<JsonObject> props, String name) {
    return props.stream()
        .filter(p -> name.equals(p.getString("name", "")))
        .map(p -> p.getString("value", "").strip())
        .filter(value -> !value.isEmpty())
        .toList();
  }

  private String statement(JsonObject control, String at, Context context) {
    return parts(control, at).stream()
        .filter(part -> "statement".equals(part.getString("name", "")))
        .map(part -> renderItems(part, 0, at, context))
        .collect(Collectors.joining("\n"))
        .strip();
  }

  /** The statement's prose, then its items as a bulleted list, labels in bold, nested by depth. */
  private String renderItems(JsonObject statement, int depth, String at, Context context) {
    StringBuilder text = new StringBuilder();
    String prose = prose(statement, context);
    if (!prose.isEmpty()) {
      text.append(prose).append('\n');
    }
    for (JsonObject item : parts(statement, at)) {
      appendItem(text, item, depth, at, context);
    }
    return text.toString();
  }

  private void appendItem(
      StringBuilder text, JsonObject item, int depth, String at, Context context) {
    String label = label(objects(item, "props", at)).orElse("");
    text.append("  ".repeat(depth))
        .append("- ")
        .append(label.isEmpty() ? "" : "**" + label + "** ")
        .append(prose(item, context))
        .append('\n');
    for (JsonObject sub : parts(item, at)) {
      appendItem(text, sub, depth + 1, at, context);
    }
  }

  /**
   * The assessment objectives as a bulleted list: NIST writes them as "assessment-objective" parts
   * (SP 800-53A), OSCAL's examples as "objective" parts, at the top of the control or inside its
   * statement.
   */
  private String objectives(JsonObject control, String at, Context context) {
    StringBuilder text = new StringBuilder();
    collectObjectives(parts(control, at), at, context, text);
    return text.toString().strip();
  }

  private void collectObjectives(
      List<JsonObject> parts, String at, Context context, StringBuilder text) {
    for (JsonObject part : parts) {
      String name = part.getString("name", "");
      if (name.equals("assessment-objective") || name.equals("objective")) {
        String prose = prose(part, context);
        List<JsonObject> items = parts(part, at);
        if (!prose.isEmpty() || !items.isEmpty()) {
          appendItem(text, part, 0, at, context);
        }
      } else if (!name.equals("assessment-method") && !name.equals("guidance")) {
        collectObjectives(parts(part, at), at, context, text);
      }
    }
  }

  private String guidance(JsonObject control, String at, Context context) {
    return parts(control, at).stream()
        .filter(part -> "guidance".equals(part.getString("name", "")))
        .map(part -> allProse(part, at, context))
        .collect(Collectors.joining("\n\n"))
        .strip();
  }

  private String allProse(JsonObject part, String at, Context context) {
    List<String> paragraphs = new ArrayList<>();
    String prose = prose(part, context);
    if (!prose.isEmpty()) {
      paragraphs.add(prose);
    }
    for (JsonObject sub : parts(part, at)) {
      String nested = allProse(sub, at, context);
      if (!nested.isEmpty()) {
        paragraphs.add(nested);
      }
    }
    return String.join("\n\n", paragraphs);
  }

  private String prose(JsonObject part, Context context) {
    return fillParameters(part.getString("prose", ""), context, 0).strip();
  }

  /** Replaces each {@code {{ insert: param, id }}} with the parameter as a reader sees it. */
  String fillParameters(String prose, Context context, int depth) {
    Matcher matcher = INSERT.matcher(prose);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String id = matcher.group(1);
      matcher.appendReplacement(
          filled, Matcher.quoteReplacement(parameterText(id, context, depth)));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  private String parameterText(String id, Context context, int depth) {
    JsonObject parameter = context.parameters().get(id);
    if (parameter == null || depth >= MAX_PARAMETER_DEPTH) {
      return "[Assignment: " + id + "]";
    }
    List<String> values = strings(parameter, "values");
    if (!values.isEmpty()) {
      return String.join(", ", values);
    }
    if (parameter.get("select") instanceof JsonObject select) {
      List<String> choices =
          strings(select, "choice").stream()
              .map(choice -> fillParameters(choice, context, depth + 1).strip())
              .toList();
      String howMany =
          "one-or-more".equals(select.getString("how-many", "")) ? " (one or more)" : "";
      return "[Selection" + howMany + ": " + String.join("; ", choices) + "]";
    }
    String label = parameter.getString("label", id);
    return "[Assignment: " + fillParameters(label, context, depth + 1).strip() + "]";
  }

  private static void collectParameters(JsonObject node, Map<String, JsonObject> parameters) {
    if (node.get("params") instanceof JsonArray params) {
      for (JsonValue value : params) {
        if (value instanceof JsonObject param && param.get("id") instanceof JsonString id) {
          parameters.put(id.getString(), param);
        }
      }
    }
    for (String child : List.of("groups", "controls")) {
      if (node.get(child) instanceof JsonArray array) {
        for (JsonValue value : array) {
          if (value instanceof JsonObject object) {
            collectParameters(object, parameters);
          }
        }
      }
    }
  }

  // ---- Small, strict accessors: every problem names where in the document it is. ----

  private static List<JsonObject> parts(JsonObject node, String at) {
    return objects(node, "parts", at);
  }

  static JsonObject object(JsonObject node, String name, String at) {
    if (node.get(name) instanceof JsonObject object) {
      return object;
    }
    throw new OscalFormatException(at + " has no \"" + name + "\" object.");
  }

  static String string(JsonObject node, String name, String at) {
    if (node.get(name) instanceof JsonString string && !string.getString().isBlank()) {
      return string.getString().strip();
    }
    throw new OscalFormatException(at + " has no \"" + name + "\" text.");
  }

  static String optionalString(JsonObject node, String name) {
    return node.get(name) instanceof JsonString string ? string.getString().strip() : null;
  }

  static JsonArray array(JsonObject node, String name, String at) {
    JsonValue value = node.get(name);
    if (value == null) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    if (value instanceof JsonArray array) {
      return array;
    }
    throw new OscalFormatException(at + "/" + name + " should be a list.");
  }

  static List<JsonObject> objects(JsonObject node, String name, String at) {
    JsonArray array = array(node, name, at);
    List<JsonObject> objects = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      objects.add(element(array, i, at + "/" + name + "[" + i + "]"));
    }
    return objects;
  }

  static List<String> strings(JsonObject node, String name) {
    if (!(node.get(name) instanceof JsonArray array)) {
      return List.of();
    }
    return array.stream()
        .filter(JsonString.class::isInstance)
        .map(value -> ((JsonString) value).getString())
        .toList();
  }

  private static JsonObject element(JsonArray array, int index, String at) {
    if (array.get(index) instanceof JsonObject object) {
      return object;
    }
    throw new OscalFormatException(at + " should be an object.");
  }
}
