package org.complyscore.action.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.complyscore.action.boundary.HistoryEntry;
import org.complyscore.shared.control.SheetCells;

/**
 * The testing history of one improvement action as an Excel workbook: the action's title, then one
 * row per recorded change.
 */
public final class TestingHistoryWorkbook {

  static final String SHEET = "Testing history";

  private static final int ROW_WINDOW = 100;
  private static final int TITLE_ROW = 0;
  private static final int HEADER_ROW = 1;

  private static final List<String> HEADERS =
      List.of("When (UTC)", "Who", "Origin", "Field", "Old value", "New value");

  private TestingHistoryWorkbook() {}

  /** Writes the workbook to {@code out}, which stays open. */
  public static void write(String actionTitle, List<HistoryEntry> entries, OutputStream out)
      throws IOException {
    // Closing deletes the temporary files the flushed rows went to, also when writing fails: POI's
    // close() calls dispose(), which is deprecated now that close() does it.
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
      SheetCells cells = new SheetCells(workbook);
      Sheet sheet = workbook.createSheet(SHEET);
      SheetCells.widths(sheet, 21, 28, 22, 24, 40, 40);
      cells.bold(sheet.createRow(TITLE_ROW), 0, actionTitle);
      cells.header(sheet, HEADER_ROW, HEADERS, entries.size());
      int rowIndex = HEADER_ROW + 1;
      for (HistoryEntry entry : entries) {
        Row row = sheet.createRow(rowIndex++);
        cells.value(row, 0, entry.at());
        cells.text(row, 1, entry.who());
        cells.value(row, 2, entry.origin());
        cells.text(row, 3, entry.field() == null ? null : Labels.field(entry.field()));
        cells.text(row, 4, Labels.ofValue(entry.field(), entry.oldValue()));
        cells.text(row, 5, Labels.ofValue(entry.field(), entry.newValue()));
      }
      workbook.write(out);
    }
  }
}
