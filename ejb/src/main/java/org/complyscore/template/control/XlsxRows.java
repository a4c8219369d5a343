package org.complyscore.template.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets of an .xlsx file as rows of cell texts, streaming: a sheet is parsed as XML
 * (never loaded as a whole) and given up as soon as it has more rows than allowed, so that a huge
 * or hostile upload costs little memory. Formulas are read by the value Excel stored with them;
 * they are never calculated.
 */
final class XlsxRows {

  private static final System.Logger LOG = System.getLogger(XlsxRows.class.getName());

  /** More than Excel keeps in a cell: enough to tell that a text is too long, no more. */
  private static final int MAX_CELL_TEXT = 40_000;

  /** Excel's last row; a row number beyond it means a damaged file. */
  private static final int MAX_ROW_NUMBER = 1_048_576;

  /**
   * A cell with content: its text as a person reads it (stripped; a number as Excel stored it,
   * without a needless ".0"; a date as 2025-03-14), or the error it shows (#N/A) when {@code
   * error}.
   */
  record Cell(String text, boolean error) {}

  /**
   * A row with at least one cell with content.
   *
   * @param number as Excel shows it, from 1
   * @param cells by column index, from 0
   */
  record Row(int number, SortedMap<Integer, Cell> cells) {}

  /**
   * A sheet's rows with content, in order.
   *
   * @param tooLong whether it has more rows (below row 1) than allowed; the rows then stop there
   */
  record Sheet(String name, List<Row> rows, boolean tooLong) {}

  /** A file that is no .xlsx workbook, or a damaged one; the message says so in words. */
  static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static final String NOT_A_WORKBOOK =
      "The file is not an Excel workbook (.xlsx), or it is damaged. Open it in Excel, save it as"
          + " \"Excel Workbook (*.xlsx)\" and upload it again.";
  static final String OLD_WORKBOOK =
      "The file is an Excel 97-2003 workbook (.xls). Open it in Excel, save it as \"Excel Workbook"
          + " (*.xlsx)\" and upload it again.";

  /** How Excel writes a character XML cannot hold, such as a carriage return: _x000D_. */
  private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  private XlsxRows() {}

  /**
   * The wanted sheets of the workbook, by name in lower case; a wanted sheet the workbook lacks is
   * not in the map.
   *
   * @param names the sheets to read, matched whatever their case
   * @param maxRows rows with content below row 1 a sheet may have
   * @throws UnreadableException for a file that is no .xlsx workbook, or a damaged one
   * @throws UncheckedIOException when the stream itself fails (an upload cut short), which is no
   *     fault of the file's content
   */
  static Map<String, Sheet> read(InputStream xlsx, Collection<String> names, int maxRows)
      throws UnreadableException {
    // A file rather than the stream: POI then reads the zip's entries where they are instead of
    // unpacking them all into memory first.
    Path file = null;
    try {
      file = Files.createTempFile("complyscore-template-", ".xlsx");
      Files.copy(xlsx, file, StandardCopyOption.REPLACE_EXISTING);
      return read(file, names, maxRows);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the uploaded workbook in a temporary file", e);
    } finally {
      delete(file);
    }
  }

  private static Map<String, Sheet> read(Path file, Collection<String> names, int maxRows)
      throws UnreadableException {
    OPCPackage pkg = open(file);
    try {
      XSSFReader reader = new XSSFReader(pkg);
      StylesTable styles = reader.getStylesTable();
      List<String> strings = sharedStrings(pkg);
      List<String> wanted = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
      Map<String, Sheet> sheets = new HashMap<>();
      XSSFReader.SheetIterator iterator = reader.getSheetIterator();
      if (!iterator.hasNext()) {
        // Every workbook has a sheet; other Office files (a Word document) get here with none.
        throw unreadable(NOT_A_WORKBOOK, null);
      }
      while (iterator.hasNext()) {
        try (InputStream xml = iterator.next()) {
          String name = iterator.getSheetName();
          String key = name.strip().toLowerCase(Locale.ROOT);
          if (wanted.contains(key) && !sheets.containsKey(key)) {
            sheets.put(key, sheet(name, xml, strings, styles, maxRows));
          }
        }
      }
      return sheets;
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      // POI reports a damaged part with whatever exception its parser throws (POIXMLException,
      // IllegalArgumentException, IndexOutOfBounds for a bad shared-string index …): all of them
      // mean the same to the person who uploaded the file.
      throw unreadable(NOT_A_WORKBOOK, e);
    } finally {
      pkg.revert();
    }
  }

