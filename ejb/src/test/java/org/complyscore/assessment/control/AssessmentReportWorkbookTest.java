package org.complyscore.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AssessmentReportWorkbookTest {

  private static final List<String> HEADERS =
      List.of(
          "Family",
          "Control",
          "Control title",
          "Control status",
          "Action",
          "Owner",
          "Type",
          "Points",
          "Implementation status",
          "Implementation date",
          "Test result",
          "Test date",
          "Assigned to",
          "Evidence",
          "Evidence links");

  @Test
  void writesAHeaderAndOneRowPerControlAndAction() throws IOException {
    try (XSSFWorkbook workbook = read(SampleReports.report(SampleReports.AS_OF))) {
      XSSFSheet sheet = workbook.getSheet("Controls");
      assertThat(workbook.getSheetIndex("Controls")).isZero();
      Row header = sheet.getRow(0);
      assertThat(IntStream.range(0, HEADERS.size()).mapToObj(i -> text(header.getCell(i))))
          .containsExactlyElementsOf(HEADERS);
      assertThat(header.getLastCellNum()).isEqualTo((short) HEADERS.size());
      assertThat(sheet.getLastRowNum()).isEqualTo(6);

      Row review = sheet.getRow(1);
      assertThat(text(review.getCell(0))).isEqualTo("AC Access Control");
      assertThat(text(review.getCell(1))).isEqualTo("AC-2");
      assertThat(text(review.getCell(2))).isEqualTo("Account Management");
      assertThat(text(review.getCell(3))).isEqualTo("Passed");
      assertThat(text(review.getCell(4))).isEqualTo("Review accounts every quarter");
      assertThat(text(review.getCell(5))).isEqualTo("Your organization");
      assertThat(text(review.getCell(6))).isEqualTo("Operational");
      assertNumber(review.getCell(7), 9);
      assertThat(text(review.getCell(8))).isEqualTo("Implemented");
      assertDate(review.getCell(9), SampleReports.IMPLEMENTED.atStartOfDay());
      assertThat(new DataFormatter().formatCellValue(review.getCell(9))).isEqualTo("2025-02-28");
      assertThat(text(review.getCell(10))).isEqualTo("Passed");
      assertDate(review.getCell(11), SampleReports.TESTED.atStartOfDay());
      assertThat(text(review.getCell(12))).isEqualTo("Ada Lovelace");
    }
  }

  @Test
  void includesTheProvidersActions() throws IOException {
    try (XSSFWorkbook workbook = read(SampleReports.report(SampleReports.AS_OF))) {
      Row provider = workbook.getSheet("Controls").getRow(2);
      assertThat(text(provider.getCell(1))).isEqualTo("AC-2");
      assertThat(text(provider.getCell(5))).isEqualTo("Service provider");
      assertThat(text(provider.getCell(6))).isEqualTo("Technical");
      assertNumber(provider.getCell(7), 27);
      assertThat(provider.getCell(12)).as("nobody assigned").isNull();
      assertThat(provider.getCell(13)).as("no evidence").isNull();
    }
  }

  @Test
  void namesTheEvidenceAndLinksFilesToTheirDownload() throws IOException {
    try (XSSFWorkbook workbook = read(SampleReports.report(SampleReports.AS_OF))) {
      XSSFSheet sheet = workbook.getSheet("Controls");
      Row review = sheet.getRow(1);
      assertThat(text(review.getCell(13))).isEqualTo("review-2025.pdf; Ticket 42");
      assertThat(text(review.getCell(14)))
          .isEqualTo(
              "https://comply.example.org/complyscore/api/evidence/501/content;"
                  + " https://tickets.example.org/42");
      assertThat(text(sheet.getRow(3).getCell(14)))
          .as("the same action under its second control")
          .isEqualTo(text(review.getCell(14)));
      assertThat(text(sheet.getRow(6).getCell(14)))
          .as("addresses as they were given")
          .isEqualTo("http://exa mple.org/a b; https://wiki.example.org/Prüfung");
    }
  }

  @Test
  void showsAControlWithoutActionsOnARowOfItsOwn() throws IOException {
    try (XSSFWorkbook workbook = read(SampleReports.report(SampleReports.AS_OF))) {
      Row row = workbook.getSheet("Controls").getRow(5);
      assertThat(text(row.getCell(0))).isEqualTo("SC System and Communications Protection");
      assertThat(text(row.getCell(1))).isEqualTo("SC-7");
      assertThat(text(row.getCell(3))).isEqualTo("Not tested");
      for (int column = 4; column < HEADERS.size(); column++) {
        assertThat(row.getCell(column)).as(HEADERS.get(column)).isNull();
      }
    }
  }

  @Test
  void keepsATitleThatLooksLikeAFormulaAsText() throws IOException {
    try (XSSFWorkbook workbook = read(SampleReports.report(SampleReports.AS_OF))) {
      XSSFSheet sheet = workbook.getSheet("Controls");
      Cell title = sheet.getRow(2).getCell(4);
      assertThat(title.getCellType()).isEqualTo(CellType.STRING);
      assertThat(title.getStringCellValue()).isEqualTo(SampleReports.FORMULA_TITLE);
      assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(1).getCell(4).getCellStyle().getQuotePrefixed()).isFalse();
      for (Row row : sheet) {
        for (Cell cell : row) {
          assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
        }
      }
    }
  }

  @Test
  void freezesAndFiltersTheBoldHeader() throws IOException {
    try (XSSFWorkbook workbook = read(SampleReports.report(SampleReports.AS_OF))) {
      XSSFSheet sheet = workbook.getSheet("Controls");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:O7");
      assertThat(
              workbook
                  .getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                  .getBold())
          .isTrue();
      for (int column = 0; column < HEADERS.size(); column++) {
        assertThat(sheet.getColumnWidth(column))
            .as(HEADERS.get(column))
            .isGreaterThanOrEqualTo(HEADERS.get(column).length() * 256);
      }
    }
  }

  @Test
  void tellsWhichAssessmentAndWhichMomentTheResultsAreOf() throws IOException {
    try (XSSFWorkbook workbook = read(SampleReports.report(SampleReports.AS_OF))) {
      XSSFSheet about = workbook.getSheet("About");
      assertThat(workbook.getSheetIndex("About")).isEqualTo(1);
      assertThat(IntStream.rangeClosed(0, 7).mapToObj(i -> text(about.getRow(i).getCell(0))))
          .containsExactly(
              "Assessment",
              "Group",
              "Template",
              "Regulation",
              "Product",
              "Template version",
              "As of (UTC)",
              "Note");
      assertThat(text(about.getRow(0).getCell(1))).isEqualTo("Baseline 2025");
      assertThat(text(about.getRow(1).getCell(1))).isEqualTo("Europe");
      assertThat(text(about.getRow(2).getCell(1))).isEqualTo("NIST SP 800-53 Rev 5 MODERATE");
      assertThat(text(about.getRow(4).getCell(1))).isEqualTo("Corporate IT");
      assertThat(text(about.getRow(5).getCell(1))).isEqualTo("5.1.1");
      assertDate(about.getRow(6).getCell(1), LocalDateTime.of(2025, 3, 14, 9, 26, 53));
      assertThat(text(about.getRow(7).getCell(1))).startsWith("The results are as of the export");
    }
  }

  @Test
  void writesAnAssessmentWithoutControls() throws IOException {
    try (XSSFWorkbook workbook = read(SampleReports.empty())) {
      XSSFSheet sheet = workbook.getSheet("Controls");
      assertThat(sheet.getLastRowNum()).as("only the header").isZero();
      assertThat(workbook.getSheet("About").getRow(5).getCell(1))
          .as("no template version")
          .isNull();
    }
  }

  private static XSSFWorkbook read(AssessmentReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AssessmentReportWorkbook.write(report, SampleReports.BASE_URL, out);
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
