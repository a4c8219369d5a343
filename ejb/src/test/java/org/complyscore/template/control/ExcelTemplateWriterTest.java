package org.complyscore.template.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.Category;
import org.complyscore.action.entity.Enforcement;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestingCombination;
import org.complyscore.action.entity.TestingLogic;
import org.complyscore.assessment.entity.TemplateSource;
import org.complyscore.template.control.TemplateDraft.ActionDraft;
import org.complyscore.template.control.TemplateDraft.ControlDraft;
import org.complyscore.template.control.TemplateDraft.FamilyDraft;
import org.junit.jupiter.api.Test;

class ExcelTemplateWriterTest {

  private final ExcelTemplateWriter writer = new ExcelTemplateWriter();
  private final ExcelTemplateReader reader = new ExcelTemplateReader();

  @Test
  void theSampleReadsBackAsItWasWritten() throws IOException {
    TemplateDraft sample = ExcelTemplateWriter.sample();

    assertThat(reader.read(new ByteArrayInputStream(write(sample)))).isEqualTo(sample);
  }

  @Test
  void theSampleIsSmallButShowsEveryFeature() {
    TemplateDraft sample = ExcelTemplateWriter.sample();

    assertThat(sample.title()).isEqualTo("Sample: Acceptable use and access policy");
    assertThat(sample.product()).isEqualTo("Your organization");
    assertThat(sample.regulation()).isEqualTo("Internal policy");
    assertThat(sample.source()).isEqualTo(TemplateSource.EXCEL);
    assertThat(sample.families()).extracting(FamilyDraft::key).containsExactly("AUP", "AC");
    assertThat(sample.controlCount()).isEqualTo(5);
    assertThat(sample.distinctActions()).hasSize(6);
    assertThat(
            sample.distinctActions().stream()
                .filter(a -> a.owner() == ActionOwner.PROVIDER)
                .map(ActionDraft::title))
        .containsExactly("Provider requires multi-factor authentication for its administrators");
    String shared =
        "Have every person acknowledge the acceptable use policy before they get an account";
    assertThat(
            sample.families().stream()
                .flatMap(f -> f.controls().stream())
                .filter(c -> c.actions().stream().anyMatch(a -> a.title().equals(shared)))
                .map(ControlDraft::key))
        .containsExactly("AUP-2", "AC-1");
    assertThat(sample.distinctActions())
        .extracting(ActionDraft::category)
        .allMatch(Category.STANDARD::contains);
    assertThat(
            sample.distinctActions().stream()
                .filter(a -> a.testing().isAutomatable())
                .map(ActionDraft::title))
        .containsExactly("Require multi-factor authentication for all accounts");
    // 27 + 1 + 27 + 5 + 27 + 27: defaults of purpose and enforcement, and one given value.
    assertThat(sample.maximumScore()).isEqualTo(114);
  }

