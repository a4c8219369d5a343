package org.complyscore.assessment.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.EvidenceKind;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.assessment.entity.ControlStatus;

/**
 * An assessment as its reports show it (F43, F48): every control of the assessment's template
 * revision with every action that serves it, the provider's actions included, as the data stood at
 * {@code asOf}.
 *
 * @param assessmentId the assessment's id
 * @param name the assessment's name
 * @param groupName the name of its group
 * @param templateTitle the title of its template
 * @param product the product in scope
 * @param regulation the regulation or standard
 * @param templateVersion the version of the template's content, or {@code null}
 * @param asOf when the data was read
 * @param lines one per control and action, by family, control and action title
 */
public record AssessmentReport(
    long assessmentId,
    String name,
    String groupName,
    String templateTitle,
    String product,
    String regulation,
    String templateVersion,
    Instant asOf,
    List<Line> lines) {

  /** Where a downloaded evidence file is served, below the application's address. */
  public static final String EVIDENCE_CONTENT_PATH = "/api/evidence/%d/content";

  public AssessmentReport {
    Objects.requireNonNull(asOf, "A report is as of a moment.");
    lines = List.copyOf(lines);
  }

  /**
   * One control with one of its actions. A control that no action of the assessment serves has a
   * single line without action: its action fields are {@code null}.
   *
   * @param familyKey the control family's key (AC)
   * @param familyTitle the control family's title (Access Control)
   * @param controlId the control's id
   * @param controlKey the control id as the regulation writes it (AC-2(1))
   * @param controlSourceId the control's id as an OSCAL token (ac-2.1)
   * @param controlTitle the control's title
   * @param controlStatus the control's derived status (rule 7)
   * @param stateId the action state's id
   * @param actionTitle the action's title
   * @param owner who carries the action out
   * @param implementationType technical, operational or documentation
   * @param points the action's maximum points
   * @param implementationStatus the recorded implementation
   * @param implementationDate the day it was implemented, or {@code null}
   * @param testStatus the recorded test result
   * @param testDate the day it was tested, or {@code null}
   * @param assigneeName the display name of the person assigned, or {@code null}
   * @param lastChanged when the action state last changed
   * @param evidence the evidence the action shows (its parent's when it mirrors one)
   */
  public record Line(
      String familyKey,
      String familyTitle,
      long controlId,
      String controlKey,
      String controlSourceId,
      String controlTitle,
      ControlStatus controlStatus,
      Long stateId,
      String actionTitle,
      ActionOwner owner,
      ImplementationType implementationType,
      Integer points,
      ImplementationStatus implementationStatus,
      LocalDate implementationDate,
      TestStatus testStatus,
      LocalDate testDate,
      String assigneeName,
      Instant lastChanged,
      List<EvidenceRef> evidence) {

    public Line {
      Objects.requireNonNull(controlStatus);
      evidence = List.copyOf(evidence);
    }

    /** Whether the line names an action; a control without actions has one line without. */
    public boolean hasAction() {
      return stateId != null;
    }
  }

  /**
   * A piece of evidence of an action.
   *
   * @param name the file's name or the link's title
   * @param kind file or link
   * @param url the link's address; {@code null} for a file
   * @param id the evidence's id
   */
  public record EvidenceRef(String name, EvidenceKind kind, String url, long id) {

    /**
     * Where the evidence is found: a link's own address, or the download address of a file on the
     * server at {@code evidenceBaseUrl} (the application's address, such as {@code
     * https://comply.example.org/complyscore}; without it, the path alone).
     */
    public String address(String evidenceBaseUrl) {
      if (kind == EvidenceKind.LINK) {
        return url;
      }
      String base = evidenceBaseUrl == null ? "" : evidenceBaseUrl.strip();
      while (base.endsWith("/")) {
        base = base.substring(0, base.length() - 1);
      }
      return base + EVIDENCE_CONTENT_PATH.formatted(id);
    }
  }
}
