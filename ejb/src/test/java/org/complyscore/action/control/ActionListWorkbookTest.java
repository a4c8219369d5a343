package org.complyscore.action.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.complyscore.action.boundary.ActionRow;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.action.entity.TestingSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionListWorkbookTest {

  private static final List<String> HEADERS =
      List.of(
          "Title",
          "Points achieved",
          "Points achievable",
          "Maximum points",
          "Score impact",
          "Regulations",
          "Group",
          "Solution",
          "Assessments",
          "Category",
          "Implementation status",
          "Implementation date",
          "Test status",
          "Test date",
          "Assigned to",
          "Action type",
          "Owner",
          "Testing source",
          "Last changed (UTC)",
          "Action state id");

  private static final Instant CHANGED = Instant.parse("2025-03-14T09:26:53.589Z");

  @Test
  void writesEveryColumnOfAnActionInAPersonsWords() throws IOException {
    ActionRow action =
        new ActionRow(
            41,
            7,
            "Use multi-factor authentication for administrators",
            27,
            new BigDecimal("13.5"),
            27,
            new BigDecimal("13.5"),
            ImplementationType.OPERATIONAL,
            ActionOwner.ORGANIZATION,
            ImplementationStatus.ALTERNATIVE_IMPLEMENTATION,
            LocalDate.of(2025, 2, 28),
            TestStatus.FAILED_MEDIUM_RISK,
            LocalDate.of(2025, 3, 1),
            TestingSource.MANUAL,
            "Identity provider",
            "Control access",
            3L,
            "Europe",
            12L,
            "Ada Lovelace",
            List.of("GDPR", "NIST SP 800-53 Rev 5"),
            List.of("Baseline 2025", "GDPR 2025"),
            CHANGED);

    try (XSSFWorkbook workbook = read(List.of(action), "Category: Control access")) {
      XSSFSheet sheet = workbook.getSheet("Improvement actions");
      Row header = sheet.getRow(0);
      assertThat(IntStream.range(0, HEADERS.size()).mapToObj(i -> text(header.getCell(i))))
          .containsExactlyElementsOf(HEADERS);
      assertThat(header.getLastCellNum()).isEqualTo((short) HEADERS.size());

      Row row = sheet.getRow(1);
      assertThat(text(row.getCell(0)))
          .isEqualTo("Use multi-factor authentication for administrators");
      assertNumber(row.getCell(1), 13.5);
      assertNumber(row.getCell(2), 27);
      assertNumber(row.getCell(3), 27);
      assertNumber(row.getCell(4), 13.5);
      assertThat(text(row.getCell(5))).isEqualTo("GDPR; NIST SP 800-53 Rev 5");
      assertThat(text(row.getCell(6))).isEqualTo("Europe");
      assertThat(text(row.getCell(7))).isEqualTo("Identity provider");
      assertThat(text(row.getCell(8))).isEqualTo("Baseline 2025; GDPR 2025");
      assertThat(text(row.getCell(9))).isEqualTo("Control access");
      assertThat(text(row.getCell(10))).isEqualTo("Alternative implementation");
      assertDate(row.getCell(11), LocalDate.of(2025, 2, 28).atStartOfDay());
      assertThat(new DataFormatter().formatCellValue(row.getCell(11))).isEqualTo("2025-02-28");
      assertThat(text(row.getCell(12))).isEqualTo("Failed (medium risk)");
      assertDate(row.getCell(13), LocalDate.of(2025, 3, 1).atStartOfDay());
      assertThat(text(row.getCell(14))).isEqualTo("Ada Lovelace");
      assertThat(text(row.getCell(15))).isEqualTo("Operational");
      assertThat(text(row.getCell(16))).isEqualTo("Your organization");
      assertThat(text(row.getCell(17))).isEqualTo("Manual");
      assertDate(row.getCell(18), LocalDateTime.of(2025, 3, 14, 9, 26, 53));
      assertThat(new DataFormatter().formatCellValue(row.getCell(18)))
          .isEqualTo("2025-03-14 09:26:53");
      assertNumber(row.getCell(19), 41);
    }
  }

  @Test
  void leavesEmptyWhatAnActionDoesNotHave() throws IOException {
    ActionRow untouched = action(1, "Review access quarterly", null);

    try (XSSFWorkbook workbook = read(List.of(untouched), "All")) {
      Row row = workbook.getSheet("Improvement actions").getRow(1);
      assertThat(text(row.getCell(10))).isEqualTo("Not implemented");
      assertThat(row.getCell(11)).as("implementation date").isNull();
      assertThat(row.getCell(13)).as("test date").isNull();
      assertThat(row.getCell(14)).as("assignee").isNull();
      assertThat(row.getCell(5)).as("no regulations").isNull();
    }
  }

  @Test
  void showsOrganizationWideForAStateWithoutGroupAndTheProviderInWords() throws IOException {
    ActionRow technical = action(1, "Encrypt data at rest", null);
    ActionRow perGroup = action(2, "Train staff", "Default group");

    try (XSSFWorkbook workbook = read(List.of(technical, perGroup), "All")) {
      XSSFSheet sheet = workbook.getSheet("Improvement actions");
      assertThat(text(sheet.getRow(1).getCell(6))).isEqualTo("Organization-wide");
      assertThat(text(sheet.getRow(2).getCell(6))).isEqualTo("Default group");
      assertThat(text(sheet.getRow(1).getCell(16))).isEqualTo("Service provider");
    }
  }

  @Test
  void keepsATitleThatLooksLikeAFormulaAsText() throws IOException {
    String evil = "=HYPERLINK(\"http://evil\")";
    List<ActionRow> rows =
        List.of(action(1, evil, null), action(2, "+1", "-group"), action(3, "@SUM(A1)", null));

    try (XSSFWorkbook workbook = read(rows, "=cmd|' /C calc'!A0")) {
      XSSFSheet sheet = workbook.getSheet("Improvement actions");
      Cell title = sheet.getRow(1).getCell(0);
      assertThat(title.getCellType()).isEqualTo(CellType.STRING);
      assertThat(title.getStringCellValue()).isEqualTo(evil);
      assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("+1");
      assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(2).getCell(6).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(3).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(1).getCell(9).getCellStyle().getQuotePrefixed())
          .as("ordinary text")
          .isFalse();

      Cell filter = workbook.getSheet("About").getRow(1).getCell(1);
      assertThat(filter.getCellType()).isEqualTo(CellType.STRING);
      assertThat(filter.getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
      for (Row row : sheet) {
        for (Cell cell : row) {
          assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
        }
      }
    }
  }

  @Test
  void freezesAndFiltersTheBoldHeaderAndSetsColumnWidths() throws IOException {
    List<ActionRow> rows = List.of(action(1, "A", null), action(2, "B", null));

    try (XSSFWorkbook workbook = read(rows, "All")) {
      XSSFSheet sheet = workbook.getSheet("Improvement actions");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:T3");
      assertThat(
              workbook
                  .getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                  .getBold())
          .isTrue();
      assertThat(sheet.getColumnWidth(0)).isEqualTo(60 * 256);
      for (int column = 0; column < HEADERS.size(); column++) {
        assertThat(sheet.getColumnWidth(column))
            .as(HEADERS.get(column))
            .isGreaterThanOrEqualTo(HEADERS.get(column).length() * 256);
      }
    }
  }

  @Test
  void tellsWhenAndWithWhichFilterTheListWasExported() throws IOException {
    LocalDateTime before =
        LocalDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    try (XSSFWorkbook workbook = read(List.of(), "Regulation: GDPR; Group: Europe")) {
      LocalDateTime after = LocalDateTime.now(java.time.ZoneOffset.UTC);
      XSSFSheet about = workbook.getSheet("About");
      assertThat(text(about.getRow(0).getCell(0))).isEqualTo("Exported (UTC)");
      Cell exported = about.getRow(0).getCell(1);
      assertThat(DateUtil.isCellDateFormatted(exported)).isTrue();
      assertThat(exported.getLocalDateTimeCellValue()).isBetween(before, after);
      assertThat(text(about.getRow(1).getCell(0))).isEqualTo("Filter");
      assertThat(text(about.getRow(1).getCell(1))).isEqualTo("Regulation: GDPR; Group: Europe");

      XSSFSheet actions = workbook.getSheet("Improvement actions");
      assertThat(actions.getLastRowNum()).as("only the header").isZero();
      assertThat(workbook.getSheetIndex("Improvement actions")).isZero();
    }
  }

  @Test
  void saysNoneWhenTheListWasNotFiltered() throws IOException {
    try (XSSFWorkbook workbook = read(List.of(), null)) {
      assertThat(text(workbook.getSheet("About").getRow(1).getCell(1))).isEqualTo("None");
    }
  }

  @Test
  void writesTwoThousandRows() throws IOException {
    List<ActionRow> rows = new ArrayList<>();
    for (int i = 1; i <= 2_000; i++) {
      rows.add(action(i, "Action " + i, i % 2 == 0 ? "Group " + i % 7 : null));
    }

    try (XSSFWorkbook workbook = read(rows, "All")) {
      XSSFSheet sheet = workbook.getSheet("Improvement actions");
      assertThat(sheet.getLastRowNum()).isEqualTo(2_000);
      assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(2_001);
      assertThat(text(sheet.getRow(1).getCell(0))).isEqualTo("Action 1");
      assertThat(text(sheet.getRow(1_000).getCell(6))).isEqualTo("Group 6");
      assertThat(text(sheet.getRow(2_000).getCell(0))).isEqualTo("Action 2000");
      assertNumber(sheet.getRow(2_000).getCell(19), 2_000);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:T2001");
    }
  }

  @Test
  void leavesNoTemporaryFilesBehind(@TempDir Path temporaryFiles) throws IOException {
    TempFile.setTempFileCreationStrategy(
        new DefaultTempFileCreationStrategy(temporaryFiles.toFile()));
    try {
      List<ActionRow> rows = new ArrayList<>();
      for (int i = 1; i <= 500; i++) {
        rows.add(action(i, "Action " + i, null));
      }
      ActionListWorkbook.write(rows, "All", new ByteArrayOutputStream());
    } finally {
      TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    try (Stream<Path> left = Files.list(temporaryFiles)) {
      assertThat(left).isEmpty();
    }
  }

  /** A provider action nobody worked on yet, in the organization or in a group. */
  private static ActionRow action(long stateId, String title, String groupName) {
    return new ActionRow(
        stateId,
        stateId,
        title,
        9,
        BigDecimal.ZERO,
        9,
        new BigDecimal("9"),
        ImplementationType.TECHNICAL,
        ActionOwner.PROVIDER,
        ImplementationStatus.NOT_IMPLEMENTED,
        null,
        TestStatus.NONE,
        null,
        TestingSource.MANUAL,
        null,
        "Protect information",
        groupName == null ? null : 100L,
        groupName,
        null,
        null,
        List.of(),
        List.of("Baseline"),
        CHANGED);
  }

  private static XSSFWorkbook read(List<ActionRow> rows, String filter) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ActionListWorkbook.write(rows, filter, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static String text(Cell cell) {
    assertThat(cell).isNotNull();
    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
    return cell.getStringCellValue();
  }

  private static void assertNumber(Cell cell, double expected) {
    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(DateUtil.isCellDateFormatted(cell)).isFalse();
    assertThat(cell.getNumericCellValue()).isEqualTo(expected);
  }

  private static void assertDate(Cell cell, LocalDateTime expected) {
    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
    assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(expected);
  }
}
