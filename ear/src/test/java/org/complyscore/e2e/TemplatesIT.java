package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.complyscore.e2e.support.Mailbox;
import org.complyscore.e2e.support.TestAccounts;
import org.complyscore.e2e.support.WebSession;
import org.complyscore.e2e.support.WebSession.Part;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Templates over REST (F44–F47): the NIST HIGH baseline imported from its profile and the full
 * catalog as multipart/form-data, first reviewed (nothing stored), then for real; its details, its
 * export as a workbook and the control removal; the sample workbook imported, exported, extended;
 * and every refusal — wrong model, malformed JSON, ids the catalog lacks, no catalog, a workbook's
 * problems by sheet, row and column, no multipart, too large, a Reader — with a clear 4xx and
 * nothing stored.
 */
class TemplatesIT {

  static final String CATALOG = "oscal/nist-800-53-rev5-catalog-v5.0.1-oscal-1.0.0.json";
  static final String HIGH = "oscal/nist-800-53-rev5-high-profile.json";
  static final String LOW = "oscal/nist-800-53-rev5-low-profile.json";

  private static final String IMPORT = "api/templates/import/oscal";
  private static final String EXCEL = "api/templates/import/excel";
  static final String SAMPLE_TESTED_ACTION = "Require multi-factor authentication for all accounts";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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

    // Its export is a workbook with a row per control.
    HttpResponse<byte[]> exported = owner.download("api/templates/" + id + "/workbook");
    assertThat(exported.statusCode()).isEqualTo(200);
    assertThat(exported.headers().firstValue("Content-Type")).get().asString().startsWith(XLSX);
    assertThat(exported.body()).startsWith('P', 'K', 3, 4);
    try (XSSFWorkbook workbook = open(exported.body())) {
      assertThat(workbook.getSheet("ControlFamily").getLastRowNum()).isEqualTo(370);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    // The pages show it.
    assertThat(owner.get("templates/list").body()).contains(title);
    String page = owner.get("templates/details?id=" + id).body();
    assertThat(page).contains(title).contains("id=\"fact-controls\">370<");
  }

