package org.complyscore.template.control;

import static org.complyscore.template.control.ExcelTemplateFormat.ACTION;
import static org.complyscore.template.control.ExcelTemplateFormat.ACTIONS;
import static org.complyscore.template.control.ExcelTemplateFormat.ACTION_COLUMNS;
import static org.complyscore.template.control.ExcelTemplateFormat.ACTION_REQUIRED;
import static org.complyscore.template.control.ExcelTemplateFormat.ACTION_SHEET;
import static org.complyscore.template.control.ExcelTemplateFormat.CATEGORY;
import static org.complyscore.template.control.ExcelTemplateFormat.CHECKS;
import static org.complyscore.template.control.ExcelTemplateFormat.CHECK_COMBINATION;
import static org.complyscore.template.control.ExcelTemplateFormat.CHECK_SEPARATORS;
import static org.complyscore.template.control.ExcelTemplateFormat.CONTROL;
import static org.complyscore.template.control.ExcelTemplateFormat.CONTROL_TITLE;
import static org.complyscore.template.control.ExcelTemplateFormat.DESCRIPTION;
import static org.complyscore.template.control.ExcelTemplateFormat.DIMENSION;
import static org.complyscore.template.control.ExcelTemplateFormat.DIMENSIONS;
import static org.complyscore.template.control.ExcelTemplateFormat.DIMENSION_SHEET;
import static org.complyscore.template.control.ExcelTemplateFormat.ENFORCEMENT;
import static org.complyscore.template.control.ExcelTemplateFormat.FAMILY;
import static org.complyscore.template.control.ExcelTemplateFormat.FAMILY_COLUMNS;
import static org.complyscore.template.control.ExcelTemplateFormat.FAMILY_REQUIRED;
import static org.complyscore.template.control.ExcelTemplateFormat.FAMILY_SHEET;
import static org.complyscore.template.control.ExcelTemplateFormat.FAMILY_TITLE;
import static org.complyscore.template.control.ExcelTemplateFormat.FIELD;
import static org.complyscore.template.control.ExcelTemplateFormat.GUIDANCE;
import static org.complyscore.template.control.ExcelTemplateFormat.HOW_TO_IMPLEMENT;
import static org.complyscore.template.control.ExcelTemplateFormat.MAX_ROWS;
import static org.complyscore.template.control.ExcelTemplateFormat.OBJECTIVES;
import static org.complyscore.template.control.ExcelTemplateFormat.OWNER;
import static org.complyscore.template.control.ExcelTemplateFormat.POINTS;
import static org.complyscore.template.control.ExcelTemplateFormat.PRODUCT;
import static org.complyscore.template.control.ExcelTemplateFormat.PURPOSE;
import static org.complyscore.template.control.ExcelTemplateFormat.REGULATION;
import static org.complyscore.template.control.ExcelTemplateFormat.SHEETS;
import static org.complyscore.template.control.ExcelTemplateFormat.SOLUTION;
import static org.complyscore.template.control.ExcelTemplateFormat.SOURCE_ID;
import static org.complyscore.template.control.ExcelTemplateFormat.SOURCE_ID_PATTERN;
import static org.complyscore.template.control.ExcelTemplateFormat.SOURCE_REFERENCE;
import static org.complyscore.template.control.ExcelTemplateFormat.STATEMENT;
import static org.complyscore.template.control.ExcelTemplateFormat.TEMPLATE_FIELDS;
import static org.complyscore.template.control.ExcelTemplateFormat.TEMPLATE_SHEET;
import static org.complyscore.template.control.ExcelTemplateFormat.TITLE;
import static org.complyscore.template.control.ExcelTemplateFormat.TYPE;
import static org.complyscore.template.control.ExcelTemplateFormat.VALUE;
import static org.complyscore.template.control.ExcelTemplateFormat.VERSION;
import static org.complyscore.template.control.ExcelTemplateFormat.allowed;
import static org.complyscore.template.control.ExcelTemplateFormat.canonical;
import static org.complyscore.template.control.ExcelTemplateFormat.inWords;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.complyscore.action.control.Labels;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.Category;
import org.complyscore.action.entity.Enforcement;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.action.entity.Points;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.Solution;
import org.complyscore.action.entity.TestingCombination;
import org.complyscore.action.entity.TestingLogic;
import org.complyscore.assessment.entity.Control;
import org.complyscore.assessment.entity.ControlFamily;
import org.complyscore.assessment.entity.Template;
import org.complyscore.assessment.entity.TemplateSource;
import org.complyscore.shared.control.SheetCells;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.template.control.TemplateDraft.ActionDraft;
import org.complyscore.template.control.TemplateDraft.ControlDraft;
import org.complyscore.template.control.TemplateDraft.FamilyDraft;

