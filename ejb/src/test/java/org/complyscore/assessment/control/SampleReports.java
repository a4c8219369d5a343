package org.complyscore.assessment.control;

import static org.complyscore.action.entity.ActionOwner.ORGANIZATION;
import static org.complyscore.action.entity.ActionOwner.PROVIDER;
import static org.complyscore.action.entity.ImplementationType.DOCUMENTATION;
import static org.complyscore.action.entity.ImplementationType.OPERATIONAL;
import static org.complyscore.action.entity.ImplementationType.TECHNICAL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.EvidenceKind;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.assessment.control.AssessmentReport.EvidenceRef;
import org.complyscore.assessment.control.AssessmentReport.Line;
import org.complyscore.assessment.entity.ControlStatus;

/**
 * A small assessment report with what the writers must handle:
 *
 * <pre>
 * control  status       actions (state)
 * AC-2     passed       review (101, file + link), provider "=cmd" (102)
 * AC-2(1)  in progress  review (101 again), policy (103, title with padding and a line break)
 * SC-7     none         no action; its stored source id is no OSCAL token
 * SC-8     failed       firewall (104, a link whose address is no URI, one beyond ASCII)
 * </pre>
 */
final class SampleReports {

  static final Instant AS_OF = Instant.parse("2025-03-14T09:26:53.589Z");
  static final Instant CHANGED = Instant.parse("2025-03-02T08:00:00Z");
  static final LocalDate IMPLEMENTED = LocalDate.of(2025, 2, 28);
  static final LocalDate TESTED = LocalDate.of(2025, 3, 1);
  static final String BASE_URL = "https://comply.example.org/complyscore/";

  static final String FORMULA_TITLE = "=cmd|' /C calc'!A0";

  static final EvidenceRef FILE = new EvidenceRef("review-2025.pdf", EvidenceKind.FILE, null, 501);
  static final EvidenceRef LINK =
      new EvidenceRef("Ticket 42", EvidenceKind.LINK, "https://tickets.example.org/42", 502);
  static final EvidenceRef BAD_LINK =
      new EvidenceRef("Firewall rules", EvidenceKind.LINK, "http://exa mple.org/a b", 503);
  static final EvidenceRef NON_ASCII_LINK =
      new EvidenceRef("Prüfbericht", EvidenceKind.LINK, "https://wiki.example.org/Prüfung", 504);

  private SampleReports() {}

  static AssessmentReport report(Instant asOf) {
    return new AssessmentReport(
        7,
        "Baseline 2025",
        "Europe",
        "NIST SP 800-53 Rev 5 MODERATE",
        "Corporate IT",
        "NIST SP 800-53 Rev 5 MODERATE",
        "5.1.1",
        asOf,
        List.of(
            ac2(review()),
            ac2(
                new Action(
                    102,
                    FORMULA_TITLE,
                    PROVIDER,
                    TECHNICAL,
                    27,
                    ImplementationStatus.IMPLEMENTED,
                    TestStatus.PASSED,
                    null,
                    List.of())),
            ac21(review()),
            ac21(
                new Action(
                    103,
                    "  Document the\n policy  ",
                    ORGANIZATION,
                    DOCUMENTATION,
                    3,
                    ImplementationStatus.NOT_IMPLEMENTED,
                    TestStatus.NONE,
                    null,
                    List.of())),
            new Line(
                "SC",
                "System and Communications Protection",
                13,
                "SC-7",
                "not a token",
                "Boundary Protection",
                ControlStatus.NONE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of()),
            sc8()));
  }

  static AssessmentReport empty() {
    return new AssessmentReport(
        8, "Empty", "Europe", "Empty template", "Product", "Regulation", null, AS_OF, List.of());
  }

  private static Action review() {
    return new Action(
        101,
        "Review accounts every quarter",
        ORGANIZATION,
        OPERATIONAL,
        9,
        ImplementationStatus.IMPLEMENTED,
        TestStatus.PASSED,
        "Ada Lovelace",
        List.of(FILE, LINK));
  }

  private record Action(
      long stateId,
      String title,
      ActionOwner owner,
      ImplementationType type,
      int points,
      ImplementationStatus implementation,
      TestStatus test,
      String assignee,
      List<EvidenceRef> evidence) {}

  private static Line ac2(Action action) {
    return line("AC", "Access Control", 11, "AC-2", "ac-2", "Account Management", action)
        .withStatus(ControlStatus.PASSED);
  }

  private static Line ac21(Action action) {
    return line(
            "AC",
            "Access Control",
            12,
            "AC-2(1)",
            "ac-2.1",
            "Automated System Account Management",
            action)
        .withStatus(ControlStatus.IN_PROGRESS);
  }

  private static Line sc8() {
    return line(
            "SC",
            "System and Communications Protection",
            14,
            "SC-8",
            "sc-8",
            "Transmission Confidentiality and Integrity",
            new Action(
                104,
                "Encrypt traffic between sites",
                ORGANIZATION,
                TECHNICAL,
                27,
                ImplementationStatus.IMPLEMENTED,
                TestStatus.FAILED_HIGH_RISK,
                null,
                List.of(BAD_LINK, NON_ASCII_LINK)))
        .withStatus(ControlStatus.FAILED);
  }

  private static LineDraft line(
      String familyKey,
      String familyTitle,
      long controlId,
      String key,
      String sourceId,
      String title,
      Action action) {
    return new LineDraft(familyKey, familyTitle, controlId, key, sourceId, title, action);
  }

  private record LineDraft(
      String familyKey,
      String familyTitle,
      long controlId,
      String key,
      String sourceId,
      String title,
      Action action) {

    Line withStatus(ControlStatus status) {
      boolean implemented = action.implementation().isImplemented();
      boolean tested = action.test() != TestStatus.NONE;
      return new Line(
          familyKey,
          familyTitle,
          controlId,
          key,
          sourceId,
          title,
          status,
          action.stateId(),
          action.title(),
          action.owner(),
          action.type(),
          action.points(),
          action.implementation(),
          implemented ? IMPLEMENTED : null,
          action.test(),
          tested ? TESTED : null,
          action.assignee(),
          CHANGED,
          action.evidence());
    }
  }
}
