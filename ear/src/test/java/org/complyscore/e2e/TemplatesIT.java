package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.complyscore.e2e.support.Mailbox;
import org.complyscore.e2e.support.TestAccounts;
import org.complyscore.e2e.support.WebSession;
import org.complyscore.e2e.support.WebSession.Part;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Templates over REST (F44, F45, F47): the NIST HIGH baseline imported from its profile and the
 * full catalog as multipart/form-data, first reviewed (nothing stored), then for real; its details
 * and the control removal; and every refusal — wrong model, malformed JSON, ids the catalog lacks,
 * no catalog, no multipart, too large, a Reader — with a clear 4xx and nothing stored.
 */
class TemplatesIT {

  static final String CATALOG = "oscal/nist-800-53-rev5-catalog-v5.0.1-oscal-1.0.0.json";
  static final String HIGH = "oscal/nist-800-53-rev5-high-profile.json";
  static final String LOW = "oscal/nist-800-53-rev5-low-profile.json";

  private static final String IMPORT = "api/templates/import/oscal";

  private static final WebSession owner = new WebSession();
  private static Mailbox mailbox;

  @BeforeAll
  static void signIn() {
    owner.signInAsAdmin();
    mailbox = Mailbox.start();
  }

  @AfterAll
  static void stopMail() {
    mailbox.close();
  }

  @Test
  void theHighBaselineIsReviewedWithoutBeingStoredThenImportedAndListed() {
    List<String> before = titles();

    HttpResponse<String> review = owner.multipart(IMPORT + "?review=true", highWithCatalog());
    assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
    JsonObject reviewed = object(review);
    assertThat(reviewed.getInt("controls")).isEqualTo(370);
    assertThat(reviewed.getInt("families")).isEqualTo(18);
    assertThat(reviewed.getJsonArray("familyCounts")).hasSize(18);
    int familyControls =
        reviewed.getJsonArray("familyCounts").getValuesAs(JsonObject.class).stream()
            .mapToInt(f -> f.getInt("controls"))
            .sum();
    assertThat(familyControls).isEqualTo(370);
    assertThat(reviewed.getInt("actions")).isPositive();
    assertThat(reviewed.getInt("maximumScore")).isPositive();
    assertThat(reviewed.getString("title")).contains("HIGH");
    assertThat(reviewed.getString("source")).isEqualTo("OSCAL");
    assertThat(reviewed.getBoolean("titleTaken")).isFalse();
    assertThat(titles()).as("a review stores nothing").isEqualTo(before);

    String title = "NIST HIGH " + UUID.randomUUID().toString().substring(0, 8);
    List<Part> parts = new ArrayList<>(highWithCatalog());
    parts.add(Part.field("title", title));
    parts.add(Part.field("product", "Corporate IT"));
    HttpResponse<String> created = owner.multipart(IMPORT, parts);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject row = object(created);
    long id = row.getJsonNumber("id").longValue();
    assertThat(created.headers().firstValue("Location"))
        .get()
        .asString()
        .endsWith("/api/templates/" + id);
    assertThat(row.getString("title")).isEqualTo(title);
    assertThat(row.getString("product")).isEqualTo("Corporate IT");
    assertThat(row.getString("regulation")).isEqualTo(reviewed.getString("regulation"));
    assertThat(row.getInt("controls")).isEqualTo(370);
    assertThat(row.getInt("families")).isEqualTo(18);
    assertThat(row.getInt("maximumScore")).isEqualTo(reviewed.getInt("maximumScore"));
    assertThat(row.getInt("revision")).isEqualTo(1);

    assertThat(titles()).contains(title).hasSize(before.size() + 1);
    JsonObject details = object(owner.get("api/templates/" + id));
    assertThat(controlsOf(details)).hasSize(370);
    assertThat(details.getJsonArray("families")).hasSize(18);
    JsonObject ac2 =
        controlsOf(details).stream()
            .filter(c -> c.getString("key").equals("AC-2"))
            .findFirst()
            .get();
    assertThat(ac2.getString("statement")).isNotBlank();
    assertThat(ac2.getJsonArray("actions")).isNotEmpty();

    // The same title again: reviewed as taken, refused when imported, nothing stored.
    HttpResponse<String> again = owner.multipart(IMPORT + "?review=true", parts);
    assertThat(object(again).getBoolean("titleTaken")).isTrue();
    HttpResponse<String> clash = owner.multipart(IMPORT, parts);
    assertThat(clash.statusCode()).as(clash.body()).isEqualTo(400);
    assertThat(firstError(clash).getString("name")).isEqualTo("title");
    assertThat(titles()).hasSize(before.size() + 1);

    // The pages show it.
    assertThat(owner.get("templates/list").body()).contains(title);
    String page = owner.get("templates/details?id=" + id).body();
    assertThat(page).contains(title).contains("id=\"fact-controls\">370<");
  }