/**
 * Reads a template from an Excel workbook in the format docs/excel-templates.md describes (sheets
 * Template, ControlFamily, Actions and Dimensions). It checks everything a person can get wrong and
 * reports all of it at once, by sheet, row and column, so that one round of corrections is enough;
 * only a workbook without a single problem becomes a {@link TemplateDraft}. It never touches the
 * database: whether the template's title is new, and what an extension may change, the caller
 * decides.
 *
 * <p>Stateless and safe to share: each call keeps its state in a {@code Reading} of its own.
 */
public class ExcelTemplateReader {

  /**
   * The template in {@code xlsx}, which is read to its end but not closed.
   *
   * @throws TemplateFileException listing every problem of the file: a file that is no .xlsx
   *     workbook, a missing sheet or column, a blank or invalid cell, a broken reference between
   *     sheets
   */
  public TemplateDraft read(InputStream xlsx) {
    Objects.requireNonNull(xlsx, "No workbook to read.");
    Map<String, XlsxRows.Sheet> sheets;
    try {
      sheets = XlsxRows.read(xlsx, SHEETS, MAX_ROWS);
    } catch (XlsxRows.UnreadableException e) {
      throw new TemplateFileException(List.of(TemplateProblem.ofFile(e.getMessage())));
    }
    return new Reading(sheets).draft();
  }

  /**
   * A cell's meaning: its column, what it is called in a message ("a control's title"), what a
   * blank one lacks ("every control needs a title") and how many characters it holds at most.
   */
  private record Field(String header, String noun, String needs, int max) {}

  private static final Field TEMPLATE_FIELD =
      new Field(
          FIELD,
          "a field's name",
          "name the field: " + inWords(TEMPLATE_FIELDS, "or"),
          Integer.MAX_VALUE);
  private static final Map<String, Field> TEMPLATE_VALUES =
      Map.of(
          TITLE,
          new Field(
              VALUE, "the template's title", "the template needs a title", Template.TITLE_MAX),
          PRODUCT,
          new Field(
              VALUE,
              "the product",
              "the template needs the product in scope (such as Your organization)",
              Template.PRODUCT_MAX),
          REGULATION,
          new Field(
              VALUE,
              "the regulation",
              "the template needs the regulation or standard it covers",
              Template.REGULATION_MAX),
          VERSION,
          new Field(VALUE, "the version", "", Template.VERSION_MAX),
          SOURCE_REFERENCE,
          new Field(VALUE, "the source reference", "", Template.SOURCE_REFERENCE_MAX));
  private static final List<String> TEMPLATE_REQUIRED = List.of(TITLE, PRODUCT, REGULATION);

  private static final Field DIMENSION_NAME =
      new Field(
          DIMENSION, "a dimension", "name the dimension: Category or Solution", Integer.MAX_VALUE);
  private static final Field CATEGORY_VALUE =
      new Field(VALUE, "a category", "name the category", Category.NAME_MAX);
  private static final Field SOLUTION_VALUE =
      new Field(VALUE, "a solution's name", "name the solution", Solution.NAME_MAX);

  private static final Field ACTION_TITLE =
      new Field(
          ACTION, "an action's title", "every action needs a title", ImprovementAction.TITLE_MAX);
  private static final Field ACTION_DESCRIPTION =
      new Field(DESCRIPTION, "a description", "", SheetCells.MAX_TEXT);
  private static final Field ACTION_HOW =
      new Field(HOW_TO_IMPLEMENT, "how to implement", "", SheetCells.MAX_TEXT);
  private static final Field ACTION_CATEGORY =
      new Field(CATEGORY, "a category", "", Category.NAME_MAX);
  private static final Field ACTION_SOLUTION =
      new Field(SOLUTION, "a solution's name", "", Solution.NAME_MAX);
  private static final Field ACTION_CHECKS =
      new Field(CHECKS, "the checks", "", SheetCells.MAX_TEXT);
  private static final Field ACTION_COMBINATION =
      new Field(CHECK_COMBINATION, "a check combination", "", Integer.MAX_VALUE);

