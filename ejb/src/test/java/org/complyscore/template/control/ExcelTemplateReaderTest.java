package org.complyscore.template.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.complyscore.template.control.TestWorkbooks.row;
import static org.complyscore.template.control.TestWorkbooks.rows;
import static org.complyscore.template.control.TestWorkbooks.valid;
import static org.complyscore.template.control.TestWorkbooks.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.complyscore.action.entity.ActionOwner;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcelTemplateReaderTest {

  private static final String NOT_A_WORKBOOK =
      "The file is not an Excel workbook (.xlsx), or it is damaged. Open it in Excel, save it as"
          + " \"Excel Workbook (*.xlsx)\" and upload it again.";

  private static final String POINTS_RULE =
      "points are a whole number from 1 to 99, or blank for the default of purpose and"
          + " enforcement.";

  private final ExcelTemplateReader reader = new ExcelTemplateReader();

  @Test
  void readsAValidWorkbookIntoADraft() {
    TemplateDraft draft = read(xlsx(valid()));

    ActionDraft vpn =
        new ActionDraft(
            "Use the VPN",
            "All remote access goes through the company VPN.",
            null,
            ImplementationType.TECHNICAL,
            Purpose.PREVENTIVE,
            Enforcement.MANDATORY,
            ActionOwner.ORGANIZATION,
            null,
            "Control access",
            "Network access");
    ActionDraft lock =
        new ActionDraft(
            "Lock screens after five minutes",
            null,
            "- Set the policy in device management",
            ImplementationType.TECHNICAL,
            Purpose.PREVENTIVE,
            Enforcement.DISCRETIONARY,
            ActionOwner.ORGANIZATION,
            12,
            "Manage devices",
            null);
    assertThat(draft)
        .isEqualTo(
            new TemplateDraft(
                "Remote work",
                "Your organization",
                "Internal policy",
                "2025",
                TemplateSource.EXCEL,
                "Written by the security team",
                List.of(
                    new FamilyDraft(
                        "RW",
                        "Remote work",
                        List.of(
                            new ControlDraft(
                                "RW-1",
                                "rw-1",
                                "Secure connection",
                                "Remote access goes through the VPN.",
                                null,
                                null,
                                List.of(vpn)),
                            new ControlDraft(
                                "RW-2",
                                null,
                                "Locked screens",
                                null,
                                "People leave laptops alone in cafés.",
                                "Examine the screen-lock setting.",
                                List.of(lock, vpn)))))));
    assertThat(draft.maximumScore()).isEqualTo(27 + 12);
  }

  @Test
  void reportsEveryProblemOfAWorkbookAtOnceBySheetRowAndColumn() {
    Map<String, List<List<Object>>> sheets = valid();
    sheets.put(
        "Template",
        rows(
            row("Field", "Value"),
            row("Title", null),
            row("Product", "x".repeat(201)),
            row("Regulaton", "NIST"),
            row("Version", "1.0"),
            row("version", 2)));
    // Headers in another order and case, with a column the format does not know.
    sheets.put(
        "ControlFamily",
        rows(
            row(
                "control",
                "FAMILY",
                "Family Title",
                "Control title",
                "Notes",
                "Source id",
                "Actions",
                "Statement"),
            row("AC-1", "AC", "Access control", "Accounts", null, "ac-1", "Use MFA\nOrphan title"),
            row("AC-1", "AC", "Access Control", "Accounts again", null, null, "Use MFA"),
            row(null, null, null, null, "only a note: not a control"),
            row("AC-3", "AC", null, null, null, "2bad id", "use mfa"),
            row(null, "IA", null, "Identification", null, null, null),
            row(5, 7, "Seven", "t".repeat(501), null, null, "Use MFA"),
            row(
                (TestWorkbooks.CellSetup) c -> c.setCellErrorValue(FormulaError.NA.getCode()),
                "AC",
                null,
                "Broken",
                null,
                null,
                "Use MFA")));
    sheets.put(
        "Actions",
        rows(
            row(
                "Action",
                "Implementation type",
                "Purpose",
                "Owner",
                "Points",
                "Category",
                "Solution",
                "Description",
                "points"),
            row(
                "Use MFA",
                "Technical",
                "Preventive",
                "Your organization",
                null,
                "Control access",
                "Identity and access management"),
            row("Use MFA", "technical", "preventive", "provider"),
            row(
                "Unused action",
                "Documentation",
                "Sometimes",
                "Me",
                27.5,
                "Access",
                "Unknown solution"),
            row(null, "Automatic", null, "ORGANIZATION", 120),
            row("Two\nlines", "Technical", "Detective", "Provider", "abc", "Fancy stuff")));
    sheets.put(
        "Dimensions",
        rows(
            row("Dimension", "Value"),
            row("Category", "Control access"),
            row("Category", "Fancy stuff"),
            row("Solution", "Identity and access management"),
            row("Owner", "Me"),
            row("Solution", "s".repeat(151))));

    List<TemplateProblem> problems = problems(xlsx(sheets));

    String categories =
        "Control access, Discover and respond, Govern information, Infrastructure, Manage"
            + " compliance, Manage devices, Manage internal risks, Privacy management, Protect"
            + " against threats or Protect information";
    assertThat(problems)
        .containsExactly(
            // Template
            new TemplateProblem(
                "Template",
                0,
                "",
                "The sheet has no row for Regulation; add one with Regulation in column A and the"
                    + " regulation in column B."),
            new TemplateProblem(
                "Template", 2, "B", "The cell is blank; the template needs a title."),
            new TemplateProblem(
                "Template", 3, "B", "The text has 201 characters; the product has at most 200."),
            new TemplateProblem(
                "Template",
                4,
                "A",
                "\"Regulaton\" is not a field of the template; use Title, Product, Regulation,"
                    + " Version or Source reference."),
            new TemplateProblem(
                "Template", 6, "A", "Version is already given on row 5; give each field once."),
            // ControlFamily
            new TemplateProblem(
                "ControlFamily",
                2,
                "G",
                "\"Orphan title\" is not on the Actions sheet; add it there, or correct the title"
                    + " here."),
            new TemplateProblem(
                "ControlFamily",
                3,
                "A",
                "Control \"AC-1\" is already on row 2; each control appears once in a template."),
            new TemplateProblem(
                "ControlFamily",
                3,
                "C",
                "Family \"AC\" has the title \"Access control\" on row 2; a family has one title,"
                    + " so repeat it here or leave the cell blank."),
            new TemplateProblem(
                "ControlFamily", 5, "D", "The cell is blank; every control needs a title."),
            new TemplateProblem(
                "ControlFamily",
                5,
                "F",
                "\"2bad id\" is not a source id; a source id starts with a letter or \"_\" and has"
                    + " only letters, digits, \".\", \"_\" and \"-\" (such as ac-2.1), or the cell"
                    + " stays blank."),
            new TemplateProblem(
                "ControlFamily",
                5,
                "G",
                "\"use mfa\" is not on the Actions sheet; titles must match exactly, and the sheet"
                    + " has \"Use MFA\"."),
            new TemplateProblem(
                "ControlFamily",
                6,
                "A",
                "The cell is blank; every control needs its id (such as AC-2)."),
            new TemplateProblem(
                "ControlFamily",
                6,
                "C",
                "The cell is blank; the first row of family \"IA\" gives the family's title."),
            new TemplateProblem(
                "ControlFamily",
                7,
                "D",
                "The text has 501 characters; a control's title has at most 500."),
            new TemplateProblem(
                "ControlFamily",
                8,
                "A",
                "The cell shows the error #N/A; put the value itself in the cell, or correct the"
                    + " formula."),
            // Actions
            new TemplateProblem(
                "Actions",
                1,
                "",
                "Row 1 has no column \"Enforcement\"; row 1 names the columns, and this sheet needs"
                    + " \"Action\", \"Implementation type\", \"Purpose\", \"Enforcement\" and"
                    + " \"Owner\"."),
            new TemplateProblem(
                "Actions",
                1,
                "I",
                "The column \"Points\" is already in column E; keep one of them."),
            new TemplateProblem(
                "Actions",
                3,
                "A",
                "\"Use MFA\" is already on row 2; an action appears once on this sheet, and"
                    + " controls share it by its title."),
            new TemplateProblem(
                "Actions",
                4,
                "A",
                "\"Unused action\" is used by no control; list it in the Actions column of the"
                    + " ControlFamily sheet, or delete this row."),
            new TemplateProblem(
                "Actions",
                4,
                "C",
                "\"Sometimes\" is not a purpose; use Preventive, Detective or Corrective."),
            new TemplateProblem(
                "Actions",
                4,
                "D",
                "\"Me\" is not an owner; use Your organization or Service provider."),
            new TemplateProblem("Actions", 4, "E", "27.5 is not a whole number; " + POINTS_RULE),
            new TemplateProblem(
                "Actions",
                4,
                "F",
                "Category \"Access\" is not declared on the Dimensions sheet; add a row there with"
                    + " Category and \"Access\", or use one that is declared: Control access or"
                    + " Fancy stuff."),
            new TemplateProblem(
                "Actions",
                4,
                "G",
                "Solution \"Unknown solution\" is not declared on the Dimensions sheet; add a row"
                    + " there with Solution and \"Unknown solution\", or use one that is declared:"
                    + " Identity and access management or "
                    + "s".repeat(151)
                    + "."),
            new TemplateProblem(
                "Actions", 5, "A", "The cell is blank; every action needs a title."),
            new TemplateProblem(
                "Actions",
                5,
                "B",
                "\"Automatic\" is not an implementation type; use Technical, Operational or"
                    + " Documentation."),
            new TemplateProblem(
                "Actions",
                5,
                "C",
                "The cell is blank; every action needs a purpose: Preventive, Detective or"
                    + " Corrective."),
            new TemplateProblem("Actions", 5, "E", "120 is out of range; " + POINTS_RULE),
            new TemplateProblem(
                "Actions",
                6,
                "A",
                "The title has a line break; an action's title is one line, as controls list"
                    + " their actions one per line."),
            new TemplateProblem(
                "Actions",
                6,
                "A",
                "\"Two\nlines\" is used by no control; list it in the Actions column of the"
                    + " ControlFamily sheet, or delete this row."),
            new TemplateProblem("Actions", 6, "E", "\"abc\" is not a number; " + POINTS_RULE),
            // Dimensions
            new TemplateProblem(
                "Dimensions",
                3,
                "B",
                "\"Fancy stuff\" is not one of the product's categories; use " + categories + "."),
            new TemplateProblem(
                "Dimensions", 5, "A", "\"Owner\" is not a dimension; use Category or Solution."),
            new TemplateProblem(
                "Dimensions",
                6,
                "B",
                "The text has 151 characters; a solution's name has at most 150."));
  }

  @Test
  void reportsMissingSheetsAndAWorkbookWithoutControls() {
    Map<String, List<List<Object>>> sheets = valid();
    sheets.remove("Dimensions");
    sheets.put("ControlFamily", rows(sheets.get("ControlFamily").get(0)));
    sheets.put("Actions", rows(sheets.get("Actions").get(0)));

    assertThat(problems(xlsx(sheets)))
        .containsExactly(
            TemplateProblem.ofSheet(
                "ControlFamily",
                "The sheet lists no controls; a template needs at least one control, one per row"
                    + " from row 2."),
            TemplateProblem.ofSheet(
                "Dimensions",
                "The workbook has no sheet \"Dimensions\"; a template workbook has the sheets"
                    + " \"Template\", \"ControlFamily\", \"Actions\" and \"Dimensions\"."));
  }

  @Test
  void anEmptySheetLacksEveryColumn() {
    Map<String, List<List<Object>>> sheets = valid();
    sheets.put("Dimensions", rows());

    assertThat(problems(xlsx(sheets)))
        .extracting(TemplateProblem::describe)
        .containsExactly(
            "Dimensions, row 1: Row 1 has no column \"Dimension\"; row 1 names the columns, and"
                + " this sheet needs \"Dimension\" and \"Value\".",
            "Dimensions, row 1: Row 1 has no column \"Value\"; row 1 names the columns, and this"
                + " sheet needs \"Dimension\" and \"Value\".");
  }

  @Test
  void refusesASheetWithMoreThanTwentyThousandRows() throws IOException {
    List<TemplateProblem> problems = problems(withControls(ExcelTemplateFormat.MAX_ROWS + 1));

    assertThat(problems)
        .containsExactly(
            TemplateProblem.ofSheet(
                "ControlFamily",
                "The sheet has more than 20,000 rows below row 1, more than a template workbook may"
                    + " have; split the template, or delete the rows it does not need."));
  }

  @Test
  void readsASheetWithTwentyThousandRows() throws IOException {
    TemplateDraft draft =
        reader.read(new ByteArrayInputStream(withControls(ExcelTemplateFormat.MAX_ROWS)));

    assertThat(draft.controlCount()).isEqualTo(20_000);
    assertThat(draft.families().get(0).controls().get(19_999).key()).isEqualTo("C-20000");
  }

  /** The valid workbook with a ControlFamily sheet of {@code count} controls, all on one action. */
  private static byte[] withControls(int count) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Map<String, List<List<Object>>> valid = valid();
      for (String name : List.of("Template", "ControlFamily", "Actions", "Dimensions")) {
        Sheet sheet = workbook.createSheet(name);
        List<List<Object>> rows = valid.get(name);
        if (name.equals("ControlFamily")) {
          rows = new ArrayList<>(List.of(rows.get(0)));
          for (int i = 1; i <= count; i++) {
            rows.add(
                row(
                    "C",
                    "Controls",
                    "C-" + i,
                    "Control " + i,
                    null,
                    null,
                    null,
                    null,
                    "Use the VPN\nLock screens after five minutes"));
          }
        }
        for (int r = 0; r < rows.size(); r++) {
          Row row = sheet.createRow(r);
          List<Object> values = rows.get(r);
          for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof String text) {
              row.createCell(c).setCellValue(text);
            } else if (value instanceof Number number) {
              row.createCell(c).setCellValue(number.doubleValue());
            }
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "Technical, Preventive, Mandatory, Your organization, TECHNICAL, PREVENTIVE, MANDATORY,"
        + " ORGANIZATION",
    "OPERATIONAL, DETECTIVE, DISCRETIONARY, PROVIDER, OPERATIONAL, DETECTIVE, DISCRETIONARY,"
        + " PROVIDER",
    "documentation, corrective, mandatory, service provider, DOCUMENTATION, CORRECTIVE, MANDATORY,"
        + " PROVIDER",
    "'  Technical ', 'DETECTIVE  ', dIsCrEtIoNaRy, YOUR ORGANIZATION, TECHNICAL, DETECTIVE,"
        + " DISCRETIONARY, ORGANIZATION",
    "technical, preventive, mandatory, organization, TECHNICAL, PREVENTIVE, MANDATORY,"
        + " ORGANIZATION"
  })
  void acceptsEnumValuesByLabelOrConstantNameInAnyCase(
      String type,
      String purpose,
      String enforcement,
      String owner,
      ImplementationType expectedType,
      Purpose expectedPurpose,
      Enforcement expectedEnforcement,
      ActionOwner expectedOwner) {
    Map<String, List<List<Object>>> sheets = valid();
    List<Object> action = sheets.get("Actions").get(1);
    action.set(3, type);
    action.set(4, purpose);
    action.set(5, enforcement);
    action.set(6, owner);

    ActionDraft read = action(read(xlsx(sheets)), "Use the VPN");

    assertThat(read.type()).isEqualTo(expectedType);
    assertThat(read.purpose()).isEqualTo(expectedPurpose);
    assertThat(read.enforcement()).isEqualTo(expectedEnforcement);
    assertThat(read.owner()).isEqualTo(expectedOwner);
  }

  @Test
  void readsNumbersInTextColumnsAsAPersonTypedThem() {
    Map<String, List<List<Object>>> sheets = valid();
    sheets.get("Template").get(4).set(1, 2.5);
    List<Object> control = sheets.get("ControlFamily").get(1);
    control.set(0, 7);
    control.set(2, 5);
    control.set(3, 1.10);
    sheets.get("ControlFamily").get(2).set(3, 1e20);
    TemplateDraft draft = read(xlsx(sheets));

    assertThat(draft.version()).isEqualTo("2.5");
    assertThat(draft.families().get(0).key()).isEqualTo("7");
    assertThat(draft.families().get(0).controls().get(0).key()).isEqualTo("5");
    assertThat(draft.families().get(0).controls().get(0).title()).isEqualTo("1.1");
    // As Excel shows it, rather than all of its digits.
    assertThat(draft.families().get(1).controls().get(0).title()).isEqualTo("1E+20");
  }

  @Test
  void readsADateCellAsAnIsoDate() {
    Map<String, List<List<Object>>> sheets = valid();
    sheets
        .get("Template")
        .get(4)
        .set(
            1,
            (TestWorkbooks.CellSetup)
                cell -> {
                  CellStyle date = cell.getSheet().getWorkbook().createCellStyle();
                  date.setDataFormat(
                      cell.getSheet()
                          .getWorkbook()
                          .getCreationHelper()
                          .createDataFormat()
                          .getFormat("d mmm yyyy"));
                  cell.setCellValue(LocalDate.of(2025, 3, 14));
                  cell.setCellStyle(date);
                });

    assertThat(read(xlsx(sheets)).version()).isEqualTo("2025-03-14");
  }

  @Test
  void readsPointsGivenAsTextOrAsAWholeNumberWithDecimals() {
    Map<String, List<List<Object>>> sheets = valid();
    sheets.get("Actions").get(1).set(7, " 42 ");
    sheets.get("Actions").get(2).set(7, 3.0);
    TemplateDraft draft = read(xlsx(sheets));

    assertThat(action(draft, "Use the VPN").points()).isEqualTo(42);
    assertThat(action(draft, "Lock screens after five minutes").points()).isEqualTo(3);
  }

  @Test
  void readsFormulasByTheirStoredValueWithoutCalculatingThem() {
    Map<String, List<List<Object>>> sheets = valid();
    List<Object> action = sheets.get("Actions").get(1);
    // Stored values that differ from what the formulas give: only the stored value may be used.
    action.set(
        4,
        (TestWorkbooks.CellSetup)
            cell -> {
              cell.setCellFormula("\"Correc\"&\"tive\"");
              cell.setCellValue("Detective");
            });
    action.set(
        7,
        (TestWorkbooks.CellSetup)
            cell -> {
              cell.setCellFormula("1+1");
              cell.setCellValue(7);
            });
    byte[] workbook = xlsx(sheets);
    assertThat(formulaCells(workbook)).isEqualTo(2);

    ActionDraft read = action(read(workbook), "Use the VPN");

    assertThat(read.purpose()).isEqualTo(Purpose.DETECTIVE);
    assertThat(read.points()).isEqualTo(7);
  }

  private static long formulaCells(byte[] workbook) {
    try (var read =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Row row = read.getSheet("Actions").getRow(1);
      return Arrays.stream(new int[] {4, 7})
          .filter(c -> row.getCell(c).getCellType() == CellType.FORMULA)
          .count();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void skipsBlankRowsAndKeepsTextsTrimmed() {
    Map<String, List<List<Object>>> sheets = valid();
    List<List<Object>> families = sheets.get("ControlFamily");
    families.add(1, null);
    families.add(2, row("   ", null, "", null, null, null, null, null, " "));
    families.add(row());
    families.get(3).set(3, "  Secure connection \n");
    sheets.get("Actions").add(2, row(null, null, null, null, null, null, null, null, null, "  "));

    TemplateDraft draft = read(xlsx(sheets));

    assertThat(draft.families().get(0).controls())
        .extracting(ControlDraft::key, ControlDraft::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("RW-1", "Secure connection"),
            org.assertj.core.groups.Tuple.tuple("RW-2", "Locked screens"));
    assertThat(draft.distinctActions()).hasSize(2);
  }

  @Test
  void acceptsActionsSeparatedBySemicolonsAndATitleWithASemicolon() {
    Map<String, List<List<Object>>> sheets = valid();
    sheets.get("Actions").get(2).set(0, "Lock screens; after five minutes");
    sheets.get("ControlFamily").get(1).set(8, "Use the VPN; Lock screens; after five minutes");
    sheets.get("ControlFamily").get(2).set(8, "Lock screens; after five minutes\nUse the VPN");

    List<TemplateProblem> problems = problems(xlsx(sheets));

    // Split at ";", the first row's cell names "Lock screens" and "after five minutes"; a whole
    // line that is a title is that title.
    assertThat(problems)
        .extracting(TemplateProblem::describe)
        .containsExactly(
            "ControlFamily, row 2, column I: \"Lock screens\" is not on the Actions sheet; add it"
                + " there, or correct the title here.",
            "ControlFamily, row 2, column I: \"after five minutes\" is not on the Actions sheet;"
                + " add it there, or correct the title here.");

    sheets.get("ControlFamily").get(1).set(8, "Use the VPN;");
    TemplateDraft draft = read(xlsx(sheets));
    assertThat(draft.families().get(0).controls().get(1).actions())
        .extracting(ActionDraft::title)
        .containsExactly("Lock screens; after five minutes", "Use the VPN");
  }

  @Test
  void normalisesCategoriesAndSolutionsToTheirDeclaredSpelling() {
    Map<String, List<List<Object>>> sheets = valid();
    sheets.get("Dimensions").get(1).set(1, "CONTROL ACCESS");
    sheets.get("Actions").get(1).set(8, "control access");
    sheets.get("Actions").get(1).set(9, "NETWORK ACCESS");

    ActionDraft vpn = action(read(xlsx(sheets)), "Use the VPN");

    assertThat(vpn.category()).isEqualTo("Control access");
    assertThat(vpn.solution()).isEqualTo("Network access");
  }

  @Test
  void matchesSheetNamesAndHeadersWhateverTheirCaseAndSpacing() {
    Map<String, List<List<Object>>> sheets = valid();
    Map<String, List<List<Object>>> renamed = new java.util.LinkedHashMap<>();
    sheets.forEach((name, rows) -> renamed.put(name.toUpperCase(java.util.Locale.ROOT), rows));
    renamed.get("ACTIONS").get(0).set(3, "  implementation   TYPE ");

    assertThat(read(xlsx(renamed)).distinctActions()).hasSize(2);
  }

  @Test
  void readsChecksOnePerLineOrSeparatedAndTheirCombination() {
    Map<String, List<List<Object>>> sheets = valid();
    List<List<Object>> actions = sheets.get("Actions");
    // Optional columns, matched whatever their case and spacing like the others.
    actions.get(0).addAll(List.of("CHECKS", " check   Combination "));
    actions.get(1).addAll(List.of("vpn.tunnel-only\nvpn.split-tunnel-off; vpn.mfa ,", "average"));
    actions.get(2).addAll(row("  mdm.screen-lock  ", null));

    TemplateDraft draft = read(xlsx(sheets));

    assertThat(action(draft, "Use the VPN").testing())
        .isEqualTo(
            TestingLogic.of(
                List.of("vpn.mfa", "vpn.split-tunnel-off", "vpn.tunnel-only"),
                TestingCombination.AVERAGE));
    assertThat(action(draft, "Lock screens after five minutes").testing())
        .isEqualTo(
            TestingLogic.of(List.of("mdm.screen-lock"), TestingCombination.ANY_FAILURE_FAILS));
  }

  @ParameterizedTest
  @CsvSource({
    "Any failure fails, ANY_FAILURE_FAILS",
    "'  ANY FAILURE FAILS ', ANY_FAILURE_FAILS",
    "any_failure_fails, ANY_FAILURE_FAILS",
    "Average, AVERAGE",
    "AVERAGE, AVERAGE",
  })
  void acceptsCombinationsByLabelOrConstantNameInAnyCase(
      String combination, TestingCombination expected) {
    Map<String, List<List<Object>>> sheets = valid();
    sheets.get("Actions").get(0).addAll(List.of("Checks", "Check combination"));
    sheets.get("Actions").get(1).addAll(List.of("vpn.tunnel-only", combination));

    assertThat(action(read(xlsx(sheets)), "Use the VPN").testing().combination())
        .isEqualTo(expected);
  }

  @Test
  void aWorkbookWithoutTheCheckColumnsHasActionsTestedByPeopleOnly() {
    assertThat(read(xlsx(valid())).distinctActions())
        .extracting(ActionDraft::testing)
        .containsOnly(TestingLogic.NONE);
  }

  @Test
  void reportsEveryProblemOfChecksBySheetRowAndColumn() {
    Map<String, List<List<Object>>> sheets = valid();
    List<List<Object>> actions = sheets.get("Actions");
    actions.get(0).addAll(List.of("Checks", "Check combination"));
    actions.get(1).addAll(List.of("vpn.tunnel-only\nvpn split\n-vpn", "Sometimes"));
    actions.get(2).addAll(row(null, "Average"));
    actions.add(
        row(
            "Provider patches the hosts",
            null,
            null,
            "Technical",
            "Preventive",
            "Mandatory",
            "Service provider",
            null,
            null,
            null,
            "host.patched",
            null));
    String fiftyOne =
        String.join(
            ",", java.util.stream.IntStream.rangeClosed(1, 51).mapToObj(i -> "k" + i).toList());
    actions.add(
        row(
            "Rotate keys",
            null,
            null,
            "Technical",
            "Preventive",
            "Mandatory",
            "Your organization",
            null,
            null,
            null,
            fiftyOne,
            null));
    actions.add(
        row(
            "Watch the logs",
            null,
            null,
            "Operational",
            "Detective",
            "Mandatory",
            "Your organization",
            null,
            null,
            null,
            "x".repeat(101),
            "Any failure fails"));
    sheets
        .get("ControlFamily")
        .get(1)
        .set(8, "Use the VPN\nProvider patches the hosts\nRotate keys\nWatch the logs");

    assertThat(problems(xlsx(sheets)))
        .containsExactly(
            new TemplateProblem(
                "Actions",
                2,
                "K",
                "\"vpn split\" is not a check id: use a letter or digit, then letters, digits, '.',"
                    + " '_', ':' or '-'."),
            new TemplateProblem(
                "Actions",
                2,
                "K",
                "\"-vpn\" is not a check id: use a letter or digit, then letters, digits, '.', '_',"
                    + " ':' or '-'."),
            new TemplateProblem(
                "Actions",
                2,
                "L",
                "\"Sometimes\" is not a check combination; use Any failure fails or Average, or"
                    + " leave the cell blank for Any failure fails."),
            new TemplateProblem(
                "Actions",
                3,
                "L",
                "A check combination needs checks; list the action's check ids in the Checks"
                    + " column, or leave this cell blank."),
            new TemplateProblem(
                "Actions",
                4,
                "K",
                "A service provider's action is tested by the provider, not by checks here; leave"
                    + " the cell blank, or make the owner Your organization."),
            new TemplateProblem("Actions", 5, "K", "An action listens to at most 50 checks."),
            new TemplateProblem(
                "Actions",
                6,
                "K",
                "The check id \"" + "x".repeat(40) + "…\" is longer than 100 characters."));
  }

  @Test
  void refusesAPdf() {
    byte[] pdf =
        "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);

    assertThat(problems(pdf)).containsExactly(TemplateProblem.ofFile(NOT_A_WORKBOOK));
  }

  @Test
  void refusesPlainText() {
    byte[] text = "Field;Value\nTitle;My template\n".getBytes(StandardCharsets.UTF_8);

    assertThat(problems(text)).containsExactly(TemplateProblem.ofFile(NOT_A_WORKBOOK));
  }

  @Test
  void refusesAnEmptyFile() {
    assertThat(problems(new byte[0])).containsExactly(TemplateProblem.ofFile(NOT_A_WORKBOOK));
  }

  @Test
  void refusesAZipThatIsNoWorkbook() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("readme.txt"));
      out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }

    assertThat(problems(zip.toByteArray())).containsExactly(TemplateProblem.ofFile(NOT_A_WORKBOOK));
  }

  @Test
  void refusesAWordDocument() throws IOException {
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText("Title: My template");
      document.write(docx);
    }

    assertThat(problems(docx.toByteArray()))
        .containsExactly(TemplateProblem.ofFile(NOT_A_WORKBOOK));
  }

  @Test
  void refusesACutOffWorkbook() {
    byte[] whole = xlsx(valid());

    assertThat(problems(Arrays.copyOf(whole, whole.length / 2)))
        .containsExactly(TemplateProblem.ofFile(NOT_A_WORKBOOK));
  }

  @Test
  void refusesAWorkbookWhoseXmlDeclaresEntities() throws IOException {
    // An entity could read a server file into a cell, or expand a few bytes into gigabytes.
    byte[] workbook =
        replaceEntry(
            xlsx(valid()),
            "xl/sharedStrings.xml",
            xml -> {
              String changed =
                  xml.replaceFirst(
                          "\\?>", "?><!DOCTYPE sst [<!ENTITY secret SYSTEM \"secret.txt\">]>")
                      .replace("Remote work", "&secret;");
              assertThat(changed).contains("<!DOCTYPE sst [").contains("<t>&secret;</t>");
              return changed;
            });

    assertThat(problems(workbook)).containsExactly(TemplateProblem.ofFile(NOT_A_WORKBOOK));
  }

  private static byte[] replaceEntry(
      byte[] zip, String name, java.util.function.UnaryOperator<String> change) throws IOException {
    ByteArrayOutputStream changed = new ByteArrayOutputStream();
    boolean found = false;
    try (java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(changed)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals(name)) {
          found = true;
          String before = new String(content, StandardCharsets.UTF_8);
          String after = change.apply(before);
          assertThat(after).as("the changed %s", name).isNotEqualTo(before);
          content = after.getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    }
    assertThat(found).as("the workbook has %s", name).isTrue();
    return changed.toByteArray();
  }

  @Test
  void tellsThatAnOldExcelWorkbookMustBeSavedAsXlsx() throws IOException {
    ByteArrayOutputStream xls = new ByteArrayOutputStream();
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      workbook.createSheet("Template").createRow(0).createCell(0).setCellValue("Field");
      workbook.write(xls);
    }

    assertThat(problems(xls.toByteArray()))
        .containsExactly(
            TemplateProblem.ofFile(
                "The file is an Excel 97-2003 workbook (.xls). Open it in Excel, save it as"
                    + " \"Excel Workbook (*.xlsx)\" and upload it again."));
  }

  @Test
  void summarisesTheProblemsInTheExceptionsMessage() {
    Map<String, List<List<Object>>> sheets = valid();
    sheets.get("Actions").get(1).set(4, "Sometimes");
    sheets.get("Actions").get(2).set(7, 100);

    TemplateFileException refused =
        catchThrowableOfType(
            () -> reader.read(new ByteArrayInputStream(xlsx(sheets))), TemplateFileException.class);

    assertThat(refused.getMessage())
        .isEqualTo(
            "The template cannot be imported: the file has 2 problems. The first: Actions, row 2,"
                + " column E: \"Sometimes\" is not a purpose; use Preventive, Detective or"
                + " Corrective.");
  }

  private TemplateDraft read(byte[] workbook) {
    return reader.read(new ByteArrayInputStream(workbook));
  }

  private List<TemplateProblem> problems(byte[] workbook) {
    TemplateFileException refused =
        catchThrowableOfType(
            () -> reader.read(new ByteArrayInputStream(workbook)), TemplateFileException.class);
    assertThat(refused).as("the workbook is refused").isNotNull();
    return refused.problems();
  }

  private static ActionDraft action(TemplateDraft draft, String title) {
    return draft.distinctActions().stream()
        .filter(a -> a.title().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No action " + title));
  }
}