  private static OPCPackage open(Path file) throws UnreadableException {
    try {
      return OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (OLE2NotOfficeXmlFileException e) {
      throw unreadable(OLD_WORKBOOK, e);
    } catch (OpenXML4JException | RuntimeException e) {
      // Empty files, plain text, PDFs, zips without a workbook and zip bombs end here, each with
      // an exception of its own.
      throw unreadable(NOT_A_WORKBOOK, e);
    }
  }

  private static UnreadableException unreadable(String message, Exception cause) {
    LOG.log(System.Logger.Level.DEBUG, "An uploaded template workbook cannot be read", cause);
    return new UnreadableException(message, cause);
  }

  private static Sheet sheet(
      String name, InputStream xml, List<String> strings, StylesTable styles, int maxRows)
      throws IOException, SAXException, ParserConfigurationException {
    SheetHandler handler = new SheetHandler(strings, styles, maxRows);
    XMLReader parser = XMLHelper.newXMLReader();
    parser.setContentHandler(handler);
    try {
      parser.parse(new InputSource(xml));
    } catch (TooManyRows e) {
      return new Sheet(name, handler.rows, true);
    }
    return new Sheet(name, handler.rows, false);
  }

  /**
   * The workbook's shared strings, the texts most cells point to. Read here rather than with POI's
   * ReadOnlySharedStringsTable, which sizes its list by the count the file claims: a forged count
   * would take all memory before a single string is read.
   */
  private static List<String> sharedStrings(OPCPackage pkg)
      throws IOException, SAXException, ParserConfigurationException {
    List<PackagePart> parts =
        pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (parts.isEmpty()) {
      return List.of();
    }
    SharedStringsHandler handler = new SharedStringsHandler();
    XMLReader parser = XMLHelper.newXMLReader();
    parser.setContentHandler(handler);
    try (InputStream xml = parts.get(0).getInputStream()) {
      parser.parse(new InputSource(xml));
    }
    return handler.strings;
  }

  /**
   * Collects {@code <sst><si><t>…</t></si><si><r><t>…</t></r><rPh>…</rPh></si></sst>}: each item's
   * text runs, without the phonetic guides (rPh) some East Asian texts carry.
   */
  private static final class SharedStringsHandler extends DefaultHandler {

    final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inItem;
    private boolean inPhonetic;
    private boolean inText;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      switch (localName) {
        case "si" -> {
          inItem = true;
          text.setLength(0);
        }
        case "rPh" -> inPhonetic = true;
        case "t" -> inText = inItem && !inPhonetic;
        default -> {
          // Formatting of runs: only the text matters.
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inText && text.length() < MAX_CELL_TEXT) {
        text.append(ch, start, Math.min(length, MAX_CELL_TEXT - text.length()));
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      switch (localName) {
        case "si" -> {
          inItem = false;
          strings.add(unescaped(text.toString()));
        }
        case "rPh" -> inPhonetic = false;
        case "t" -> inText = false;
        default -> {
          // Nothing to finish.
        }
      }
    }
  }

  /** The text with Excel's _xHHHH_ escapes turned back into the characters they stand for. */
  static String unescaped(String text) {
    if (!text.contains("_x")) {
      return text;
    }
    return ESCAPED
        .matcher(text)
        .replaceAll(
            m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
  }

  private static void delete(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "Cannot delete the temporary file " + file, e);
    }
  }

  /** Stops the parser: the rest of the sheet is not wanted. */
  private static final class TooManyRows extends SAXException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Collects the rows of a sheet's XML ({@code <row><c r="B2" t="s" s="3"><v>…</v></c>}): cell
   * types shared string ({@code s}), inline string, formula string ({@code str}), boolean, error,
   * ISO date ({@code d}) and number (no type).
   */
  private static final class SheetHandler extends DefaultHandler {

    private final List<String> strings;
    private final StylesTable styles;
    private final int maxRows;
    final List<Row> rows = new ArrayList<>();

    private int dataRows;
    private int rowNumber;
    private SortedMap<Integer, Cell> cells;
    private int column;
    private String type;
    private String style;
    private final StringBuilder text = new StringBuilder();
    private boolean inValue;
    private boolean inInlineString;
    private boolean inPhonetic;
    private boolean inText;
    private boolean hasValue;

    SheetHandler(List<String> strings, StylesTable styles, int maxRows) {
      this.strings = strings;
      this.styles = styles;
      this.maxRows = maxRows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      switch (localName) {
        case "row" -> {
          String r = attributes.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : parsePositive(r);
          if (rowNumber < 1 || rowNumber > MAX_ROW_NUMBER) {
            throw new SAXException("Row number " + rowNumber + " is beyond Excel's last row");
          }
          cells = new TreeMap<>();
          column = -1;
        }
        case "c" -> {
          String reference = attributes.getValue("r");
          column = reference == null ? column + 1 : columnOf(reference);
          type = attributes.getValue("t");
          style = attributes.getValue("s");
          text.setLength(0);
          hasValue = false;
        }
        case "v" -> inValue = true;
        case "is" -> inInlineString = true;
        case "rPh" -> inPhonetic = true;
        case "t" -> inText = inInlineString && !inPhonetic;
        default -> {
          // Formulas, formatting and everything else: only values matter.
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if ((inValue || inText) && text.length() < MAX_CELL_TEXT) {
        text.append(ch, start, Math.min(length, MAX_CELL_TEXT - text.length()));
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      switch (localName) {
        case "v" -> {
          inValue = false;
          hasValue = true;
        }
        case "t" -> {
          if (inText) {
            hasValue = true;
          }
          inText = false;
        }
        case "is" -> inInlineString = false;
        case "rPh" -> inPhonetic = false;
        case "c" -> {
          Cell cell = hasValue && cells != null ? cell() : null;
          if (cell != null) {
            cells.put(column, cell);
          }
        }
        case "row" -> endRow();
        default -> {
          // Nothing to finish.
        }
      }
    }

    private void endRow() throws TooManyRows {
      if (cells == null || cells.isEmpty()) {
        cells = null;
        return;
      }
      if (rowNumber > 1 && ++dataRows > maxRows) {
        throw new TooManyRows();
      }
      rows.add(new Row(rowNumber, cells));
      cells = null;
    }

    /** The cell's content, or {@code null} when it holds nothing but spaces. */
    private Cell cell() throws SAXException {
      String raw = text.toString();
      if (type == null || type.equals("n")) {
        return raw.isBlank() ? null : number(raw.strip());
      }
      return switch (type) {
        case "s" -> textCell(sharedString(raw));
        case "inlineStr", "str" -> textCell(unescaped(raw));
        case "b" -> textCell("1".equals(raw.strip()) ? "TRUE" : "FALSE");
        case "e" -> new Cell(raw.strip(), true);
        default -> textCell(raw); // "d": an ISO date as text, which is what a person typed
      };
    }

    private String sharedString(String index) throws SAXException {
      int at = parsePositive(index.strip());
      if (at >= strings.size()) {
        throw new SAXException("Shared string " + at + " does not exist");
      }
      return strings.get(at);
    }

    private static Cell textCell(String value) {
      // Windows line ends become one: a text typed with Alt+Enter has \n, pasted text may have
      // \r\n.
      String stripped = value.replace("\r\n", "\n").replace('\r', '\n').strip();
      return stripped.isEmpty() ? null : new Cell(stripped, false);
    }

    private Cell number(String raw) throws SAXException {
      BigDecimal exact;
      try {
        exact = new BigDecimal(raw);
      } catch (NumberFormatException e) {
        throw new SAXException("A number cell holds \"" + raw + "\"");
      }
      double value = exact.doubleValue();
      if (isDate(value)) {
        LocalDateTime dateTime = DateUtil.getLocalDateTime(value);
        String shown =
            dateTime.toLocalTime().toSecondOfDay() == 0
                ? dateTime.toLocalDate().toString()
                : dateTime.toString();
        return new Cell(shown, false);
      }
      // The number as Excel stored it, without a trailing ".0": a control id typed as 5 is "5".
      // Very large or small ones keep their exponent, as Excel shows them: written out in full, a
      // forged 1E+999999999 would take gigabytes.
      double magnitude = Math.abs(value);
      String shown;
      if (exact.signum() == 0) {
        shown = "0";
      } else if (magnitude >= 1e15 || magnitude < 1e-9) {
        shown = exact.stripTrailingZeros().toString();
      } else {
        shown = exact.stripTrailingZeros().toPlainString();
      }
      return new Cell(shown, false);
    }

    private boolean isDate(double value) {
      if (styles == null || !DateUtil.isValidExcelDate(value)) {
        return false;
      }
      try {
        int index = style == null ? 0 : parsePositive(style);
        if (index >= styles.getNumCellStyles()) {
          return false;
        }
        XSSFCellStyle cellStyle = styles.getStyleAt(index);
        return cellStyle != null
            && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
      } catch (SAXException | RuntimeException e) {
        // A style that cannot be looked up formats nothing: the number stays a number.
        return false;
      }
    }

    private static int columnOf(String reference) throws SAXException {
      try {
        return new CellReference(reference).getCol();
      } catch (IllegalArgumentException e) {
        throw new SAXException("A cell has the reference \"" + reference + "\"");
      }
    }

    private static int parsePositive(String number) throws SAXException {
      try {
        int value = Integer.parseInt(number);
        if (value < 0) {
          throw new NumberFormatException();
        }
        return value;
      } catch (NumberFormatException e) {
        throw new SAXException("\"" + number + "\" is not a row, style or string number");
      }
    }
  }
}