  private static final Field FAMILY_KEY =
      new Field(
          FAMILY,
          "a family's id",
          "every control needs the id of its family (such as AC)",
          ControlFamily.KEY_MAX);
  private static final Field FAMILY_NAME =
      new Field(FAMILY_TITLE, "a family's title", "", ControlFamily.TITLE_MAX);
  private static final Field CONTROL_KEY =
      new Field(
          CONTROL, "a control's id", "every control needs its id (such as AC-2)", Control.KEY_MAX);
  private static final Field CONTROL_NAME =
      new Field(
          CONTROL_TITLE, "a control's title", "every control needs a title", Control.TITLE_MAX);
  private static final Field CONTROL_STATEMENT =
      new Field(STATEMENT, "a statement", "", SheetCells.MAX_TEXT);
  private static final Field CONTROL_GUIDANCE =
      new Field(GUIDANCE, "guidance", "", SheetCells.MAX_TEXT);
  private static final Field CONTROL_OBJECTIVES =
      new Field(OBJECTIVES, "assessment objectives", "", SheetCells.MAX_TEXT);
  private static final Field CONTROL_SOURCE_ID =
      new Field(SOURCE_ID, "a source id", "", Control.SOURCE_ID_MAX);

  /** Problems in the order of the workbook: file, then sheet by sheet, row by row, column A on. */
  private static final Comparator<TemplateProblem> IN_WORKBOOK_ORDER =
      Comparator.comparingInt((TemplateProblem p) -> p.sheet().isEmpty() ? -1 : sheetIndex(p))
          .thenComparingInt(TemplateProblem::row)
          .thenComparingInt(p -> p.column().length())
          .thenComparing(TemplateProblem::column);

  private static int sheetIndex(TemplateProblem problem) {
    int index = SHEETS.indexOf(problem.sheet());
    return index < 0 ? SHEETS.size() : index;
  }

  /** A sheet with its row 1 understood: which column holds which of the known headers. */
  private record Table(String sheet, Map<String, Integer> columns, List<XlsxRows.Row> rows) {

    boolean has(String header) {
      return columns.containsKey(header);
    }

    String letter(String header) {
      return CellReference.convertNumToColString(columns.get(header));
    }

    XlsxRows.Cell cell(XlsxRows.Row row, String header) {
      Integer column = columns.get(header);
      return column == null ? null : row.cells().get(column);
    }
  }

  /** An action as read, with its row for later problems. */
  private record ActionRow(int row, ActionDraft draft) {}

  /** A control as read; its actions are known by their titles until the draft is built. */
  private record ControlRow(
      String key,
      String sourceId,
      String title,
      String statement,
      String guidance,
      String objectives,
      List<String> actionTitles) {}

  /** A family's rows: its key, the title its first titled row gave, and its controls. */
  private static final class FamilyRows {
    final String key;
    String title;
    int titleRow;
    final List<ControlRow> controls = new ArrayList<>();

    FamilyRows(String key) {
      this.key = key;
    }
  }

  /** One reading of one workbook, with the problems found so far. */
  private static final class Reading {

    private final Map<String, XlsxRows.Sheet> sheets;
    private final List<TemplateProblem> problems = new ArrayList<>();

    private final Map<String, String> templateFields = new HashMap<>();

    /** Whether Dimensions could be read, so that declarations can be checked against it. */
    private boolean dimensionsRead;

    /** Declared categories and solutions: lower case to the spelling declared. */
    private final Map<String, String> declaredCategories = new LinkedHashMap<>();

    private final Map<String, String> declaredSolutions = new LinkedHashMap<>();

    /** Declared categories that are the product's: lower case to the product's spelling. */
    private final Map<String, String> productCategories = new HashMap<>();

    /** Actions by title; {@code null} while the Actions sheet has no usable Action column. */
    private Map<String, ActionRow> actions;

    private Table actionTable;
    private final Map<String, FamilyRows> families = new LinkedHashMap<>();

