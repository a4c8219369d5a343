package org.complyscore.assessment.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.complyscore.assessment.control.AssessmentReport.EvidenceRef;
import org.complyscore.assessment.control.AssessmentReport.Line;
import org.complyscore.shared.control.SheetCells;

/**
 * The assessment report (F43) as an Excel workbook: a sheet "Controls" with one row per control and
 * action, the provider's actions included, and a sheet "About" that names the assessment and the
 * moment the results are from.
 */
public final class AssessmentReportWorkbook {

  static final String CONTROLS_SHEET = "Controls";
  static final String ABOUT_SHEET = "About";
  static final String AS_OF_NOTE =
      "The results are as of the export: changes made in ComplyScore afterwards are not in this"
          + " file.";

  /** Between the names and addresses of several pieces of evidence in one cell. */
  static final String SEPARATOR = "; ";

  /** Rows kept in memory while writing; older rows go to a temporary file. */
  private static final int ROW_WINDOW = 100;

  /** A column: its header, width in characters, and value of a line (given the evidence base). */
  private record Column(String header, int width, BiFunction<Line, String, Object> value) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("Family", 30, (line, base) -> family(line)),
          new Column("Control", 12, (line, base) -> line.controlKey()),
          new Column("Control title", 45, (line, base) -> line.controlTitle()),
          new Column("Control status", 16, (line, base) -> line.controlStatus()),
          new Column("Action", 55, (line, base) -> line.actionTitle()),
          new Column("Owner", 19, (line, base) -> line.owner()),
          new Column("Type", 16, (line, base) -> line.implementationType()),
          new Column("Points", 9, (line, base) -> line.points()),
          new Column("Implementation status", 26, (line, base) -> line.implementationStatus()),
          new Column("Implementation date", 22, (line, base) -> line.implementationDate()),
          new Column("Test result", 22, (line, base) -> line.testStatus()),
          new Column("Test date", 13, (line, base) -> line.testDate()),
          new Column("Assigned to", 24, (line, base) -> line.assigneeName()),
          new Column("Evidence", 40, (line, base) -> joined(line, evidence -> evidence.name())),
          new Column(
              "Evidence links",
              60,
              (line, base) -> joined(line, evidence -> evidence.address(base))));

  private AssessmentReportWorkbook() {}

  /**
   * Writes the workbook to {@code out}, which stays open. Streams the rows, so that large templates
   * take little memory.
   *
   * @param evidenceBaseUrl the application's address, which the download links of evidence files
   *     start with (such as {@code https://comply.example.org/complyscore})
   */
  public static void write(AssessmentReport report, String evidenceBaseUrl, OutputStream out)
      throws IOException {
    // Closing deletes the temporary files the flushed rows went to, also when writing fails.
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
      SheetCells cells = new SheetCells(workbook);
      writeControls(workbook.createSheet(CONTROLS_SHEET), cells, report.lines(), evidenceBaseUrl);
      writeAbout(workbook.createSheet(ABOUT_SHEET), cells, report);
      workbook.write(out);
    }
  }

  private static void writeControls(
      Sheet sheet, SheetCells cells, List<Line> lines, String evidenceBaseUrl) {
    SheetCells.widths(sheet, COLUMNS.stream().mapToInt(Column::width).toArray());
    cells.header(sheet, 0, COLUMNS.stream().map(Column::header).toList(), lines.size());
    int rowIndex = 1;
    for (Line line : lines) {
      Row row = sheet.createRow(rowIndex++);
      for (int column = 0; column < COLUMNS.size(); column++) {
        cells.value(row, column, COLUMNS.get(column).value().apply(line, evidenceBaseUrl));
      }
    }
  }

  private static void writeAbout(Sheet sheet, SheetCells cells, AssessmentReport report) {
    SheetCells.widths(sheet, 20, 80);
    int rowIndex = 0;
    rowIndex = about(sheet, cells, rowIndex, "Assessment", report.name());
    rowIndex = about(sheet, cells, rowIndex, "Group", report.groupName());
    rowIndex = about(sheet, cells, rowIndex, "Template", report.templateTitle());
    rowIndex = about(sheet, cells, rowIndex, "Regulation", report.regulation());
    rowIndex = about(sheet, cells, rowIndex, "Product", report.product());
    rowIndex = about(sheet, cells, rowIndex, "Template version", report.templateVersion());
    rowIndex = about(sheet, cells, rowIndex, "As of (UTC)", report.asOf());
    about(sheet, cells, rowIndex, "Note", AS_OF_NOTE);
  }

  private static int about(
      Sheet sheet, SheetCells cells, int rowIndex, String label, Object value) {
    Row row = sheet.createRow(rowIndex);
    cells.bold(row, 0, label);
    cells.value(row, 1, value);
    return rowIndex + 1;
  }

  /** The family as its key and title: "AC Access Control". */
  private static String family(Line line) {
    String key = line.familyKey() == null ? "" : line.familyKey().strip();
    String title = line.familyTitle() == null ? "" : line.familyTitle().strip();
    if (key.isEmpty() || title.startsWith(key)) {
      return title;
    }
    return title.isEmpty() ? key : key + " " + title;
  }

  private static String joined(Line line, Function<EvidenceRef, String> property) {
    return line.evidence().stream().map(property).collect(Collectors.joining(SEPARATOR));
  }
}
