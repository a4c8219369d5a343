package org.complyscore.template.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Template workbooks as a person would make them in Excel, built cell by cell with POI's XSSF
 * (which writes shared strings, as Excel does, where the application's writer streams inline
 * strings).
 */
final class TestWorkbooks {

  private TestWorkbooks() {}

  /** A row of cell values: text, a number, {@code null} for an empty cell, or a cell setter. */
  static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  /** Sets up a cell in a way a plain value cannot: a formula, an error, a date format. */
  interface CellSetup extends Consumer<Cell> {}

  /** A small valid template: one family, two controls, two actions, both dimensions. */
  static Map<String, List<List<Object>>> valid() {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    sheets.put(
        "Template",
        rows(
            row("Field", "Value"),
            row("Title", "Remote work"),
            row("Product", "Your organization"),
            row("Regulation", "Internal policy"),
            row("Version", "2025"),
            row("Source reference", "Written by the security team")));
    sheets.put(
        "ControlFamily",
        rows(
            row(
                "Family",
                "Family title",
                "Control",
                "Control title",
                "Statement",
                "Guidance",
                "Assessment objectives",
                "Source id",
                "Actions"),
            row(
                "RW",
                "Remote work",
                "RW-1",
                "Secure connection",
                "Remote access goes through the VPN.",
                null,
                null,
                "rw-1",
                "Use the VPN"),
            row(
                "RW",
                "Remote work",
                "RW-2",
                "Locked screens",
                null,
                "People leave laptops alone in cafés.",
                "Examine the screen-lock setting.",
                null,
                "Lock screens after five minutes\nUse the VPN")));
    sheets.put(
        "Actions",
        rows(
            row(
                "Action",
                "Description",
                "How to implement",
                "Implementation type",
                "Purpose",
                "Enforcement",
                "Owner",
                "Points",
                "Category",
                "Solution"),
            row(
                "Use the VPN",
                "All remote access goes through the company VPN.",
                null,
                "Technical",
                "Preventive",
                "Mandatory",
                "Your organization",
                null,
                "Control access",
                "Network access"),
            row(
                "Lock screens after five minutes",
                null,
                "- Set the policy in device management",
                "Technical",
                "Preventive",
                "Discretionary",
                "Your organization",
                12,
                "Manage devices",
                null)));
    sheets.put(
        "Dimensions",
        rows(
            row("Dimension", "Value"),
            row("Category", "Control access"),
            row("Category", "Manage devices"),
            row("Solution", "Network access")));
    return sheets;
  }

  static List<List<Object>> rows(List<?>... rows) {
    List<List<Object>> list = new ArrayList<>();
    for (List<?> row : rows) {
      list.add(new ArrayList<>(row));
    }
    return list;
  }

  /** The workbook with the given sheets, rows from row 1 on; a {@code null} row stays empty. */
  static byte[] xlsx(Map<String, List<List<Object>>> sheets) {
    try (Workbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      sheets.forEach(
          (name, rows) -> {
            Sheet sheet = workbook.createSheet(name);
            for (int r = 0; r < rows.size(); r++) {
              List<Object> values = rows.get(r);
              if (values == null) {
                continue;
              }
              Row row = sheet.createRow(r);
              for (int c = 0; c < values.size(); c++) {
                set(row, c, values.get(c));
              }
            }
          });
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void set(Row row, int column, Object value) {
    if (value == null) {
      return;
    }
    Cell cell = row.createCell(column);
    if (value instanceof String text) {
      cell.setCellValue(text);
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
    } else if (value instanceof CellSetup setup) {
      setup.accept(cell);
    } else {
      throw new IllegalArgumentException("No cell for " + value);
    }
  }
}