    /** Titles listed by the controls; {@code null} while ControlFamily has no Actions column. */
    private Set<String> usedTitles;

    Reading(Map<String, XlsxRows.Sheet> sheets) {
      this.sheets = sheets;
    }

    TemplateDraft draft() {
      // Dimensions before Actions, Actions before ControlFamily: each checks against the former.
      readTemplate();
      readDimensions();
      readActions();
      readFamilies();
      checkUnusedActions();
      if (!problems.isEmpty()) {
        List<TemplateProblem> sorted = new ArrayList<>(problems);
        sorted.sort(IN_WORKBOOK_ORDER);
        throw new TemplateFileException(sorted);
      }
      return build();
    }

    private void readTemplate() {
      Table table = table(TEMPLATE_SHEET, List.of(FIELD, VALUE), List.of(FIELD, VALUE));
      if (table == null) {
        return;
      }
      Map<String, Integer> fieldRows = new HashMap<>();
      for (XlsxRows.Row row : table.rows()) {
        String name = text(table, row, TEMPLATE_FIELD, true);
        if (name == null) {
          continue;
        }
        Optional<String> field = canonical(name, TEMPLATE_FIELDS);
        if (field.isEmpty()) {
          problem(
              table,
              row,
              FIELD,
              quoted(name)
                  + " is not a field of the template; use "
                  + inWords(TEMPLATE_FIELDS, "or")
                  + ".");
          continue;
        }
        Integer first = fieldRows.putIfAbsent(field.get(), row.number());
        if (first != null) {
          problem(
              table,
              row,
              FIELD,
              field.get() + " is already given on row " + first + "; give each field once.");
          continue;
        }
        String value =
            text(
                table,
                row,
                TEMPLATE_VALUES.get(field.get()),
                TEMPLATE_REQUIRED.contains(field.get()));
        if (value != null) {
          templateFields.put(field.get(), value);
        }
      }
      if (!table.has(FIELD)) {
        return;
      }
      for (String field : TEMPLATE_REQUIRED) {
        if (!fieldRows.containsKey(field)) {
          problems.add(
              TemplateProblem.ofSheet(
                  TEMPLATE_SHEET,
                  "The sheet has no row for "
                      + field
                      + "; add one with "
                      + field
                      + " in column "
                      + table.letter(FIELD)
                      + " and the "
                      + field.toLowerCase(Locale.ROOT)
                      + " in column "
                      + (table.has(VALUE) ? table.letter(VALUE) : "B")
                      + "."));
        }
      }
    }

    private void readDimensions() {
      Table table = table(DIMENSION_SHEET, List.of(DIMENSION, VALUE), List.of(DIMENSION, VALUE));
      if (table == null) {
        return;
      }
      dimensionsRead = table.has(DIMENSION) && table.has(VALUE);
      for (XlsxRows.Row row : table.rows()) {
        String name = text(table, row, DIMENSION_NAME, true);
        Optional<String> dimension = name == null ? Optional.empty() : canonical(name, DIMENSIONS);
        if (name != null && dimension.isEmpty()) {
          problem(
              table,
              row,
              DIMENSION,
              quoted(name) + " is not a dimension; use " + inWords(DIMENSIONS, "or") + ".");
        }
        if (dimension.isEmpty()) {
          continue;
        }
        if (dimension.get().equals(CATEGORY)) {
          declareCategory(table, row);
        } else {
          String value = text(table, row, SOLUTION_VALUE, true);
          if (value != null) {
            declaredSolutions.putIfAbsent(lowerCase(value), value);
          }
        }
      }
    }

    private void declareCategory(Table table, XlsxRows.Row row) {
      String value = text(table, row, CATEGORY_VALUE, true);
      if (value == null) {
        return;
      }
      declaredCategories.putIfAbsent(lowerCase(value), value);
      Optional<String> standard =
          Category.STANDARD.stream().filter(c -> c.equalsIgnoreCase(value)).findFirst();
      if (standard.isPresent()) {
        productCategories.put(lowerCase(value), standard.get());
      } else {
        problem(
            table,
            row,
            VALUE,
            quoted(value)
                + " is not one of the product's categories; use "
                + inWords(Category.STANDARD, "or")
                + ".");
      }
    }

