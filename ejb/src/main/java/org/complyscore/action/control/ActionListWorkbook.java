package org.complyscore.action.control;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.complyscore.action.boundary.ActionRow;
import org.complyscore.shared.control.SheetCells;

/**
 * The (filtered) improvement-action list as an Excel workbook: a sheet "Improvement actions" with
 * one row per action state, and a sheet "About" that tells when the export was made and with which
 * filter.
 */
public final class ActionListWorkbook {

  static final String ACTIONS_SHEET = "Improvement actions";
  static final String ABOUT_SHEET = "About";
  static final String ORGANIZATION_WIDE = "Organization-wide";

  /** Rows kept in memory while writing; older rows go to a temporary file. */
  private static final int ROW_WINDOW = 100;

  private record Column(String header, int width, Function<ActionRow, Object> value) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("Title", 60, ActionRow::title),
          new Column("Points achieved", 17, ActionRow::achievedPoints),
          new Column("Points achievable", 19, ActionRow::achievablePoints),
          new Column("Maximum points", 17, ActionRow::points),
          new Column("Score impact", 15, ActionRow::scoreImpact),
          new Column("Regulations", 30, row -> String.join("; ", row.regulations())),
          new Column("Group", 22, ActionListWorkbook::group),
          new Column("Solution", 25, ActionRow::solution),
          new Column("Assessments", 40, row -> String.join("; ", row.assessments())),
          new Column("Category", 24, ActionRow::category),
          new Column("Implementation status", 26, ActionRow::implementationStatus),
          new Column("Implementation date", 22, ActionRow::implementationDate),
          new Column("Test status", 22, ActionRow::testStatus),
          new Column("Test date", 13, ActionRow::testDate),
          new Column("Assigned to", 24, ActionRow::assigneeName),
          new Column("Action type", 16, ActionRow::implementationType),
          new Column("Owner", 19, ActionRow::owner),
          new Column("Testing source", 17, ActionRow::testingSource),
          new Column("Last changed (UTC)", 21, ActionRow::modifiedAt),
          new Column("Action state id", 17, ActionRow::stateId));

  private ActionListWorkbook() {}

  /**
   * Writes the workbook to {@code out}, which stays open. Streams the rows, so that tens of
   * thousands of actions take little memory.
   *
   * @param filterDescription the filter of the list in words, shown on the About sheet ("None" when
   *     {@code null} or blank)
   */
  public static void write(List<ActionRow> rows, String filterDescription, OutputStream out)
      throws IOException {
    // Closing deletes the temporary files the flushed rows went to, also when writing fails: POI's
    // close() calls dispose(), which is deprecated now that close() does it.
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
      SheetCells cells = new SheetCells(workbook);
      writeActions(workbook.createSheet(ACTIONS_SHEET), cells, rows);
      writeAbout(workbook.createSheet(ABOUT_SHEET), cells, filterDescription);
      workbook.write(out);
    }
  }

  private static void writeActions(Sheet sheet, SheetCells cells, List<ActionRow> rows) {
    SheetCells.widths(sheet, COLUMNS.stream().mapToInt(Column::width).toArray());
    cells.header(sheet, 0, COLUMNS.stream().map(Column::header).toList(), rows.size());
    int rowIndex = 1;
    for (ActionRow action : rows) {
      Row row = sheet.createRow(rowIndex++);
      for (int column = 0; column < COLUMNS.size(); column++) {
        cells.value(row, column, COLUMNS.get(column).value().apply(action));
      }
    }
  }

  private static void writeAbout(Sheet sheet, SheetCells cells, String filterDescription) {
    SheetCells.widths(sheet, 20, 80);
    Row exported = sheet.createRow(0);
    cells.bold(exported, 0, "Exported (UTC)");
    cells.value(exported, 1, Instant.now());
    Row filter = sheet.createRow(1);
    cells.bold(filter, 0, "Filter");
    cells.text(
        filter,
        1,
        filterDescription == null || filterDescription.isBlank() ? "None" : filterDescription);
  }

  private static String group(ActionRow row) {
    return row.groupName() == null ? ORGANIZATION_WIDE : row.groupName();
  }
}
