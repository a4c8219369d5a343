package org.complyscore.template.control;

import static org.complyscore.template.control.ExcelTemplateFormat.ACTION_COLUMNS;
import static org.complyscore.template.control.ExcelTemplateFormat.ACTION_SHEET;
import static org.complyscore.template.control.ExcelTemplateFormat.CATEGORY;
import static org.complyscore.template.control.ExcelTemplateFormat.DIMENSION;
import static org.complyscore.template.control.ExcelTemplateFormat.DIMENSION_SHEET;
import static org.complyscore.template.control.ExcelTemplateFormat.FAMILY_COLUMNS;
import static org.complyscore.template.control.ExcelTemplateFormat.FAMILY_SHEET;
import static org.complyscore.template.control.ExcelTemplateFormat.FIELD;
import static org.complyscore.template.control.ExcelTemplateFormat.SOLUTION;
import static org.complyscore.template.control.ExcelTemplateFormat.TEMPLATE_FIELDS;
import static org.complyscore.template.control.ExcelTemplateFormat.TEMPLATE_SHEET;
import static org.complyscore.template.control.ExcelTemplateFormat.VALUE;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.Enforcement;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestingCombination;
import org.complyscore.action.entity.TestingLogic;
import org.complyscore.assessment.entity.TemplateSource;
import org.complyscore.shared.control.SheetCells;
import org.complyscore.template.control.TemplateDraft.ActionDraft;
import org.complyscore.template.control.TemplateDraft.ControlDraft;
import org.complyscore.template.control.TemplateDraft.FamilyDraft;

/**
 * Writes a template as an Excel workbook in the very format {@link ExcelTemplateReader} reads, so
 * that a template can be exported, edited in Excel and imported again (reading what was written
 * gives the same draft). Also makes the sample workbook the import page offers.
 */
public class ExcelTemplateWriter {

  /** Rows kept in memory while writing; older rows go to a temporary file. */
  private static final int ROW_WINDOW = 100;

  /** Column widths in characters, in the order of the format's columns. */
  private static final int[] TEMPLATE_WIDTHS = {20, 80};

  private static final int[] FAMILY_WIDTHS = {10, 28, 12, 40, 60, 50, 50, 12, 60};
  private static final int[] ACTION_WIDTHS = {50, 60, 60, 20, 13, 15, 19, 8, 24, 32, 30, 18};
  private static final int[] DIMENSION_WIDTHS = {14, 40};