    private void readActions() {
      Table table = table(ACTION_SHEET, ACTION_COLUMNS, ACTION_REQUIRED);
      if (table == null) {
        return;
      }
      if (table.has(ACTION)) {
        actionTable = table;
        actions = new LinkedHashMap<>();
      }
      for (XlsxRows.Row row : table.rows()) {
        String title = text(table, row, ACTION_TITLE, true);
        if (title != null && title.contains("\n")) {
          problem(
              table,
              row,
              ACTION,
              "The title has a line break; an action's title is one line, as controls list their"
                  + " actions one per line.");
        }
        ActionOwner owner = choice(table, row, OWNER, ActionOwner.class, "an owner");
        ActionDraft draft =
            new ActionDraft(
                title,
                text(table, row, ACTION_DESCRIPTION, false),
                text(table, row, ACTION_HOW, false),
                choice(table, row, TYPE, ImplementationType.class, "an implementation type"),
                choice(table, row, PURPOSE, Purpose.class, "a purpose"),
                choice(table, row, ENFORCEMENT, Enforcement.class, "an enforcement"),
                owner,
                points(table, row),
                category(table, row),
                solution(table, row),
                testing(table, row, owner));
        if (title == null || actions == null) {
          continue;
        }
        ActionRow first = actions.get(title);
        if (first == null) {
          actions.put(title, new ActionRow(row.number(), draft));
        } else {
          problem(
              table,
              row,
              ACTION,
              quoted(title)
                  + " is already on row "
                  + first.row()
                  + "; an action appears once on this sheet, and controls share it by its title.");
        }
      }
    }

    private <E extends Enum<E>> E choice(
        Table table, XlsxRows.Row row, String header, Class<E> type, String noun) {
      Field field =
          new Field(
              header, noun, "every action needs " + noun + ": " + allowed(type), Integer.MAX_VALUE);
      String text = text(table, row, field, true);
      if (text == null) {
        return null;
      }
      Optional<E> value = ExcelTemplateFormat.parse(type, text);
      if (value.isEmpty()) {
        problem(
            table, row, header, quoted(text) + " is not " + noun + "; use " + allowed(type) + ".");
      }
      return value.orElse(null);
    }

    /** The points, {@code null} when blank: the default of purpose and enforcement then. */
    private Integer points(Table table, XlsxRows.Row row) {
      String text = text(table, row, new Field(POINTS, "points", "", Integer.MAX_VALUE), false);
      if (text == null) {
        return null;
      }
      String range =
          "points are a whole number from "
              + Points.MIN
              + " to "
              + Points.MAX
              + ", or blank for the default of purpose and enforcement.";
      BigDecimal value;
      try {
        value = new BigDecimal(text);
      } catch (NumberFormatException e) {
        problem(table, row, POINTS, quoted(text) + " is not a number; " + range);
        return null;
      }
      if (value.stripTrailingZeros().scale() > 0) {
        problem(table, row, POINTS, text + " is not a whole number; " + range);
        return null;
      }
      if (value.compareTo(BigDecimal.valueOf(Points.MIN)) < 0
          || value.compareTo(BigDecimal.valueOf(Points.MAX)) > 0) {
        problem(table, row, POINTS, text + " is out of range; " + range);
        return null;
      }
      return value.intValueExact();
    }

