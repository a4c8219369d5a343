package org.complyscore.assessment.control;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which controls an OSCAL profile takes from its catalogs: {@code include-all}, or {@code
 * include-controls} with {@code with-ids}, less {@code exclude-controls}. Ids are compared as OSCAL
 * ids ({@code ac-2.1}); an enhancement is selected only when the profile names it.
 */
public record OscalProfileSelection(
    boolean includeAll, Set<String> included, Set<String> excluded) {

  public boolean selects(String controlId) {
    return (includeAll || included.contains(controlId)) && !excluded.contains(controlId);
  }

  public static OscalProfileSelection read(InputStream json) {
    JsonObject root = OscalCatalogReader.parse(json);
    if (!(root.get("profile") instanceof JsonObject profile)) {
      throw new OscalFormatException(
          "This is not an OSCAL profile: it has no \"profile\" object at the top"
              + (root.containsKey("catalog") ? " (it is a catalog)." : "."));
    }
    List<JsonObject> imports = OscalCatalogReader.objects(profile, "imports", "profile");
    if (imports.isEmpty()) {
      throw new OscalFormatException("profile/imports is empty: the profile selects nothing.");
    }
    boolean includeAll = false;
    Set<String> included = new LinkedHashSet<>();
    Set<String> excluded = new LinkedHashSet<>();
    for (int i = 0; i < imports.size(); i++) {
      String at = "profile/imports[" + i + "]";
      JsonObject anImport = imports.get(i);
      includeAll |= anImport.get("include-all") instanceof JsonObject;
      withIds(anImport, "include-controls", at, included);
      withIds(anImport, "exclude-controls", at, excluded);
      if (!anImport.containsKey("include-all") && !anImport.containsKey("include-controls")) {
        throw new OscalFormatException(
            at + " has neither include-all nor include-controls: it selects nothing.");
      }
    }
    return new OscalProfileSelection(includeAll, Set.copyOf(included), Set.copyOf(excluded));
  }

  private static void withIds(JsonObject anImport, String name, String at, Set<String> ids) {
    for (JsonObject selection : OscalCatalogReader.objects(anImport, name, at)) {
      ids.addAll(OscalCatalogReader.strings(selection, "with-ids"));
    }
  }
}