  @Test
  void writesTheFormatSheetBySheetWithBoldFrozenHeaders() throws IOException {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(write(ExcelTemplateWriter.sample())))) {
      assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
          .containsExactly("Template", "ControlFamily", "Actions", "Dimensions");
      assertHeader(workbook.getSheet("Template"), "Field", "Value");
      assertHeader(
          workbook.getSheet("ControlFamily"),
          "Family",
          "Family title",
          "Control",
          "Control title",
          "Statement",
          "Guidance",
          "Assessment objectives",
          "Source id",
          "Actions");
      assertHeader(
          workbook.getSheet("Actions"),
          "Action",
          "Description",
          "How to implement",
          "Implementation type",
          "Purpose",
          "Enforcement",
          "Owner",
          "Points",
          "Category",
          "Solution",
          "Checks",
          "Check combination");
      assertHeader(workbook.getSheet("Dimensions"), "Dimension", "Value");

      assertThat(rows(workbook.getSheet("Template")))
          .containsExactly(
              List.of("Field", "Value"),
              List.of("Title", "Sample: Acceptable use and access policy"),
              List.of("Product", "Your organization"),
              List.of("Regulation", "Internal policy"),
              List.of("Version", "1.0"),
              List.of(
                  "Source reference",
                  "ComplyScore sample template; adapt it to your organization."));

      XSSFSheet families = workbook.getSheet("ControlFamily");
      assertThat(rows(families).get(1))
          .containsExactly(
              "AUP",
              "Acceptable use",
              "AUP-1",
              "Acceptable use policy",
              "The organization documents, approves and publishes rules for the acceptable use"
                  + " of its information systems and data, and keeps them current.",
              "Short rules that people read beat long ones that nobody does.",
              "Examine the policy, its approval and the date of its last review.",
              "aup-1",
              "Publish an acceptable use policy\nReview the acceptable use policy every year");
      assertThat(families.getLastRowNum()).isEqualTo(5);

      XSSFSheet actions = workbook.getSheet("Actions");
      assertThat(rows(actions).get(6))
          .containsExactly(
              "Provider requires multi-factor authentication for its administrators",
              "The hosting provider's administrators sign in to the platform with a second"
                  + " factor; the provider implements and tests this.",
              "",
              "Technical",
              "Preventive",
              "Mandatory",
              "Service provider",
              "",
              "Control access",
              "",
              "",
              "");
      // The checks one per line, the combination in words, as a person would type them.
      assertThat(rows(actions).get(5).subList(10, 12))
          .containsExactly("idp.legacy-sign-in-blocked\nidp.mfa-enrolled", "Average");
      assertThat(rows(actions).get(1).subList(10, 12)).containsExactly("", "");
      XSSFCell points = actions.getRow(4).getCell(7);
      assertThat(points.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(points.getNumericCellValue()).isEqualTo(5.0);

      assertThat(rows(workbook.getSheet("Dimensions")))
          .containsExactly(
              List.of("Dimension", "Value"),
              List.of("Category", "Manage compliance"),
              List.of("Category", "Control access"),
              List.of("Category", "Discover and respond"),
              List.of("Solution", "Policy management"),
              List.of("Solution", "Identity and access management"),
              List.of("Solution", "Security monitoring"));

      // Wide enough to read: titles and texts get far more than Excel's 8 characters.
      assertThat(actions.getColumnWidth(0) / 256).isGreaterThanOrEqualTo(40);
      assertThat(families.getColumnWidth(4) / 256).isGreaterThanOrEqualTo(40);
    }
  }

  @Test
  void aTemplateWithoutActionsOrOptionalTextsReadsBack() throws IOException {
    // As an OSCAL import gives it: controls without actions, most texts missing.
    TemplateDraft draft =
        new TemplateDraft(
            "NIST SP 800-53 Rev 5 LOW",
            "Your organization",
            "NIST SP 800-53 Rev 5",
            null,
            TemplateSource.EXCEL,
            null,
            List.of(
                new FamilyDraft(
                    "AC",
                    "Access Control",
                    List.of(
                        new ControlDraft(
                            "AC-2(1)",
                            "ac-2.1",
                            "Automated Account Management",
                            null,
                            null,
                            null,
                            List.of())))));

    assertThat(reader.read(new ByteArrayInputStream(write(draft)))).isEqualTo(draft);
  }

  @Test
  void testingLogicReadsBackWithEitherCombination() throws IOException {
    ActionDraft tls =
        action("Serve the site over TLS only", ActionOwner.ORGANIZATION)
            .testedBy(
                TestingLogic.of(
                    List.of("web.tls", "web.hsts"), TestingCombination.ANY_FAILURE_FAILS));
    ActionDraft patched =
        action("Patch every server within 14 days", ActionOwner.ORGANIZATION)
            .testedBy(TestingLogic.of(List.of("host:patch-age"), TestingCombination.AVERAGE));
    ActionDraft byPeople = action("Review the firewall rules", ActionOwner.ORGANIZATION);
    ActionDraft provider = action("Provider patches its platform", ActionOwner.PROVIDER);
    TemplateDraft draft =
        new TemplateDraft(
            "Hardening",
            "Your organization",
            "Internal policy",
            null,
            TemplateSource.EXCEL,
            null,
            List.of(
                new FamilyDraft(
                    "H",
                    "Hardening",
                    List.of(
                        new ControlDraft(
                            "H-1",
                            null,
                            "Servers",
                            null,
                            null,
                            null,
                            List.of(tls, patched, byPeople, provider))))));
    byte[] workbook = write(draft);

    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      assertThat(rows(read.getSheet("Actions")))
          .extracting(row -> row.subList(10, 12))
          .containsExactly(
              List.of("Checks", "Check combination"),
              List.of("web.hsts\nweb.tls", "Any failure fails"),
              List.of("host:patch-age", "Average"),
              List.of("", ""),
              List.of("", ""));
    }
    assertThat(reader.read(new ByteArrayInputStream(workbook))).isEqualTo(draft);
  }

  private static ActionDraft action(String title, ActionOwner owner) {
    return new ActionDraft(
        title,
        null,
        null,
        ImplementationType.TECHNICAL,
        Purpose.PREVENTIVE,
        Enforcement.MANDATORY,
        owner,
        null,
        null,
        null);
  }

  @Test
  void textThatLooksLikeAFormulaStaysText() throws IOException {
    ActionDraft action =
        new ActionDraft(
            "=HYPERLINK(\"http://example.invalid\",\"Click\")",
            "+1 for safety",
            "@everyone",
            ImplementationType.OPERATIONAL,
            Purpose.CORRECTIVE,
            Enforcement.DISCRETIONARY,
            ActionOwner.ORGANIZATION,
            99,
            null,
            null);
    TemplateDraft draft =
        new TemplateDraft(
            "-Dashes first",
            "Product",
            "Regulation",
            "=1+1",
            TemplateSource.EXCEL,
            null,
            List.of(
                new FamilyDraft(
                    "F",
                    "Family",
                    List.of(
                        new ControlDraft(
                            "C-1", null, "Control", null, null, null, List.of(action))))));
    byte[] workbook = write(draft);

    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      assertThat(read.getSheet("Actions").getRow(1).getCell(0).getCellType())
          .isEqualTo(CellType.STRING);
    }
    assertThat(reader.read(new ByteArrayInputStream(workbook))).isEqualTo(draft);
  }

  private byte[] write(TemplateDraft draft) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(draft, out);
    return out.toByteArray();
  }

  private static void assertHeader(XSSFSheet sheet, String... headers) {
    Row header = sheet.getRow(0);
    assertThat(rows(sheet).get(0)).containsExactly(headers);
    for (int column = 0; column < headers.length; column++) {
      assertThat(
              sheet
                  .getWorkbook()
                  .getFontAt(header.getCell(column).getCellStyle().getFontIndex())
                  .getBold())
          .as("%s header %s in bold", sheet.getSheetName(), headers[column])
          .isTrue();
    }
    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
  }

  /** Each row's cells as text, up to the header's last column. */
  private static List<List<String>> rows(Sheet sheet) {
    DataFormatter formatter = new DataFormatter();
    int width = sheet.getRow(0).getLastCellNum();
    return IntStream.rangeClosed(0, sheet.getLastRowNum())
        .mapToObj(
            r ->
                IntStream.range(0, width)
                    .mapToObj(
                        c -> {
                          Row row = sheet.getRow(r);
                          Cell cell = row == null ? null : row.getCell(c);
                          return cell == null ? "" : formatter.formatCellValue(cell);
                        })
                    .toList())
        .toList();
  }
}