    /**
     * The testing logic of the Checks and Check combination cells (F31): check ids one per line, or
     * separated by "," or ";", each checked; a blank combination is Any failure fails. A
     * combination without checks, and checks on a service provider's action, are problems.
     */
    private TestingLogic testing(Table table, XlsxRows.Row row, ActionOwner owner) {
      String checks = text(table, row, ACTION_CHECKS, false);
      String combinationText = text(table, row, ACTION_COMBINATION, false);
      TestingCombination combination = null;
      if (combinationText != null) {
        combination =
            ExcelTemplateFormat.parse(TestingCombination.class, combinationText).orElse(null);
        if (combination == null) {
          problem(
              table,
              row,
              CHECK_COMBINATION,
              quoted(combinationText)
                  + " is not a check combination; use "
                  + allowed(TestingCombination.class)
                  + ", or leave the cell blank for "
                  + Labels.of(TestingCombination.ANY_FAILURE_FAILS)
                  + ".");
        }
      }
      List<String> ids = new ArrayList<>();
      boolean refused = false;
      for (String part : checks == null ? new String[0] : CHECK_SEPARATORS.split(checks)) {
        String id = part.strip();
        if (id.isEmpty()) {
          continue;
        }
        try {
          ids.add(TestingLogic.checkId(id));
        } catch (InvalidInputException e) {
          problem(table, row, CHECKS, e.getMessage());
          refused = true;
        }
      }
      if (ids.isEmpty() && !refused) {
        if (combinationText != null) {
          problem(
              table,
              row,
              CHECK_COMBINATION,
              "A check combination needs checks; list the action's check ids in the "
                  + CHECKS
                  + " column, or leave this cell blank.");
        }
        return TestingLogic.NONE;
      }
      if (owner == ActionOwner.PROVIDER) {
        problem(
            table,
            row,
            CHECKS,
            "A service provider's action is tested by the provider, not by checks here; leave the"
                + " cell blank, or make the owner "
                + Labels.of(ActionOwner.ORGANIZATION)
                + ".");
      }
      try {
        return TestingLogic.of(ids, combination);
      } catch (InvalidInputException e) {
        problem(table, row, CHECKS, e.getMessage());
        return TestingLogic.NONE;
      }
    }

    /** The category in the product's spelling; an undeclared one is a problem. */
    private String category(Table table, XlsxRows.Row row) {
      String value = text(table, row, ACTION_CATEGORY, false);
      if (value == null || !dimensionsRead) {
        return value;
      }
      String key = lowerCase(value);
      if (!declaredCategories.containsKey(key)) {
        problem(table, row, CATEGORY, undeclared(CATEGORY, value, declaredCategories));
        return value;
      }
      return productCategories.getOrDefault(key, value);
    }

    /** The solution as Dimensions spells it; an undeclared one is a problem. */
    private String solution(Table table, XlsxRows.Row row) {
      String value = text(table, row, ACTION_SOLUTION, false);
      if (value == null || !dimensionsRead) {
        return value;
      }
      String declared = declaredSolutions.get(lowerCase(value));
      if (declared == null) {
        problem(table, row, SOLUTION, undeclared(SOLUTION, value, declaredSolutions));
        return value;
      }
      return declared;
    }

    private static String undeclared(String dimension, String value, Map<String, String> declared) {
      String message =
          dimension
              + " "
              + quoted(value)
              + " is not declared on the Dimensions sheet; add a row there with "
              + dimension
              + " and "
              + quoted(value);
      return declared.isEmpty()
          ? message + "."
          : message
              + ", or use one that is declared: "
              + inWords(List.copyOf(declared.values()), "or")
              + ".";
    }

    private void readFamilies() {
      Table table = table(FAMILY_SHEET, FAMILY_COLUMNS, FAMILY_REQUIRED);
      if (table == null) {
        return;
      }
      if (table.rows().isEmpty()) {
        problems.add(
            TemplateProblem.ofSheet(
                FAMILY_SHEET,
                "The sheet lists no controls; a template needs at least one control, one per row"
                    + " from row 2."));
      }
      if (table.has(ACTIONS)) {
        usedTitles = new HashSet<>();
      }
      Map<String, Integer> controlRows = new HashMap<>();
      for (XlsxRows.Row row : table.rows()) {
        String familyKey = text(table, row, FAMILY_KEY, true);
        String familyTitle = text(table, row, FAMILY_NAME, false);
        String key = text(table, row, CONTROL_KEY, true);
        ControlRow control =
            new ControlRow(
                key,
                sourceId(table, row),
                text(table, row, CONTROL_NAME, true),
                text(table, row, CONTROL_STATEMENT, false),
                text(table, row, CONTROL_GUIDANCE, false),
                text(table, row, CONTROL_OBJECTIVES, false),
                actionTitles(table, row));
        if (key != null) {
          Integer first = controlRows.putIfAbsent(key, row.number());
          if (first != null) {
            problem(
                table,
                row,
                CONTROL,
                "Control "
                    + quoted(key)
                    + " is already on row "
                    + first
                    + "; each control appears once in a template.");
          }
        }
        if (familyKey != null) {
          family(table, row, familyKey, familyTitle).controls.add(control);
        }
      }
    }

