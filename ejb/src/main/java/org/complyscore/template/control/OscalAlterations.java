package org.complyscore.template.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A profile's {@code modify}, applied while the catalog is read: {@code set-parameters} replace
 * what they give of a parameter (its values, selection, label; props and links are added), and
 * {@code alters} remove and add parts, props, links and params of a control, at the position they
 * ask for. Child controls are never touched by their parent's alterations: they have their own.
 */
final class OscalAlterations implements OscalCatalogReader.Adjustments {

  /** The kinds of item an alteration handles, by their key in a control or part. */
  private static final Map<String, String> ITEM_KEYS =
      Map.of("parts", "part", "props", "prop", "links", "link", "params", "param");

  private final Map<String, JsonObject> setParameters;
  private final Map<String, List<JsonObject>> alters;

  OscalAlterations(Map<String, JsonObject> setParameters, Map<String, List<JsonObject>> alters) {
    this.setParameters = Map.copyOf(setParameters);
    this.alters = Map.copyOf(alters);
  }

  @Override
  public JsonObject parameter(JsonObject parameter) {
    JsonObject set = setParameters.get(parameter.getString("id", ""));
    if (set == null) {
      return parameter;
    }
    JsonObjectBuilder changed = Json.createObjectBuilder(parameter);
    for (Map.Entry<String, JsonValue> field : set.entrySet()) {
      String key = field.getKey();
      if (key.equals("param-id")) {
        continue;
      }
      if ((key.equals("props") || key.equals("links"))
          && parameter.get(key) instanceof JsonArray existing
          && field.getValue() instanceof JsonArray added) {
        JsonArrayBuilder both = Json.createArrayBuilder(existing);
        added.forEach(both::add);
        changed.add(key, both);
      } else {
        changed.add(key, field.getValue());
      }
    }
    if (set.containsKey("values")) {
      // Values given by the profile are the answer: the catalog's choice no longer applies.
      changed.remove("select");
    }
    return changed.build();
  }

  @Override
  public JsonObject control(JsonObject control) {
    List<JsonObject> alterations = alters.get(control.getString("id", ""));
    if (alterations == null) {
      return control;
    }
    JsonObject altered = control;
    for (JsonObject alteration : alterations) {
      for (JsonValue remove : array(alteration, "removes")) {
        if (remove instanceof JsonObject criteria) {
          altered = removeMatching(altered, criteria);
        }
      }
      for (JsonValue add : array(alteration, "adds")) {
        if (add instanceof JsonObject addition) {
          altered = add(altered, addition);
        }
      }
    }
    return altered;
  }

  // ---- removes: every part, prop, link or param that meets all the criteria, at any depth ----

  private static JsonObject removeMatching(JsonObject node, JsonObject criteria) {
    JsonObjectBuilder changed = Json.createObjectBuilder(node);
    for (Map.Entry<String, String> kind : ITEM_KEYS.entrySet()) {
      if (!(node.get(kind.getKey()) instanceof JsonArray items)) {
        continue;
      }
      JsonArrayBuilder kept = Json.createArrayBuilder();
      for (JsonValue item : items) {
        if (item instanceof JsonObject object && matches(object, kind.getValue(), criteria)) {
          continue;
        }
        kept.add(
            item instanceof JsonObject object && kind.getKey().equals("parts")
                ? removeMatching(object, criteria)
                : item);
      }
      changed.add(kind.getKey(), kept);
    }
    return changed.build();
  }

  private static boolean matches(JsonObject item, String itemName, JsonObject criteria) {
    return same(criteria, "by-name", item.getString("name", null))
        && same(criteria, "by-class", item.getString("class", null))
        && same(criteria, "by-id", item.getString("id", null))
        && same(criteria, "by-ns", item.getString("ns", null))
        && same(criteria, "by-item-name", itemName);
  }

  /** A criterion the removal does not give matches anything. */
  private static boolean same(JsonObject criteria, String key, String actual) {
    return !(criteria.get(key) instanceof JsonString wanted)
        || Objects.equals(wanted.getString(), actual);
  }

  // ---- adds: at the start or end of the control or of a part, or before or after a part ----

  private static JsonObject add(JsonObject control, JsonObject addition) {
    String position = addition.getString("position", "ending");
    String byId = addition.getString("by-id", null);
    if (byId == null || byId.equals(control.getString("id", ""))) {
      return insertInto(
          control, addition, !position.equals("starting") && !position.equals("before"));
    }
    return addNear(control, byId, position, addition);
  }

  /** Adds the addition's items into the node's own lists, at the start or at the end. */
  private static JsonObject insertInto(JsonObject node, JsonObject addition, boolean atEnd) {
    JsonObjectBuilder changed = Json.createObjectBuilder(node);
    for (String key : ITEM_KEYS.keySet()) {
      if (addition.get(key) instanceof JsonArray added && !added.isEmpty()) {
        List<JsonValue> items = new ArrayList<>(array(node, key));
        items.addAll(atEnd ? items.size() : 0, added);
        changed.add(key, Json.createArrayBuilder(items));
      }
    }
    if (addition.get("title") instanceof JsonString title) {
      changed.add("title", title);
    }
    return changed.build();
  }

  /** Finds the part or param with the id and adds into it or beside it; depth first. */
  private static JsonObject addNear(
      JsonObject node, String byId, String position, JsonObject addition) {
    JsonObjectBuilder changed = Json.createObjectBuilder(node);
    for (String key : List.of("parts", "params")) {
      if (!(node.get(key) instanceof JsonArray items)) {
        continue;
      }
      List<JsonValue> result = new ArrayList<>();
      for (JsonValue item : items) {
        if (item instanceof JsonObject object && byId.equals(object.getString("id", null))) {
          switch (position) {
            case "before" -> {
              result.addAll(array(addition, key));
              result.add(object);
            }
            case "after" -> {
              result.add(object);
              result.addAll(array(addition, key));
            }
            default -> result.add(insertInto(object, addition, !position.equals("starting")));
          }
        } else if (item instanceof JsonObject object && key.equals("parts")) {
          result.add(addNear(object, byId, position, addition));
        } else {
          result.add(item);
        }
      }
      changed.add(key, Json.createArrayBuilder(result));
    }
    return changed.build();
  }

  private static JsonArray array(JsonObject node, String key) {
    return node.get(key) instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
  }
}
