package org.complyscore.shared.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.complyscore.action.control.Labels;

/**
 * Writes the cells of the exports with the few styles a workbook shares: text that is never taken
 * for a formula, numbers as numbers, dates and times (UTC) as Excel dates, a bold header.
 */
public final class SheetCells {

  /** Excel keeps at most this many characters in a cell; POI refuses more. */
  public static final int MAX_TEXT = 32_767;

  public static final String DATE_FORMAT = "yyyy-mm-dd";
  public static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

  private static final String TRUNCATED = "…";

  private final CellStyle bold;
  private final CellStyle quoted;
  private final CellStyle boldQuoted;
  private final CellStyle date;
  private final CellStyle dateTime;

  public SheetCells(Workbook workbook) {
    Font boldFont = workbook.createFont();
    boldFont.setBold(true);
    bold = workbook.createCellStyle();
    bold.setFont(boldFont);

    quoted = workbook.createCellStyle();
    quoted.setQuotePrefixed(true);
    boldQuoted = workbook.createCellStyle();
    boldQuoted.setFont(boldFont);
    boldQuoted.setQuotePrefixed(true);

    DataFormat formats = workbook.createDataFormat();
    date = workbook.createCellStyle();
    date.setDataFormat(formats.getFormat(DATE_FORMAT));
    dateTime = workbook.createCellStyle();
    dateTime.setDataFormat(formats.getFormat(DATE_TIME_FORMAT));
  }

  /**
   * A bold header row with the given texts, frozen so that it stays in view, with an autofilter
   * over it and the {@code dataRows} rows below it.
   */
  public void header(Sheet sheet, int rowIndex, List<String> texts, int dataRows) {
    Row row = sheet.createRow(rowIndex);
    for (int column = 0; column < texts.size(); column++) {
      bold(row, column, texts.get(column));
    }
    sheet.createFreezePane(0, rowIndex + 1);
    sheet.setAutoFilter(new CellRangeAddress(rowIndex, rowIndex + dataRows, 0, texts.size() - 1));
  }

  /** A cell in bold, for titles and the labels of the About sheet. */
  public void bold(Row row, int column, String text) {
    write(row, column, text, true);
  }

  /**
   * A cell of the type that fits {@code value}: text, number, date, date and time (an {@link
   * Instant}, shown in UTC) or an enum constant in words. {@code null} leaves the cell empty.
   */
  public void value(Row row, int column, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof String text) {
      text(row, column, text);
    } else if (value instanceof BigDecimal decimal) {
      row.createCell(column).setCellValue(decimal.doubleValue());
    } else if (value instanceof Number number) {
      row.createCell(column).setCellValue(number.doubleValue());
    } else if (value instanceof LocalDate day) {
      Cell cell = row.createCell(column);
      cell.setCellValue(day);
      cell.setCellStyle(date);
    } else if (value instanceof Instant instant) {
      Cell cell = row.createCell(column);
      // Excel has no time zones: the column header says UTC. Whole seconds, as the format shows.
      cell.setCellValue(
          LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
      cell.setCellStyle(dateTime);
    } else if (value instanceof Enum<?> constant) {
      text(row, column, Labels.of(constant));
    } else {
      throw new IllegalArgumentException("No cell type for " + value.getClass().getName());
    }
  }

  /**
   * A text cell; empty text leaves the cell empty.
   *
   * <p>Formula injection: {@code setCellValue(String)} writes a string cell (an inline string in
   * SXSSF), and Excel, LibreOffice and Google Sheets show a string cell as it is and never evaluate
   * it: only a cell with a formula element is calculated. So "=HYPERLINK(...)" stays harmless text
   * without a leading apostrophe, which would otherwise become part of the value, show in the cell
   * and come back on a re-import. What remains is a person editing such a cell (F2, Enter): Excel
   * then parses the text again. Text that starts like a formula therefore gets the quote-prefix
   * style, which is what Excel itself stores when one types a leading apostrophe: the cell keeps
   * its exact text and stays text when edited.
   */
  public void text(Row row, int column, String text) {
    write(row, column, text, false);
  }

  private void write(Row row, int column, String text, boolean inBold) {
    if (text == null || text.isEmpty()) {
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(fitted(text));
    if (startsLikeAFormula(text)) {
      cell.setCellStyle(inBold ? boldQuoted : quoted);
    } else if (inBold) {
      cell.setCellStyle(bold);
    }
  }

  /** The text, cut to what a cell holds (not in the middle of a surrogate pair). */
  public static String fitted(String text) {
    if (text.length() <= MAX_TEXT) {
      return text;
    }
    int end = MAX_TEXT - TRUNCATED.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + TRUNCATED;
  }

  public static boolean startsLikeAFormula(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }

  /** Column widths in characters; POI counts in 1/256 of a character, at most 255 characters. */
  public static void widths(Sheet sheet, int... characters) {
    for (int column = 0; column < characters.length; column++) {
      sheet.setColumnWidth(column, Math.min(characters[column], 255) * 256);
    }
  }
}
