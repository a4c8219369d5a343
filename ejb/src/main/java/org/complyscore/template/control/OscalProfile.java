package org.complyscore.template.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An OSCAL profile (1.0 or 1.1, any publisher), read for resolution against one catalog: which
 * controls its imports select ({@code include-all}, {@code include-controls} and {@code
 * exclude-controls} with {@code with-ids}, {@code matching} patterns and {@code
 * with-child-controls}), and what its {@code modify} changes ({@code set-parameters}, {@code
 * alters}). {@link #resolve} checks every id against the catalog and says which are missing.
 */
public final class OscalProfile {

  /** One {@code include-controls} or {@code exclude-controls} entry. */
  record Call(Set<String> ids, List<Pattern> matching, boolean withChildControls, String at) {}

  /** One import: its own includes and excludes. */
  record Import(String href, boolean includeAll, List<Call> includes, List<Call> excludes) {}

  private final String title;
  private final String version;
  private final List<Import> imports;
  private final Map<String, JsonObject> setParameters;
  private final Map<String, List<JsonObject>> alters;

  private OscalProfile(
      String title,
      String version,
      List<Import> imports,
      Map<String, JsonObject> setParameters,
      Map<String, List<JsonObject>> alters) {
    this.title = title;
    this.version = version;
    this.imports = imports;
    this.setParameters = setParameters;
    this.alters = alters;
  }

  /** The profile's title (metadata/title), e.g. "NIST SP 800-53 Rev 5 HIGH IMPACT BASELINE". */
  public String title() {
    return title;
  }

  /** The profile's version (metadata/version), or {@code null}. */
  public String version() {
    return version;
  }

  public static OscalProfile read(JsonObject root) {
    if (!(root.get("profile") instanceof JsonObject profile)) {
      throw new OscalFormatException(
          "This is not an OSCAL profile: it has no \"profile\" object at the top"
              + (root.containsKey("catalog") ? " (it is a catalog)." : "."));
    }
    JsonObject metadata =
        profile.get("metadata") instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    List<JsonObject> importObjects = OscalCatalogReader.objects(profile, "imports", "profile");
    if (importObjects.isEmpty()) {
      throw new OscalFormatException("profile/imports is empty: the profile selects nothing.");
    }
    List<Import> imports = new ArrayList<>();
    for (int i = 0; i < importObjects.size(); i++) {
      imports.add(anImport(importObjects.get(i), "profile/imports[" + i + "]"));
    }
    Map<String, JsonObject> setParameters = new LinkedHashMap<>();
    Map<String, List<JsonObject>> alters = new LinkedHashMap<>();
    if (profile.get("modify") instanceof JsonObject modify) {
      List<JsonObject> sets =
          OscalCatalogReader.objects(modify, "set-parameters", "profile/modify");
      for (int i = 0; i < sets.size(); i++) {
        String at = "profile/modify/set-parameters[" + i + "]";
        setParameters.put(OscalCatalogReader.string(sets.get(i), "param-id", at), sets.get(i));
      }
      List<JsonObject> alterations = OscalCatalogReader.objects(modify, "alters", "profile/modify");
      for (int i = 0; i < alterations.size(); i++) {
        String at = "profile/modify/alters[" + i + "]";
        alters
            .computeIfAbsent(
                OscalCatalogReader.string(alterations.get(i), "control-id", at),
                id -> new ArrayList<>())
            .add(alterations.get(i));
      }
    }
    return new OscalProfile(
        OscalCatalogReader.optionalString(metadata, "title"),
        OscalCatalogReader.optionalString(metadata, "version"),
        List.copyOf(imports),
        setParameters,
        alters);
  }

  private static Import anImport(JsonObject anImport, String at) {
    boolean includeAll = anImport.get("include-all") instanceof JsonObject;
    if (!includeAll && !anImport.containsKey("include-controls")) {
      throw new OscalFormatException(
          at + " has neither include-all nor include-controls: it selects nothing.");
    }
    return new Import(
        OscalCatalogReader.optionalString(anImport, "href"),
        includeAll,
        calls(anImport, "include-controls", at),
        calls(anImport, "exclude-controls", at));
  }

  private static List<Call> calls(JsonObject anImport, String name, String at) {
    List<JsonObject> objects = OscalCatalogReader.objects(anImport, name, at);
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      JsonObject call = objects.get(i);
      String callAt = at + "/" + name + "[" + i + "]";
      List<Pattern> matching = new ArrayList<>();
      for (JsonObject match : OscalCatalogReader.objects(call, "matching", callAt)) {
        String pattern = OscalCatalogReader.optionalString(match, "pattern");
        if (pattern != null) {
          matching.add(glob(pattern));
        }
      }
      calls.add(
          new Call(
              new LinkedHashSet<>(OscalCatalogReader.strings(call, "with-ids")),
              matching,
              "yes".equals(call.getString("with-child-controls", "no")),
              callAt));
    }
    return calls;
  }

  /** OSCAL's {@code matching} patterns are globs: {@code *} any characters, {@code ?} one. */
  static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }

  /**
   * The profile applied to a catalog: the ids of the selected controls and the adjustments to read
   * the catalog with. Every id the profile names must be in the catalog.
   *
   * @throws OscalFormatException naming every id the catalog lacks, and where the profile names it
   */
  public Resolution resolve(JsonObject catalogRoot) {
    CatalogIndex index = CatalogIndex.of(catalogRoot);
    List<String> problems = new ArrayList<>();
    Set<String> selected = new LinkedHashSet<>();
    for (Import anImport : imports) {
      Set<String> included = new LinkedHashSet<>();
      if (anImport.includeAll()) {
        included.addAll(index.ids());
      }
      for (Call call : anImport.includes()) {
        included.addAll(select(call, index, problems));
      }
      for (Call call : anImport.excludes()) {
        included.removeAll(select(call, index, problems));
      }
      selected.addAll(included);
    }
    Set<String> unknownAltered = new TreeSet<>(alters.keySet());
    unknownAltered.removeAll(index.ids());
    if (!unknownAltered.isEmpty()) {
      problems.add(
          "profile/modify/alters names controls that are not in the catalog: "
              + listed(unknownAltered)
              + ".");
    }
    if (!problems.isEmpty()) {
      throw new OscalFormatException(String.join(" ", problems));
    }
    Set<String> unknownParameters = new TreeSet<>(setParameters.keySet());
    unknownParameters.removeAll(index.parameterIds());
    return new Resolution(
        Set.copyOf(selected),
        new OscalAlterations(setParameters, alters),
        List.copyOf(unknownParameters));
  }

  private static Set<String> select(Call call, CatalogIndex index, List<String> problems) {
    Set<String> ids = new LinkedHashSet<>();
    Set<String> unknown = new TreeSet<>();
    for (String id : call.ids()) {
      if (index.ids().contains(id)) {
        ids.add(id);
      } else {
        unknown.add(id);
      }
    }
    for (Pattern pattern : call.matching()) {
      index.ids().stream().filter(id -> pattern.matcher(id).matches()).forEach(ids::add);
    }
    if (!unknown.isEmpty() && unknown.size() == call.ids().size() && unknown.size() > 1) {
      problems.add(
          "None of the "
              + unknown.size()
              + " controls that "
              + call.at()
              + " names is in this catalog ("
              + listed(unknown)
              + "). Is it the catalog the profile imports?");
    } else if (!unknown.isEmpty()) {
      problems.add(
          call.at()
              + " names "
              + (unknown.size() == 1 ? "a control" : unknown.size() + " controls")
              + " that the catalog does not have: "
              + listed(unknown)
              + ".");
    }
    if (call.withChildControls()) {
      for (String id : List.copyOf(ids)) {
        ids.addAll(index.descendants(id));
      }
    }
    return ids;
  }

  /** Up to ten ids, then how many more: enough to find the problem, short enough to read. */
  private static String listed(Set<String> ids) {
    List<String> shown = ids.stream().limit(10).toList();
    return String.join(", ", shown)
        + (ids.size() > shown.size() ? " and " + (ids.size() - shown.size()) + " more" : "");
  }

  /**
   * What resolution gives.
   *
   * @param selected the ids of the selected controls
   * @param adjustments the set parameters and alterations, for {@link OscalCatalogReader}
   * @param unknownParameters parameters the profile sets that the catalog does not have (ignored)
   */
  public record Resolution(
      Set<String> selected,
      OscalCatalogReader.Adjustments adjustments,
      List<String> unknownParameters) {}

  /** The catalog's control ids, with their children, and its parameter ids. */
  private record CatalogIndex(
      Set<String> ids, Map<String, List<String>> children, Set<String> parameterIds) {

    static CatalogIndex of(JsonObject root) {
      JsonObject catalog = OscalCatalogReader.object(root, "catalog", "the catalog file");
      CatalogIndex index =
          new CatalogIndex(new LinkedHashSet<>(), new LinkedHashMap<>(), new LinkedHashSet<>());
      index.walk(catalog, null);
      return index;
    }

    private void walk(JsonObject node, String parentControl) {
      if (node.get("params") instanceof jakarta.json.JsonArray params) {
        for (JsonValue parameter : params) {
          if (parameter instanceof JsonObject object
              && object.get("id") instanceof jakarta.json.JsonString id) {
            parameterIds.add(id.getString());
          }
        }
      }
      for (String child : List.of("groups", "controls")) {
        if (node.get(child) instanceof jakarta.json.JsonArray array) {
          for (JsonValue value : array) {
            if (value instanceof JsonObject object) {
              String id = child.equals("controls") ? object.getString("id", null) : null;
              if (id != null) {
                ids.add(id);
                if (parentControl != null) {
                  children.computeIfAbsent(parentControl, p -> new ArrayList<>()).add(id);
                }
              }
              walk(object, id != null ? id : parentControl);
            }
          }
        }
      }
    }

    List<String> descendants(String id) {
      List<String> all = new ArrayList<>();
      for (String child : children.getOrDefault(id, List.of())) {
        all.add(child);
        all.addAll(descendants(child));
      }
      return all;
    }
  }
}
