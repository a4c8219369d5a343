package org.complyscore.action.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.complyscore.action.boundary.HistoryEntry;
import org.complyscore.action.entity.ChangeOrigin;
import org.junit.jupiter.api.Test;

class TestingHistoryWorkbookTest {

  private static final String TITLE = "Use multi-factor authentication for administrators";

  @Test
  void putsTheTitleAboveAFrozenFilteredHeader() throws IOException {
    try (XSSFWorkbook workbook = read(TITLE, List.of(personChangedTestStatus()))) {
      XSSFSheet sheet = workbook.getSheet("Testing history");
      assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
      assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo(TITLE);
      Row header = sheet.getRow(1);
      assertThat(List.of(0, 1, 2, 3, 4, 5).stream().map(i -> text(header.getCell(i))))
          .containsExactly("When (UTC)", "Who", "Origin", "Field", "Old value", "New value");
      assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:F3");
    }
  }

  @Test
  void writesAChangeWithItsTimeInUtcAndItsLabelsInWords() throws IOException {
    try (XSSFWorkbook workbook = read(TITLE, List.of(personChangedTestStatus()))) {
      Row row = workbook.getSheet("Testing history").getRow(2);
      Cell when = row.getCell(0);
      assertThat(when.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(when)).isTrue();
      assertThat(when.getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2025, 3, 14, 23, 5, 9));
      assertThat(new DataFormatter().formatCellValue(when)).isEqualTo("2025-03-14 23:05:09");
      assertThat(text(row.getCell(1))).isEqualTo("Ada Lovelace");
      assertThat(text(row.getCell(2))).isEqualTo("Person");
      assertThat(text(row.getCell(3))).isEqualTo("Test status");
      assertThat(text(row.getCell(4))).isEqualTo("Not assessed");
      assertThat(text(row.getCell(5))).isEqualTo("Failed (medium risk)");
    }
  }

  @Test
  void showsOtherValuesAsRecordedAndLeavesEmptyValuesEmpty() throws IOException {
    List<HistoryEntry> entries =
        List.of(
            new HistoryEntry(
                Instant.parse("2025-03-15T08:00:00Z"),
                "Parent: Encrypt data at rest",
                ChangeOrigin.PARENT,
                "testNotes",
                null,
                "Checked the key vault settings."),
            new HistoryEntry(
                Instant.parse("2025-03-16T08:00:00Z"),
                "Automated monitoring",
                ChangeOrigin.AUTOMATION,
                "testingSource",
                "MANUAL",
                "AUTOMATIC"),
            new HistoryEntry(
                Instant.parse("2025-03-17T08:00:00Z"),
                "Ada Lovelace",
                ChangeOrigin.PERSON,
                "implementationDate",
                "2025-03-01",
                null));

    try (XSSFWorkbook workbook = read(TITLE, entries)) {
      XSSFSheet sheet = workbook.getSheet("Testing history");
      assertThat(sheet.getLastRowNum()).isEqualTo(4);
      Row parent = sheet.getRow(2);
      assertThat(text(parent.getCell(2))).isEqualTo("Parent action");
      assertThat(text(parent.getCell(3))).isEqualTo("Test notes");
      assertThat(parent.getCell(4)).isNull();
      assertThat(text(parent.getCell(5))).isEqualTo("Checked the key vault settings.");
      Row automation = sheet.getRow(3);
      assertThat(text(automation.getCell(2))).isEqualTo("Automated monitoring");
      assertThat(text(automation.getCell(3))).isEqualTo("Testing source");
      assertThat(text(automation.getCell(4))).isEqualTo("Manual");
      assertThat(text(automation.getCell(5))).isEqualTo("Automatic");
      Row date = sheet.getRow(4);
      assertThat(text(date.getCell(3))).isEqualTo("Implementation date");
      assertThat(text(date.getCell(4))).isEqualTo("2025-03-01");
      assertThat(date.getCell(5)).isNull();
    }
  }

  @Test
  void keepsTextThatLooksLikeAFormulaAsText() throws IOException {
    String evil = "=HYPERLINK(\"http://evil\")";
    HistoryEntry entry =
        new HistoryEntry(
            Instant.parse("2025-03-15T08:00:00Z"),
            "@evil",
            ChangeOrigin.PERSON,
            "additionalNotes",
            "-2+3",
            evil);

    try (XSSFWorkbook workbook = read(evil, List.of(entry))) {
      XSSFSheet sheet = workbook.getSheet("Testing history");
      Cell title = sheet.getRow(0).getCell(0);
      assertThat(title.getCellType()).isEqualTo(CellType.STRING);
      assertThat(title.getStringCellValue()).isEqualTo(evil);
      assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
      Row row = sheet.getRow(2);
      for (int column = 1; column <= 5; column++) {
        assertThat(row.getCell(column).getCellType()).isEqualTo(CellType.STRING);
      }
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("@evil");
      assertThat(row.getCell(4).getStringCellValue()).isEqualTo("-2+3");
      assertThat(row.getCell(5).getStringCellValue()).isEqualTo(evil);
      assertThat(row.getCell(5).getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void cutsTextLongerThanACellHolds() throws IOException {
    String notes = "x".repeat(40_000);
    HistoryEntry entry =
        new HistoryEntry(
            Instant.parse("2025-03-15T08:00:00Z"),
            "Ada Lovelace",
            ChangeOrigin.PERSON,
            "implementationNotes",
            null,
            notes);

    try (XSSFWorkbook workbook = read(TITLE, List.of(entry))) {
      String written = text(workbook.getSheet("Testing history").getRow(2).getCell(5));
      assertThat(written).hasSize(32_767).startsWith("xxx").endsWith("…");
    }
  }

  @Test
  void writesAnEmptyHistory() throws IOException {
    try (XSSFWorkbook workbook = read(TITLE, List.of())) {
      XSSFSheet sheet = workbook.getSheet("Testing history");
      assertThat(sheet.getLastRowNum()).isEqualTo(1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:F2");
    }
  }

  private static HistoryEntry personChangedTestStatus() {
    return new HistoryEntry(
        Instant.parse("2025-03-14T23:05:09.700Z"),
        "Ada Lovelace",
        ChangeOrigin.PERSON,
        "testStatus",
        "NOT_ASSESSED",
        "FAILED_MEDIUM_RISK");
  }

  private static XSSFWorkbook read(String title, List<HistoryEntry> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TestingHistoryWorkbook.write(title, entries, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static String text(Cell cell) {
    assertThat(cell).isNotNull();
    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
    return cell.getStringCellValue();
  }
}
