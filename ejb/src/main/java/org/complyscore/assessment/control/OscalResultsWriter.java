package org.complyscore.assessment.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.complyscore.action.control.Labels;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.EvidenceKind;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.assessment.control.AssessmentReport.EvidenceRef;
import org.complyscore.assessment.control.AssessmentReport.Line;
import org.complyscore.assessment.entity.Control;
import org.complyscore.assessment.entity.ControlStatus;
import org.complyscore.shared.control.OscalNamespace;

/**
 * The assessment report as an OSCAL 1.1.3 assessment-results document (F48): one result with every
 * control of the assessment reviewed, one finding per control (satisfied only when its derived
 * status is Passed) and one observation per action state, which the findings of its controls refer
 * to.
 *
 * <p>The schema's rules this writer keeps: empty arrays are left out; every string of the {@code
 * StringDatatype} kind is one line without leading or trailing white space; ids are tokens; UUIDs
 * are version 4 or 5; date-times carry their zone. What ComplyScore knows that OSCAL has no field
 * for goes into {@code props} in the {@value #NS} namespace.
 */
public final class OscalResultsWriter {

  static final String OSCAL_VERSION = "1.1.3";

  /** The namespace of ComplyScore's own properties. */
  static final String NS = OscalNamespace.COMPLYSCORE;

  /**
   * The namespace of the name-based (version 5) UUIDs of the documents, made once at random.
   *
   * <p>Why name-based: the document, its result, findings and observations get the same UUIDs in
   * every export of the same assessment, controls and action states, so two exports of unchanged
   * data differ only in their timestamps, and a tool that reads results over time can follow one
   * finding from export to export (OSCAL asks for UUIDs that stay with their subject across
   * revisions). Version 3 (Java's {@code nameUUIDFromBytes}) is not allowed by the schema.
   */
  private static final UUID NAMESPACE = UUID.fromString("03e9f7fb-c33d-4d5c-b5ed-0b59c9f4aa26");

  /** The schema's TokenDatatype: what a control id must look like. */
  private static final Pattern TOKEN = Pattern.compile("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$");

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private OscalResultsWriter() {}

  /**
   * Writes the document as UTF-8 JSON to {@code out}, which stays open.
   *
   * @param systemName the organization or system the results are about, named as the document's
   *     party; {@code null} or blank for none
   * @param evidenceBaseUrl the application's address, which the download links of evidence files
   *     start with (such as {@code https://comply.example.org/complyscore})
   */
  public static void write(
      AssessmentReport report, String systemName, String evidenceBaseUrl, OutputStream out) {
    JsonObject document = document(report, systemName, evidenceBaseUrl);
    JsonGeneratorFactory factory =
        Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    // Flushed, not closed: closing a generator closes the stream, which belongs to the caller.
    JsonGenerator generator = factory.createGenerator(out, StandardCharsets.UTF_8);
    generator.write(document);
    generator.flush();
  }