  @Test
  void aControlIsRemovedAsANewRevision() {
    String title = "NIST LOW " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        owner.multipart(
            IMPORT,
            List.of(file("catalog", CATALOG), file("profile", LOW), Part.field("title", title)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = object(created).getJsonNumber("id").longValue();
    JsonObject details = object(owner.get("api/templates/" + id));
    assertThat(controlsOf(details)).hasSize(149);
    long ac2 =
        controlsOf(details).stream()
            .filter(c -> c.getString("key").equals("AC-2"))
            .findFirst()
            .get()
            .getJsonNumber("id")
            .longValue();

    HttpResponse<String> removed =
        owner.json("DELETE", "api/templates/" + id + "/controls/" + ac2, null);
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    assertThat(object(removed).getInt("revision")).isEqualTo(2);
    assertThat(object(removed).getInt("controls")).isEqualTo(148);
    assertThat(controlsOf(object(owner.get("api/templates/" + id))))
        .extracting(c -> c.getString("key"))
        .doesNotContain("AC-2")
        .hasSize(148);

    HttpResponse<String> again =
        owner.json("DELETE", "api/templates/" + id + "/controls/" + ac2, null);
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(firstError(again).getString("name")).isEqualTo("control");
    HttpResponse<String> noTemplate =
        owner.json("DELETE", "api/templates/999999999/controls/" + ac2, null);
    assertThat(noTemplate.statusCode()).isEqualTo(404);
    assertThat(object(noTemplate).getString("detail")).contains("There is no template 999999999");
  }

  @Test
  void unreadableUploadsAre400NamingThePartAndStoreNothing() {
    List<String> before = titles();

    // A profile given as the catalog.
    HttpResponse<String> swapped =
        owner.multipart(IMPORT, List.of(file("catalog", HIGH), file("profile", HIGH)));
    assertThat(swapped.statusCode()).as(swapped.body()).isEqualTo(400);
    assertThat(firstError(swapped).getString("name")).isEqualTo("catalog");
    assertThat(object(swapped).getString("detail"))
        .contains("is not an OSCAL catalog: it is an OSCAL profile");

    // Malformed JSON: where it breaks.
    byte[] catalog = resource(CATALOG);
    byte[] broken = new byte[4000];
    System.arraycopy(catalog, 0, broken, 0, broken.length);
    HttpResponse<String> malformed =
        owner.multipart(IMPORT, List.of(Part.file("catalog", "catalog.json", broken)));
    assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(400);
    assertThat(firstError(malformed).getString("name")).isEqualTo("catalog");
    assertThat(object(malformed).getString("detail")).contains("is not valid JSON near line");

    // A profile naming controls the catalog does not have.
    String unknown =
        new String(resource(LOW), StandardCharsets.UTF_8).replaceFirst("\"ac-1\"", "\"zz-99\"");
    HttpResponse<String> unknownIds =
        owner.multipart(
            IMPORT,
            List.of(
                file("catalog", CATALOG),
                Part.file("profile", "low.json", unknown.getBytes(StandardCharsets.UTF_8))));
    assertThat(unknownIds.statusCode()).as(unknownIds.body()).isEqualTo(400);
    assertThat(firstError(unknownIds).getString("name")).isEqualTo("profile");
    assertThat(object(unknownIds).getString("detail")).contains("zz-99");

    // A profile alone.
    HttpResponse<String> noCatalog = owner.multipart(IMPORT, List.of(file("profile", LOW)));
    assertThat(noCatalog.statusCode()).as(noCatalog.body()).isEqualTo(400);
    assertThat(firstError(noCatalog).getString("name")).isEqualTo("catalog");
    assertThat(object(noCatalog).getString("detail")).contains("needs that catalog too");

    // Not a JSON file by its name.
    HttpResponse<String> xml =
        owner.multipart(IMPORT, List.of(Part.file("catalog", "catalog.xml", catalog)));
    assertThat(xml.statusCode()).isEqualTo(400);
    assertThat(object(xml).getString("detail")).contains("must be a .json file");

    assertThat(titles()).isEqualTo(before);
  }

  @Test
  void onlyMultipartIsTakenAndNothingLargerThanTheLimit() {
    List<String> before = titles();
    HttpResponse<String> json = owner.json("POST", IMPORT, "{\"catalog\":\"x\"}");
    assertThat(json.statusCode()).as(json.body()).isEqualTo(415);
    assertThat(json.headers().firstValue("Content-Type")).get().asString().contains("problem+json");
    assertThat(object(json).getString("detail")).contains("multipart/form-data");

    // 21 MB: one more than a template file may have.
    byte[] large = new byte[21 * 1024 * 1024];
    java.util.Arrays.fill(large, (byte) ' ');
    large[0] = '{';
    HttpResponse<String> tooLarge =
        owner.multipart(IMPORT, List.of(Part.file("catalog", "large.json", large)));
    assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
    assertThat(object(tooLarge).getString("detail")).contains("larger than 20 MB");
    assertThat(firstError(tooLarge).getString("name")).isEqualTo("catalog");

    // A page of another site posting a form.
    HttpResponse<String> crossSite =
        owner.multipartWithHeader(
            IMPORT, List.of(file("catalog", CATALOG)), "Origin", "https://elsewhere.example");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(titles()).isEqualTo(before);
  }

  @Test
  void aReaderSeesTemplatesButIsRefusedImportsAndRemovals() {
    WebSession reader = TestAccounts.create(mailbox, "READER").signedIn();
    List<String> before = titles();
    assertThat(reader.get("api/templates").statusCode()).isEqualTo(200);

    HttpResponse<String> refused = reader.multipart(IMPORT, highWithCatalog());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(reader.multipart(IMPORT + "?review=true", highWithCatalog()).statusCode())
        .isEqualTo(403);
    long anyTemplate =
        array(owner.get("api/templates")).getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(
            reader
                .json("DELETE", "api/templates/" + anyTemplate + "/controls/1", null)
                .statusCode())
        .isEqualTo(403);
    assertThat(reader.get("templates/import").statusCode()).isEqualTo(403);
    assertThat(reader.get("templates/list").body())
        .doesNotContain("import-oscal")
        .doesNotContain("cs-remove-control");
    assertThat(titles()).isEqualTo(before);
  }

  @Test
  void unknownTemplatesAre404AndABadAddressSaysSo() {
    HttpResponse<String> missing = owner.get("api/templates/999999999");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(object(missing).getString("detail")).contains("There is no template 999999999");

    HttpResponse<String> page = owner.get("templates/details?id=999999999");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("There is no template 999999999").doesNotContain("Caused by");
    HttpResponse<String> bad = owner.get("templates/details?id=abc");
    assertThat(bad.statusCode()).isEqualTo(404);
    assertThat(bad.body()).contains("is not the number of a template");
    HttpResponse<String> none = owner.get("templates/details");
    assertThat(none.statusCode()).isEqualTo(302);
    assertThat(none.headers().firstValue("Location")).get().asString().endsWith("/templates/list");
  }

  static List<Part> highWithCatalog() {
    return List.of(file("catalog", CATALOG), file("profile", HIGH));
  }

  static Part file(String name, String resource) {
    return Part.file(name, resource.substring(resource.lastIndexOf('/') + 1), resource(resource));
  }

  static byte[] resource(String name) {
    try (InputStream in = TemplatesIT.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("No test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> titles() {
    return array(owner.get("api/templates")).getValuesAs(JsonObject.class).stream()
        .map(t -> t.getString("title"))
        .sorted()
        .toList();
  }

  private static List<JsonObject> controlsOf(JsonObject details) {
    List<JsonObject> controls = new ArrayList<>();
    for (JsonValue family : details.getJsonArray("families")) {
      controls.addAll(family.asJsonObject().getJsonArray("controls").getValuesAs(JsonObject.class));
    }
    return controls;
  }

  private static JsonObject firstError(HttpResponse<String> response) {
    return object(response).getJsonArray("errors").getJsonObject(0);
  }

  static JsonObject object(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  static JsonArray array(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }
}