  @Test
  void theSampleWorkbookIsImportedFromExcelExportedAndExtended() throws IOException {
    HttpResponse<byte[]> sample = owner.download("api/templates/sample-workbook");
    assertThat(sample.statusCode()).isEqualTo(200);
    assertThat(sample.headers().firstValue("Content-Type")).get().asString().startsWith(XLSX);
    assertThat(sample.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .startsWith("attachment; filename=\"complyscore-template-sample.xlsx\"");
    try (XSSFWorkbook workbook = open(sample.body())) {
      assertThat(workbook.getSheet("Template")).isNotNull();
      assertThat(workbook.getSheet("ControlFamily")).isNotNull();
      assertThat(workbook.getSheet("Actions")).isNotNull();
      assertThat(workbook.getSheet("Dimensions")).isNotNull();
    }
    List<String> before = titles();

    HttpResponse<String> review =
        owner.multipart(
            EXCEL + "?review=true", List.of(Part.file("workbook", "sample.xlsx", sample.body())));
    assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
    assertThat(object(review).getInt("controls")).isEqualTo(5);
    assertThat(object(review).getInt("actions")).isEqualTo(6);
    assertThat(object(review).getString("source")).isEqualTo("EXCEL");
    assertThat(titles()).isEqualTo(before);

    String title = "Sample policy " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        owner.multipart(
            EXCEL,
            List.of(
                Part.file("workbook", "sample.xlsx", sample.body()), Part.field("title", title)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = object(created).getJsonNumber("id").longValue();
    assertThat(object(created).getString("source")).isEqualTo("EXCEL");

    // The action the sample has tested by monitoring lists its checks (F31).
    JsonObject mfa =
        controlsOf(object(owner.get("api/templates/" + id))).stream()
            .flatMap(c -> c.getJsonArray("actions").getValuesAs(JsonObject.class).stream())
            .filter(a -> a.getString("title").equals(SAMPLE_TESTED_ACTION))
            .findFirst()
            .orElseThrow();
    assertThat(mfa.getJsonArray("checkIds").getValuesAs(JsonString::getString))
        .containsExactly("idp.legacy-sign-in-blocked", "idp.mfa-enrolled");
    assertThat(mfa.getString("combination")).isEqualTo("AVERAGE");

    // The export is the import format under the template's title, with a name safe as a file name.
    HttpResponse<byte[]> exported = owner.download("api/templates/" + id + "/workbook");
    assertThat(exported.statusCode()).isEqualTo(200);
    assertThat(exported.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .startsWith("attachment; filename=\"" + title + ".xlsx\"");
    byte[] extension;
    try (XSSFWorkbook workbook = open(exported.body())) {
      assertThat(cell(workbook.getSheet("Template"), "Value", 1)).isEqualTo(title);
      Sheet actions = workbook.getSheet("Actions");
      int tested =
          java.util.stream.IntStream.rangeClosed(1, actions.getLastRowNum())
              .filter(r -> cell(actions, "Action", r).equals(SAMPLE_TESTED_ACTION))
              .findFirst()
              .orElseThrow();
      assertThat(cell(actions, "Checks", tested))
          .isEqualTo("idp.legacy-sign-in-blocked\nidp.mfa-enrolled");
      assertThat(cell(actions, "Check combination", tested)).isEqualTo("Average");
      Sheet families = workbook.getSheet("ControlFamily");
      assertThat(families.getLastRowNum()).isEqualTo(5);
      // One control more, in the first family, served by the first action.
      Row added = families.createRow(6);
      set(added, families, "Family", cell(families, "Family", 1));
      set(added, families, "Family title", cell(families, "Family title", 1));
      set(added, families, "Control", "OUR-1");
      set(added, families, "Control title", "Our own control");
      set(added, families, "Actions", cell(workbook.getSheet("Actions"), "Action", 1));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      extension = out.toByteArray();
    }
    String extensionPath = "api/templates/" + id + "/extension";
    HttpResponse<String> extensionReview =
        owner.multipart(
            extensionPath + "?review=true",
            List.of(Part.file("workbook", "extension.xlsx", extension)));
    assertThat(extensionReview.statusCode()).as(extensionReview.body()).isEqualTo(200);
    assertThat(object(extensionReview).getJsonArray("notes").getString(0))
        .contains("1 of the workbook's 6 controls are new");
    assertThat(object(owner.get("api/templates/" + id)).getJsonObject("row").getInt("revision"))
        .isEqualTo(1);
    HttpResponse<String> extended =
        owner.multipart(extensionPath, List.of(Part.file("workbook", "extension.xlsx", extension)));
    assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
    assertThat(object(extended).getInt("controlsAdded")).isEqualTo(1);
    assertThat(object(extended).getInt("revision")).isEqualTo(2);
    assertThat(object(extended).getJsonObject("template").getInt("controls")).isEqualTo(6);
    assertThat(controlsOf(object(owner.get("api/templates/" + id))))
        .extracting(c -> c.getString("key"))
        .contains("OUR-1");

    // The sample extends only its own template.
    HttpResponse<String> wrongTemplate =
        owner.multipart(
            "api/templates/" + firstTemplateOtherThan(id) + "/extension?review=true",
            List.of(Part.file("workbook", "extension.xlsx", extension)));
    assertThat(wrongTemplate.statusCode()).as(wrongTemplate.body()).isEqualTo(400);
  }

  @Test
  void aWorkbookWithProblemsIsRefusedWithEachProblemWhereExcelShowsIt() throws IOException {
    List<String> before = titles();
    byte[] broken;
    try (XSSFWorkbook workbook = open(owner.download("api/templates/sample-workbook").body())) {
      Sheet actions = workbook.getSheet("Actions");
      set(actions.getRow(1), actions, "Purpose", "Sometimes");
      Sheet families = workbook.getSheet("ControlFamily");
      set(families.getRow(2), families, "Control title", "");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      broken = out.toByteArray();
    }
    HttpResponse<String> refused =
        owner.multipart(EXCEL, List.of(Part.file("workbook", "broken.xlsx", broken)));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonArray errors = object(refused).getJsonArray("errors");
    assertThat(errors).hasSizeGreaterThanOrEqualTo(2);
    List<String> where =
        errors.getValuesAs(JsonObject.class).stream()
            .map(
                e ->
                    e.getString("sheet", "") + "!" + e.getInt("row", 0) + e.getString("column", ""))
            .toList();
    assertThat(where).contains("Actions!2" + column(workbook(broken), "Actions", "Purpose"));
    assertThat(where)
        .contains("ControlFamily!3" + column(workbook(broken), "ControlFamily", "Control title"));
    assertThat(errors.getValuesAs(JsonObject.class))
        .allSatisfy(e -> assertThat(e.getString("name")).isEqualTo("workbook"));
    assertThat(object(refused).getString("detail")).contains("problems");

    HttpResponse<String> notAWorkbook =
        owner.multipart(
            EXCEL,
            List.of(
                Part.file("workbook", "t.xlsx", "Title;Product".getBytes(StandardCharsets.UTF_8))));
    assertThat(notAWorkbook.statusCode()).isEqualTo(400);
    assertThat(object(notAWorkbook).getString("detail")).contains("is not an Excel workbook");
    HttpResponse<String> none = owner.multipart(EXCEL, List.of(Part.field("title", "x")));
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(firstError(none).getString("name")).isEqualTo("workbook");
    assertThat(titles()).isEqualTo(before);
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

  private static long firstTemplateOtherThan(long id) {
    return array(owner.get("api/templates")).getValuesAs(JsonObject.class).stream()
        .mapToLong(t -> t.getJsonNumber("id").longValue())
        .filter(other -> other != id)
        .findFirst()
        .orElseThrow();
  }

  private static XSSFWorkbook open(byte[] xlsx) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
  }

  private static XSSFWorkbook workbook(byte[] xlsx) {
    try {
      return open(xlsx);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The column's index in the sheet's header row. */
  private static int index(Sheet sheet, String header) {
    for (Cell cell : sheet.getRow(0)) {
      if (cell.getStringCellValue().equalsIgnoreCase(header)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError(sheet.getSheetName() + " has no column " + header);
  }

  /** The column's letter, as a problem names it. */
  private static String column(XSSFWorkbook workbook, String sheet, String header) {
    return CellReference.convertNumToColString(index(workbook.getSheet(sheet), header));
  }

  private static String cell(Sheet sheet, String header, int row) {
    Cell cell = sheet.getRow(row).getCell(index(sheet, header));
    return cell == null ? "" : new DataFormatter().formatCellValue(cell);
  }

  private static void set(Row row, Sheet sheet, String header, String value) {
    row.createCell(index(sheet, header)).setCellValue(value);
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