  /** The document as JSON, for tests and callers that embed it. */
  public static JsonObject document(
      AssessmentReport report, String systemName, String evidenceBaseUrl) {
    String assessment = "assessment/" + report.assessmentId();
    UUID noPlan = uuid(assessment + "/no-assessment-plan");

    JsonObjectBuilder results = Json.createObjectBuilder();
    results.add("uuid", uuid(assessment).toString());
    results.add("metadata", metadata(report, systemName));
    results.add(
        "import-ap",
        Json.createObjectBuilder()
            .add("href", "#" + noPlan)
            .add(
                "remarks",
                "ComplyScore assesses controls through improvement actions; no assessment plan"
                    + " was used. The reference points at a resource that says so."));
    results.add("results", Json.createArrayBuilder().add(result(report, evidenceBaseUrl)));
    results.add(
        "back-matter",
        Json.createObjectBuilder()
            .add(
                "resources",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("uuid", noPlan.toString())
                            .add("title", "No assessment plan")
                            .add(
                                "description",
                                "No OSCAL assessment plan was used. ComplyScore derived these"
                                    + " results from the implementation and test results"
                                    + " recorded for the improvement actions that serve each"
                                    + " control."))));
    return Json.createObjectBuilder().add("assessment-results", results).build();
  }

  private static JsonObject metadata(AssessmentReport report, String systemName) {
    JsonObjectBuilder metadata = Json.createObjectBuilder();
    metadata.add("title", lineOr(report.name(), "Assessment") + ": assessment results");
    metadata.add("last-modified", dateTime(report.asOf()));
    // The document's version is the moment of its data: a later export is a later version.
    metadata.add("version", dateTime(report.asOf()));
    metadata.add("oscal-version", OSCAL_VERSION);
    String party = line(systemName);
    if (party != null) {
      metadata.add(
          "parties",
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("uuid", uuid("party/" + party).toString())
                      .add("type", "organization")
                      .add("name", party)));
    }
    metadata.add(
        "remarks",
        "Exported from ComplyScore. The results are as of "
            + dateTime(report.asOf())
            + "; changes made afterwards are not in this document.");
    return metadata.build();
  }

  private static JsonObject result(AssessmentReport report, String evidenceBaseUrl) {
    String assessment = "assessment/" + report.assessmentId();
    Map<Long, List<Line>> controls = new LinkedHashMap<>();
    Map<Long, Line> states = new LinkedHashMap<>();
    for (Line line : report.lines()) {
      controls.computeIfAbsent(line.controlId(), id -> new ArrayList<>()).add(line);
      if (line.hasAction()) {
        states.putIfAbsent(line.stateId(), line);
      }
    }

    JsonObjectBuilder result = Json.createObjectBuilder();
    result.add("uuid", uuid(assessment + "/result").toString());
    result.add("title", lineOr(report.name(), "Assessment"));
    result.add("description", description(report));
    result.add("start", dateTime(report.asOf()));
    addIfAny(
        result,
        "props",
        props(
            "group", report.groupName(),
            "template", report.templateTitle(),
            "regulation", report.regulation(),
            "product", report.product(),
            "template-version", report.templateVersion()));
    result.add("reviewed-controls", reviewedControls(controls.values()));

    JsonArrayBuilder observations = Json.createArrayBuilder();
    for (Line state : states.values()) {
      observations.add(observation(assessment, state, report.asOf(), evidenceBaseUrl));
    }
    addIfAny(result, "observations", observations.build());

    JsonArrayBuilder findings = Json.createArrayBuilder();
    for (List<Line> lines : controls.values()) {
      findings.add(finding(assessment, lines));
    }
    addIfAny(result, "findings", findings.build());
    return result.build();
  }

  private static String description(AssessmentReport report) {
    StringBuilder text =
        new StringBuilder("The controls of the assessment \"")
            .append(lineOr(report.name(), "Assessment"))
            .append("\" as ComplyScore derived their status from the improvement actions that")
            .append(" serve them, as of ")
            .append(dateTime(report.asOf()))
            .append('.');
    String template = line(report.templateTitle());
    if (template != null) {
      text.append(" Template: ").append(template).append('.');
    }
    String group = line(report.groupName());
    if (group != null) {
      text.append(" Group: ").append(group).append('.');
    }
    return text.toString();
  }

  private static JsonObject reviewedControls(Iterable<List<Line>> controls) {
    Set<String> ids = new LinkedHashSet<>();
    for (List<Line> lines : controls) {
      ids.add(controlId(lines.get(0)));
    }
    JsonObjectBuilder selection = Json.createObjectBuilder();
    if (ids.isEmpty()) {
      selection.add("remarks", "The assessment has no controls.");
    } else {
      JsonArrayBuilder include = Json.createArrayBuilder();
      ids.forEach(id -> include.add(Json.createObjectBuilder().add("control-id", id)));
      selection.add("include-controls", include);
    }
    return Json.createObjectBuilder()
        .add("description", "Every control of the assessment's template.")
        .add("control-selections", Json.createArrayBuilder().add(selection))
        .build();
  }

  /**
   * A control's finding. Its target is the control itself: OSCAL targets a control's statement or
   * objective, and whether the control as a whole is met is its objective, so the type is {@code
   * objective-id} with the control's id.
   */
  private static JsonObject finding(String assessment, List<Line> lines) {
    Line control = lines.get(0);
    ControlStatus status = control.controlStatus();
    String statusText = "ComplyScore's control status: " + Labels.of(status) + ".";
    JsonObjectBuilder finding = Json.createObjectBuilder();
    finding.add("uuid", uuid(assessment + "/control/" + control.controlId()).toString());
    finding.add("title", controlTitle(control));
    finding.add(
        "description",
        statusText
            + " A control passes when all of its actions in scope passed, and fails when one of"
            + " them failed.");
    addIfAny(finding, "props", props("control-status", status.name()));
    finding.add(
        "target",
        Json.createObjectBuilder()
            .add("type", "objective-id")
            .add("target-id", controlId(control))
            .add(
                "status",
                Json.createObjectBuilder()
                    .add("state", status == ControlStatus.PASSED ? "satisfied" : "not-satisfied")
                    .add("reason", reason(status))
                    .add("remarks", statusText)));
    JsonArrayBuilder related = Json.createArrayBuilder();
    lines.stream()
        .filter(Line::hasAction)
        .map(Line::stateId)
        .distinct()
        .forEach(
            state ->
                related.add(
                    Json.createObjectBuilder()
                        .add("observation-uuid", observationUuid(assessment, state).toString())));
    addIfAny(finding, "related-observations", related.build());
    return finding.build();
  }

  private static String reason(ControlStatus status) {
    return switch (status) {
      case PASSED -> "pass";
      case FAILED -> "fail";
      default -> "other";
    };
  }

  /** An action state's observation: what was recorded about its implementation and test. */
  private static JsonObject observation(
      String assessment, Line state, Instant asOf, String evidenceBaseUrl) {
    JsonObjectBuilder observation = Json.createObjectBuilder();
    observation.add("uuid", observationUuid(assessment, state.stateId()).toString());
    observation.add("title", lineOr(state.actionTitle(), "Improvement action"));
    observation.add("description", observationDescription(state));
    addIfAny(
        observation,
        "props",
        props(
            "implementation-status", name(state.implementationStatus()),
            "test-status", name(state.testStatus()),
            "owner", name(state.owner()),
            "implementation-type", name(state.implementationType()),
            "points", state.points() == null ? null : state.points().toString()));
    // A technical setting is tested; a process or document is examined.
    observation.add(
        "methods",
        Json.createArrayBuilder()
            .add(state.implementationType() == ImplementationType.TECHNICAL ? "TEST" : "EXAMINE"));
    observation.add("types", Json.createArrayBuilder().add("control-objective"));
    JsonArrayBuilder evidence = Json.createArrayBuilder();
    for (EvidenceRef piece : state.evidence()) {
      JsonObjectBuilder relevant = Json.createObjectBuilder();
      String href = reference(piece.address(evidenceBaseUrl));
      if (href != null) {
        relevant.add("href", href);
      }
      relevant.add(
          "description",
          lineOr(piece.name(), "Evidence")
              + (piece.kind() == EvidenceKind.FILE ? " (file)" : " (link)"));
      evidence.add(relevant);
    }
    addIfAny(observation, "relevant-evidence", evidence.build());
    // When the recorded implementation and test were last changed: what the observation rests on.
    observation.add(
        "collected", dateTime(state.lastChanged() == null ? asOf : state.lastChanged()));
    return observation.build();
  }

  private static String observationDescription(Line state) {
    StringBuilder text = new StringBuilder("Implementation: ");
    text.append(Labels.of(state.implementationStatus()));
    on(text, state.implementationDate());
    text.append(". Test: ").append(Labels.of(state.testStatus()));
    on(text, state.testDate());
    text.append('.');
    if (state.owner() == ActionOwner.PROVIDER) {
      text.append(" Carried out by the service provider.");
    }
    return text.toString();
  }

  private static void on(StringBuilder text, LocalDate day) {
    if (day != null) {
      text.append(" on ").append(day);
    }
  }

  private static UUID observationUuid(String assessment, long stateId) {
    return uuid(assessment + "/action-state/" + stateId);
  }

  /**
   * The control's id as an OSCAL token: the stored source id when it is one, else the one made from
   * the key (which always is).
   */
  static String controlId(Line line) {
    String id = line.controlSourceId() == null ? null : line.controlSourceId().strip();
    if (id != null && TOKEN.matcher(id).matches()) {
      return id;
    }
    return Control.sourceIdOf(null, line.controlKey() == null ? "" : line.controlKey());
  }

  private static String controlTitle(Line control) {
    String key = line(control.controlKey());
    String title = line(control.controlTitle());
    if (key == null) {
      return title == null ? "Control" : title;
    }
    return title == null ? key : key + " " + title;
  }

  /**
   * Props in ComplyScore's namespace from name and value pairs; pairs without value are left out.
   */
  private static JsonArray props(String... namesAndValues) {
    JsonArrayBuilder props = Json.createArrayBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String value = line(namesAndValues[i + 1]);
      if (value != null) {
        props.add(
            Json.createObjectBuilder()
                .add("name", namesAndValues[i])
                .add("ns", NS)
                .add("value", value));
      }
    }
    return props.build();
  }

  /** The schema allows no empty array: one without items is left out. */
  private static void addIfAny(JsonObjectBuilder object, String name, JsonArray array) {
    if (!array.isEmpty()) {
      object.add(name, array);
    }
  }

  /** An address as a URI reference, or {@code null} when it is none (then it is left out). */
  private static String reference(String address) {
    String candidate = address == null ? "" : address.strip();
    if (candidate.isEmpty()) {
      return null;
    }
    try {
      // ASCII, as a URI reference must be: letters beyond it are percent-encoded.
      return new URI(candidate).toASCIIString();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * Text on one line without white space at either end, as the schema's StringDatatype wants it
   * (its pattern matches no line break); {@code null} when nothing is left.
   */
  static String line(String text) {
    if (text == null) {
      return null;
    }
    String single = WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    return single.isEmpty() ? null : single;
  }

  private static String lineOr(String text, String otherwise) {
    String single = line(text);
    return single == null ? otherwise : single;
  }

  private static String name(Enum<?> constant) {
    return constant == null ? null : constant.name();
  }

  /** A date-time with its zone (UTC), to the second. */
  static String dateTime(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /** A name-based (version 5, SHA-1) UUID in ComplyScore's namespace, as RFC 4122 makes it. */
  static UUID uuid(String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-1.", e);
    }
    sha1.update(
        ByteBuffer.allocate(16)
            .putLong(NAMESPACE.getMostSignificantBits())
            .putLong(NAMESPACE.getLeastSignificantBits())
            .array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bytes.getLong(), bytes.getLong());
  }
}