  /**
   * Writes {@code draft} to {@code out}, which stays open. Dimensions declares the categories and
   * solutions the actions use; each action is on Actions once, and controls list the titles of
   * theirs one per line.
   */
  public void write(TemplateDraft draft, OutputStream out) throws IOException {
    Objects.requireNonNull(draft);
    // Closing deletes the temporary files the flushed rows went to, also when writing fails.
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
      SheetCells cells = new SheetCells(workbook);
      List<ActionDraft> actions = draft.distinctActions();
      writeTemplate(workbook.createSheet(TEMPLATE_SHEET), cells, draft);
      writeFamilies(workbook.createSheet(FAMILY_SHEET), cells, draft.families());
      writeActions(workbook.createSheet(ACTION_SHEET), cells, actions);
      writeDimensions(workbook.createSheet(DIMENSION_SHEET), cells, actions);
      workbook.write(out);
    }
  }

  private static void writeTemplate(Sheet sheet, SheetCells cells, TemplateDraft draft) {
    SheetCells.widths(sheet, TEMPLATE_WIDTHS);
    cells.header(sheet, 0, List.of(FIELD, VALUE), TEMPLATE_FIELDS.size());
    List<String> values =
        Arrays.asList(
            draft.title(),
            draft.product(),
            draft.regulation(),
            draft.version(),
            draft.sourceReference());
    for (int i = 0; i < TEMPLATE_FIELDS.size(); i++) {
      Row row = sheet.createRow(i + 1);
      cells.bold(row, 0, TEMPLATE_FIELDS.get(i));
      cells.text(row, 1, values.get(i));
    }
  }

  private static void writeFamilies(Sheet sheet, SheetCells cells, List<FamilyDraft> families) {
    SheetCells.widths(sheet, FAMILY_WIDTHS);
    int controls = families.stream().mapToInt(f -> f.controls().size()).sum();
    cells.header(sheet, 0, FAMILY_COLUMNS, controls);
    int rowIndex = 1;
    for (FamilyDraft family : families) {
      for (ControlDraft control : family.controls()) {
        // The family's columns repeat on every row, so that a row can be sorted or moved alone.
        List<Object> values =
            Arrays.asList(
                family.key(),
                family.title(),
                control.key(),
                control.title(),
                control.statement(),
                control.guidance(),
                control.objectives(),
                control.sourceId(),
                String.join("\n", control.actions().stream().map(ActionDraft::title).toList()));
        writeRow(sheet.createRow(rowIndex++), cells, values);
      }
    }
  }

  private static void writeActions(Sheet sheet, SheetCells cells, List<ActionDraft> actions) {
    SheetCells.widths(sheet, ACTION_WIDTHS);
    cells.header(sheet, 0, ACTION_COLUMNS, actions.size());
    int rowIndex = 1;
    for (ActionDraft action : actions) {
      List<Object> values =
          Arrays.asList(
              action.title(),
              action.description(),
              action.howToImplement(),
              action.type(),
              action.purpose(),
              action.enforcement(),
              action.owner(),
              action.points(),
              action.category(),
              action.solution(),
              checks(action.testing()),
              action.testing().isAutomatable() ? action.testing().combination() : null);
      writeRow(sheet.createRow(rowIndex++), cells, values);
    }
  }

  /** The check ids one per line, as the reader reads them; {@code null} for none. */
  private static String checks(TestingLogic testing) {
    return testing.isAutomatable() ? String.join("\n", testing.checkIds()) : null;
  }

  private static void writeDimensions(Sheet sheet, SheetCells cells, List<ActionDraft> actions) {
    Set<String> categories = new LinkedHashSet<>();
    Set<String> solutions = new LinkedHashSet<>();
    for (ActionDraft action : actions) {
      if (action.category() != null) {
        categories.add(action.category());
      }
      if (action.solution() != null) {
        solutions.add(action.solution());
      }
    }
    SheetCells.widths(sheet, DIMENSION_WIDTHS);
    cells.header(sheet, 0, List.of(DIMENSION, VALUE), categories.size() + solutions.size());
    int rowIndex = 1;
    for (String category : categories) {
      writeRow(sheet.createRow(rowIndex++), cells, List.of(CATEGORY, category));
    }
    for (String solution : solutions) {
      writeRow(sheet.createRow(rowIndex++), cells, List.of(SOLUTION, solution));
    }
  }

  private static void writeRow(Row row, SheetCells cells, List<?> values) {
    for (int column = 0; column < values.size(); column++) {
      cells.value(row, column, values.get(column));
    }
  }

  /**
   * A small template to start from: two families, five controls, six actions, one of them shared by
   * two controls, one carried out by a service provider and one tested by automated monitoring. It
   * shows every column in use and reads back without a problem.
   */
  public static TemplateDraft sample() {
    ActionDraft policy =
        new ActionDraft(
            "Publish an acceptable use policy",
            "Write down how people may use the organization's devices, accounts, networks and"
                + " data, have management approve it and publish it where everyone finds it.",
            "- Start from the rules you already give new joiners\n"
                + "- Cover devices, e-mail, internet, cloud services and personal use\n"
                + "- Have it approved and put it on the intranet",
            ImplementationType.DOCUMENTATION,
            Purpose.PREVENTIVE,
            Enforcement.MANDATORY,
            ActionOwner.ORGANIZATION,
            null,
            "Manage compliance",
            "Policy management");
    ActionDraft review =
        new ActionDraft(
            "Review the acceptable use policy every year",
            "Check once a year that the policy still matches how people work and the services in"
                + " use, and record the review.",
            null,
            ImplementationType.DOCUMENTATION,
            Purpose.CORRECTIVE,
            Enforcement.DISCRETIONARY,
            ActionOwner.ORGANIZATION,
            null,
            "Manage compliance",
            "Policy management");
    ActionDraft acknowledgement =
        new ActionDraft(
            "Have every person acknowledge the acceptable use policy before they get an account",
            "No account is handed out before its holder has read and signed the policy; the"
                + " signed acknowledgements are kept.",
            "1. Add the acknowledgement to the joiner checklist\n"
                + "2. Keep the signed copies with the personnel records",
            ImplementationType.OPERATIONAL,
            Purpose.PREVENTIVE,
            Enforcement.MANDATORY,
            ActionOwner.ORGANIZATION,
            null,
            "Control access",
            "Identity and access management");
    ActionDraft monitoring =
        new ActionDraft(
            "Review sign-in and usage logs for policy violations",
            "Look through sign-in and usage logs every month for use the policy does not allow,"
                + " and follow up what you find.",
            null,
            ImplementationType.OPERATIONAL,
            Purpose.DETECTIVE,
            Enforcement.DISCRETIONARY,
            ActionOwner.ORGANIZATION,
            5,
            "Discover and respond",
            "Security monitoring");
    ActionDraft mfa =
        new ActionDraft(
            "Require multi-factor authentication for all accounts",
            "Every sign-in to the organization's services asks for a second factor.",
            "- Turn on multi-factor authentication in the identity provider\n"
                + "- Register a second factor for every account\n"
                + "- Block sign-ins without it",
            ImplementationType.TECHNICAL,
            Purpose.PREVENTIVE,
            Enforcement.MANDATORY,
            ActionOwner.ORGANIZATION,
            null,
            "Control access",
            "Identity and access management",
            // Counts accounts: 95 of 100 enrolled is worth 95 % of the points.
            TestingLogic.of(
                "idp.mfa-enrolled\nidp.legacy-sign-in-blocked", TestingCombination.AVERAGE));
    ActionDraft providerMfa =
        new ActionDraft(
            "Provider requires multi-factor authentication for its administrators",
            "The hosting provider's administrators sign in to the platform with a second factor;"
                + " the provider implements and tests this.",
            null,
            ImplementationType.TECHNICAL,
            Purpose.PREVENTIVE,
            Enforcement.MANDATORY,
            ActionOwner.PROVIDER,
            null,
            "Control access",
            null);

    FamilyDraft acceptableUse =
        new FamilyDraft(
            "AUP",
            "Acceptable use",
            List.of(
                new ControlDraft(
                    "AUP-1",
                    "aup-1",
                    "Acceptable use policy",
                    "The organization documents, approves and publishes rules for the acceptable"
                        + " use of its information systems and data, and keeps them current.",
                    "Short rules that people read beat long ones that nobody does.",
                    "Examine the policy, its approval and the date of its last review.",
                    List.of(policy, review)),
                new ControlDraft(
                    "AUP-2",
                    "aup-2",
                    "Acknowledgement by personnel",
                    "Every person who uses the organization's systems has acknowledged the"
                        + " acceptable use policy.",
                    null,
                    "Examine a sample of acknowledgements against the list of accounts.",
                    List.of(acknowledgement)),
                new ControlDraft(
                    "AUP-3",
                    null,
                    "Monitoring of use",
                    "The organization monitors the use of its systems for violations of the"
                        + " acceptable use policy.",
                    null,
                    null,
                    List.of(monitoring))));
    FamilyDraft accessControl =
        new FamilyDraft(
            "AC",
            "Access control",
            List.of(
                new ControlDraft(
                    "AC-1",
                    "ac-1",
                    "Individual accounts",
                    "Each person gets an account of their own, issued only after they have"
                        + " acknowledged the acceptable use policy.",
                    "Shared accounts hide who did what.",
                    null,
                    List.of(acknowledgement)),
                new ControlDraft(
                    "AC-2",
                    "ac-2",
                    "Multi-factor authentication",
                    "Sign-ins to the organization's services and to the platforms that host them"
                        + " require a second factor.",
                    null,
                    "Test a sign-in without a second factor; examine the provider's attestation.",
                    List.of(mfa, providerMfa))));
    return new TemplateDraft(
        "Sample: Acceptable use and access policy",
        "Your organization",
        "Internal policy",
        "1.0",
        TemplateSource.EXCEL,
        "ComplyScore sample template; adapt it to your organization.",
        List.of(acceptableUse, accessControl));
  }
}