    /** The control's family; its first row gives the title, later rows repeat it or leave it. */
    private FamilyRows family(Table table, XlsxRows.Row row, String key, String title) {
      FamilyRows family = families.get(key);
      boolean isNew = family == null;
      if (isNew) {
        family = new FamilyRows(key);
        families.put(key, family);
      }
      if (title == null) {
        // A cell with an error value was reported already; a blank one is fine after the first row.
        if (isNew && table.has(FAMILY_TITLE) && table.cell(row, FAMILY_TITLE) == null) {
          problem(
              table,
              row,
              FAMILY_TITLE,
              "The cell is blank; the first row of family "
                  + quoted(key)
                  + " gives the family's title.");
        }
      } else if (family.title == null) {
        family.title = title;
        family.titleRow = row.number();
      } else if (!family.title.equals(title)) {
        problem(
            table,
            row,
            FAMILY_TITLE,
            "Family "
                + quoted(key)
                + " has the title "
                + quoted(family.title)
                + " on row "
                + family.titleRow
                + "; a family has one title, so repeat it here or leave the cell blank.");
      }
      return family;
    }

    private String sourceId(Table table, XlsxRows.Row row) {
      String sourceId = text(table, row, CONTROL_SOURCE_ID, false);
      if (sourceId != null && !SOURCE_ID_PATTERN.matcher(sourceId).matches()) {
        problem(
            table,
            row,
            SOURCE_ID,
            quoted(sourceId)
                + " is not a source id; a source id starts with a letter or \"_\" and has only"
                + " letters, digits, \".\", \"_\" and \"-\" (such as ac-2.1), or the cell stays"
                + " blank.");
      }
      return sourceId;
    }

    /**
     * The titles a control's Actions cell lists, one per line or separated by ";". A line that is
     * an action's title as a whole is taken as it is, so that a title may contain ";".
     */
    private List<String> actionTitles(Table table, XlsxRows.Row row) {
      String text = text(table, row, new Field(ACTIONS, "", "", Integer.MAX_VALUE), false);
      if (text == null) {
        return List.of();
      }
      Set<String> titles = new LinkedHashSet<>();
      for (String line : text.split("\n")) {
        String title = line.strip();
        if (!title.contains(";") || (actions != null && actions.containsKey(title))) {
          titles.add(title);
        } else {
          for (String part : title.split(";")) {
            titles.add(part.strip());
          }
        }
      }
      titles.remove("");
      if (actions != null) {
        for (String title : titles) {
          if (!actions.containsKey(title)) {
            problem(table, row, ACTIONS, notOnActionSheet(title));
          }
        }
      }
      if (usedTitles != null) {
        usedTitles.addAll(titles);
      }
      return List.copyOf(titles);
    }

    private String notOnActionSheet(String title) {
      Optional<String> likely =
          actions.keySet().stream().filter(t -> t.equalsIgnoreCase(title)).findFirst();
      return quoted(title)
          + " is not on the Actions sheet; "
          + likely
              .map(t -> "titles must match exactly, and the sheet has " + quoted(t) + ".")
              .orElse("add it there, or correct the title here.");
    }

    private void checkUnusedActions() {
      if (actions == null || usedTitles == null) {
        return;
      }
      actions.forEach(
          (title, action) -> {
            if (!usedTitles.contains(title)) {
              problems.add(
                  new TemplateProblem(
                      ACTION_SHEET,
                      action.row(),
                      actionTable.letter(ACTION),
                      quoted(title)
                          + " is used by no control; list it in the Actions column of the"
                          + " ControlFamily sheet, or delete this row."));
            }
          });
    }

    private TemplateDraft build() {
      List<FamilyDraft> drafts = new ArrayList<>();
      for (FamilyRows family : families.values()) {
        List<ControlDraft> controls = new ArrayList<>();
        for (ControlRow control : family.controls) {
          controls.add(
              new ControlDraft(
                  control.key(),
                  control.sourceId(),
                  control.title(),
                  control.statement(),
                  control.guidance(),
                  control.objectives(),
                  control.actionTitles().stream().map(t -> actions.get(t).draft()).toList()));
        }
        drafts.add(new FamilyDraft(family.key, family.title, controls));
      }
      return new TemplateDraft(
          templateFields.get(TITLE),
          templateFields.get(PRODUCT),
          templateFields.get(REGULATION),
          templateFields.get(VERSION),
          TemplateSource.EXCEL,
          templateFields.get(SOURCE_REFERENCE),
          drafts);
    }

