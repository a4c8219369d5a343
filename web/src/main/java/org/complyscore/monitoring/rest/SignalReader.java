package org.complyscore.monitoring.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.complyscore.monitoring.boundary.SignalInput;
import org.complyscore.monitoring.boundary.SignalProblem;
import org.complyscore.monitoring.boundary.SignalService;
import org.complyscore.monitoring.entity.Severity;
import org.complyscore.monitoring.entity.SignalResult;
import org.complyscore.shared.rest.Problem;

/**
 * Reads posted signals from JSON: one object, or an array of up to {@value
 * SignalService#BATCH_MAX}. It checks what JSON can get wrong (syntax, types, unknown fields, words
 * for the result and the severity, the timestamp's format) and leaves the rules of a signal to
 * {@link SignalInput}, so that a machine learns every bad value at once.
 */
final class SignalReader {

  /** Bytes of one request: 1,000 signals with long details fit, a runaway upload does not. */
  static final int BODY_MAX = 4 * 1024 * 1024;

  private static final Set<String> FIELDS =
      Set.of(
          "checkId",
          "resourceId",
          "result",
          "fraction",
          "severity",
          "observedAt",
          "detail",
          "link");

  /**
   * What was read: the signals, typed, and their problems in the order of the batch, each signal's
   * values that could not be read first, then the rules they break.
   */
  record Read(List<SignalInput> signals, boolean batch, List<SignalProblem> problems) {}

  private SignalReader() {}

  /**
   * Reads and checks the posted signals.
   *
   * @param now the moment of receipt, for observations said to come from the future
   */
  static Read read(InputStream body, Instant now) {
    byte[] bytes = limited(body);
    JsonStructure json;
    try (var reader = Json.createReader(new java.io.ByteArrayInputStream(bytes))) {
      json = reader.read();
    } catch (JsonParsingException e) {
      var where = e.getLocation();
      throw new UnreadableSignalsException(
          Problem.badRequest(
              "body",
              "This is not valid JSON"
                  + (where == null
                      ? ""
                      : " (line "
                          + where.getLineNumber()
                          + ", column "
                          + where.getColumnNumber()
                          + ")")
                  + ": send one signal as an object, or several as an array."));
    } catch (jakarta.json.JsonException e) {
      throw new UnreadableSignalsException(
          Problem.badRequest(
              "body", "Send one signal as a JSON object, or several as a JSON array."));
    }
    if (json instanceof JsonObject single) {
      List<SignalProblem> problems = new ArrayList<>();
      return new Read(List.of(checked(single, "", now, problems)), false, problems);
    }
    JsonArray array = (JsonArray) json;
    if (array.size() > SignalService.BATCH_MAX) {
      throw new UnreadableSignalsException(
          new Problem(
              "urn:complyscore:problem:too-large",
              "Too many signals",
              413,
              array.size()
                  + " signals in one request; post at most "
                  + SignalService.BATCH_MAX
                  + " at a time.",
              List.of()));
    }
    List<SignalProblem> problems = new ArrayList<>();
    List<SignalInput> signals = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonValue value = array.get(i);
      String prefix = "[" + i + "].";
      if (value instanceof JsonObject object) {
        signals.add(checked(object, prefix, now, problems));
      } else {
        problems.add(new SignalProblem("[" + i + "]", "Each signal is a JSON object."));
      }
    }
    return new Read(signals, true, problems);
  }

  /**
   * Reads one signal and checks it against the rules, with the place it has in the body, so that
   * every problem names the right signal. A value that could not be read is also missing to the
   * rules: it is named once.
   */
  private static SignalInput checked(
      JsonObject json, String prefix, Instant now, List<SignalProblem> problems) {
    int first = problems.size();
    SignalInput signal = signal(json, prefix, problems);
    Set<String> unreadable = new HashSet<>();
    problems.subList(first, problems.size()).forEach(problem -> unreadable.add(problem.field()));
    signal.problems(prefix, now).stream()
        .filter(problem -> !unreadable.contains(problem.field()))
        .forEach(problems::add);
    return signal;
  }

  private static SignalInput signal(JsonObject json, String prefix, List<SignalProblem> problems) {
    json.keySet().stream()
        .filter(key -> !FIELDS.contains(key))
        .sorted()
        .forEach(
            key ->
                problems.add(
                    new SignalProblem(
                        prefix + (key.length() <= 40 ? key : key.substring(0, 40) + "…"),
                        "Not a field of a signal; the fields are "
                            + String.join(", ", order())
                            + ".")));
    return new SignalInput(
        text(json, "checkId", prefix, problems),
        text(json, "resourceId", prefix, problems),
        word(json, "result", SignalResult.class, "pass, fail or partial", prefix, problems),
        number(json, "fraction", prefix, problems),
        word(json, "severity", Severity.class, "low, medium or high", prefix, problems),
        moment(json, "observedAt", prefix, problems),
        text(json, "detail", prefix, problems),
        text(json, "link", prefix, problems));
  }

  private static List<String> order() {
    return List.of(
        "checkId", "resourceId", "result", "fraction", "severity", "observedAt", "detail", "link");
  }

  private static String text(
      JsonObject json, String field, String prefix, List<SignalProblem> problems) {
    JsonValue value = json.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    problems.add(new SignalProblem(prefix + field, "Must be a string."));
    return null;
  }

  private static BigDecimal number(
      JsonObject json, String field, String prefix, List<SignalProblem> problems) {
    JsonValue value = json.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonNumber number) {
      return number.bigDecimalValue();
    }
    problems.add(new SignalProblem(prefix + field, "Must be a number from 0 to 1, such as 0.75."));
    return null;
  }

  private static <E extends Enum<E>> E word(
      JsonObject json,
      String field,
      Class<E> type,
      String allowed,
      String prefix,
      List<SignalProblem> problems) {
    String text = text(json, field, prefix, problems);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(
          new SignalProblem(
              prefix + field, Problem.quoted(text) + " is not one of " + allowed + "."));
      return null;
    }
  }

  private static Instant moment(
      JsonObject json, String field, String prefix, List<SignalProblem> problems) {
    String text = text(json, field, prefix, problems);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(
          new SignalProblem(
              prefix + field,
              Problem.quoted(text)
                  + " is not a timestamp with an offset, such as 2026-11-25T10:00:00Z."));
      return null;
    }
  }

  private static byte[] limited(InputStream body) {
    try {
      byte[] bytes = body.readNBytes(BODY_MAX + 1);
      if (bytes.length > BODY_MAX) {
        throw new UnreadableSignalsException(
            new Problem(
                "urn:complyscore:problem:too-large",
                "Request too large",
                413,
                "The request has more than "
                    + BODY_MAX / (1024 * 1024)
                    + " MiB; post fewer signals"
                    + " at a time.",
                List.of()));
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