    /**
     * The sheet with its header row understood, or {@code null} (and a problem) when it is missing
     * or too long to read. Headers are matched whatever their case and order; unknown ones are
     * ignored, and so are rows with nothing in a known column.
     */
    private Table table(String name, List<String> known, List<String> required) {
      XlsxRows.Sheet sheet = sheets.get(name.toLowerCase(Locale.ROOT));
      if (sheet == null) {
        problems.add(
            TemplateProblem.ofSheet(
                name,
                "The workbook has no sheet "
                    + quoted(name)
                    + "; a template workbook has the sheets "
                    + inWords(SHEETS.stream().map(Reading::quoted).toList(), "and")
                    + "."));
        return null;
      }
      if (sheet.tooLong()) {
        problems.add(
            TemplateProblem.ofSheet(
                name,
                String.format(
                    Locale.ROOT,
                    "The sheet has more than %,d rows below row 1, more than a template workbook"
                        + " may have; split the template, or delete the rows it does not need.",
                    MAX_ROWS)));
        return null;
      }
      List<XlsxRows.Row> rows = sheet.rows();
      Map<String, Integer> columns = new HashMap<>();
      if (!rows.isEmpty() && rows.get(0).number() == 1) {
        rows.get(0)
            .cells()
            .forEach(
                (column, cell) -> {
                  Optional<String> header =
                      cell.error() ? Optional.empty() : canonical(cell.text(), known);
                  if (header.isPresent()) {
                    Integer first = columns.putIfAbsent(header.get(), column);
                    if (first != null) {
                      problems.add(
                          new TemplateProblem(
                              name,
                              1,
                              CellReference.convertNumToColString(column),
                              "The column "
                                  + quoted(header.get())
                                  + " is already in column "
                                  + CellReference.convertNumToColString(first)
                                  + "; keep one of them."));
                    }
                  }
                });
      }
      for (String header : required) {
        if (!columns.containsKey(header)) {
          problems.add(
              new TemplateProblem(
                  name,
                  1,
                  "",
                  "Row 1 has no column "
                      + quoted(header)
                      + "; row 1 names the columns, and this sheet needs "
                      + inWords(required.stream().map(Reading::quoted).toList(), "and")
                      + "."));
        }
      }
      return new Table(
          name,
          Map.copyOf(columns),
          rows.stream()
              .filter(row -> row.number() > 1)
              .filter(row -> columns.values().stream().anyMatch(row.cells()::containsKey))
              .toList());
    }

    /**
     * The cell's text, or {@code null} when it is blank, its column is missing or it shows an
     * error. Reports an error value, a blank cell that is {@code required} and a text too long.
     */
    private String text(Table table, XlsxRows.Row row, Field field, boolean required) {
      if (!table.has(field.header())) {
        return null; // reported with row 1
      }
      XlsxRows.Cell cell = table.cell(row, field.header());
      if (cell == null) {
        if (required) {
          problem(table, row, field.header(), "The cell is blank; " + field.needs() + ".");
        }
        return null;
      }
      if (cell.error()) {
        problem(
            table,
            row,
            field.header(),
            "The cell shows the error "
                + cell.text()
                + "; put the value itself in the cell, or correct the formula.");
        return null;
      }
      String text = cell.text();
      if (text.length() > field.max()) {
        problem(
            table,
            row,
            field.header(),
            String.format(
                Locale.ROOT,
                "The text has %,d characters; %s has at most %,d.",
                text.length(),
                field.noun(),
                field.max()));
      }
      return text;
    }

    private void problem(Table table, XlsxRows.Row row, String header, String message) {
      problems.add(new TemplateProblem(table.sheet(), row.number(), table.letter(header), message));
    }

    private static String quoted(String text) {
      return "\"" + text + "\"";
    }

    private static String lowerCase(String text) {
      return text.toLowerCase(Locale.ROOT);
    }
  }
}
