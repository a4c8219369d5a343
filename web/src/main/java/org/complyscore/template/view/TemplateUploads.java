package org.complyscore.template.view;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks every template upload passes before a service reads it, for the import page and the
 * REST API alike: not empty, not larger than {@link #MAX_FILE_BYTES}, the right kind of file by
 * name and by content, and for OSCAL, well-formed JSON of the expected model. A refusal says what
 * is wrong in words and names the file, so that the person knows which upload to change.
 */
public final class TemplateUploads {

  /**
   * The largest template file: the full NIST SP 800-53 catalog is 1.7 MB, its resolved HIGH
   * baseline 2.2 MB, so this leaves room for larger catalogs without inviting a flood.
   */
  public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

  /** The limit in whole megabytes, for messages. */
  public static final long MAX_FILE_MB = MAX_FILE_BYTES / (1024 * 1024);

  private static final byte[] ZIP = {'P', 'K', 3, 4};

  /** The kinds of template file. */
  public enum Kind {
    /** An OSCAL catalog (JSON with a top-level {@code catalog}). */
    OSCAL_CATALOG("catalog", ".json"),
    /** An OSCAL profile (JSON with a top-level {@code profile}). */
    OSCAL_PROFILE("profile", ".json"),
    /** A template workbook (.xlsx). */
    WORKBOOK(null, ".xlsx");

    private final String model;
    private final String extension;

    Kind(String model, String extension) {
      this.model = model;
      this.extension = extension;
    }

    public String extension() {
      return extension;
    }
  }

  /**
   * What is wrong with an upload.
   *
   * @param message whole sentences, naming the file
   */
  public record Refusal(String message, boolean tooLarge) {}

  private TemplateUploads() {}

  /**
   * Checks what can be checked before the content is read: a name and size a browser or client
   * reports. An oversize file is refused without reading it.
   *
   * @param role what the file is for, as the message names it ("The catalog", "The workbook")
   */
  public static Optional<Refusal> checkDeclared(
      String role, String fileName, long size, Kind kind) {
    if (size > MAX_FILE_BYTES) {
      return Optional.of(
          new Refusal(
              role
                  + " ("
                  + describe(fileName)
                  + ") is larger than "
                  + MAX_FILE_MB
                  + " MB, the largest template file accepted.",
              true));
    }
    if (size == 0) {
      return Optional.of(new Refusal(role + " (" + describe(fileName) + ") is empty.", false));
    }
    if (fileName != null
        && !fileName.isBlank()
        && !fileName.toLowerCase(Locale.ROOT).endsWith(kind.extension)) {
      return Optional.of(
          new Refusal(
              role
                  + " ("
                  + describe(fileName)
                  + ") must be a "
                  + kind.extension
                  + " file"
                  + (kind == Kind.WORKBOOK
                      ? " (an Excel workbook)."
                      : " (OSCAL in JSON; the XML and YAML forms are not read)."),
              false));
    }
    return Optional.empty();
  }

  /** Checks the content: the size again, then that it is the kind of file it claims to be. */
  public static Optional<Refusal> checkContent(
      String role, String fileName, byte[] content, Kind kind) {
    Optional<Refusal> declared = checkDeclared(role, fileName, content.length, kind);
    if (declared.isPresent()) {
      return declared;
    }
    if (kind == Kind.WORKBOOK) {
      return startsWith(content, ZIP)
          ? Optional.empty()
          : Optional.of(
              new Refusal(
                  role
                      + " ("
                      + describe(fileName)
                      + ") is not an Excel workbook (.xlsx): its content is not one. Save it"
                      + " from Excel as \"Excel Workbook (*.xlsx)\".",
                  false));
    }
    return checkOscal(role, fileName, content, kind);
  }

  /**
   * Reads the JSON through once (no tree is built): it must be well-formed and be the OSCAL model
   * expected, so that a catalog given as the profile, or the other way round, is named as such.
   */
  private static Optional<Refusal> checkOscal(
      String role, String fileName, byte[] content, Kind kind) {
    String what = role + " (" + describe(fileName) + ")";
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(withoutBom(content)))) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        return Optional.of(
            new Refusal(what + " is not an OSCAL document: it does not start with \"{\".", false));
      }
      String model = null;
      int depth = 1;
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT, START_ARRAY -> depth++;
          case END_OBJECT, END_ARRAY -> depth--;
          case KEY_NAME -> {
            if (depth == 1 && model == null && isModel(parser.getString())) {
              model = parser.getString();
            }
          }
          default -> {
            // values need no look
          }
        }
      }
      if (!kind.model.equals(model)) {
        return Optional.of(
            new Refusal(
                what
                    + " is not an OSCAL "
                    + kind.model
                    + (model == null
                        ? ": it has no \"" + kind.model + "\" object at the top."
                        : ": it is an OSCAL " + model + "." + hint(kind, model)),
                false));
      }
      return Optional.empty();
    } catch (JsonParsingException e) {
      return Optional.of(
          new Refusal(
              what
                  + " is not valid JSON near line "
                  + e.getLocation().getLineNumber()
                  + ", column "
                  + e.getLocation().getColumnNumber()
                  + ".",
              false));
    } catch (RuntimeException e) {
      // The parser's other complaints (an encoding it cannot read, a truncated file).
      return Optional.of(new Refusal(what + " cannot be read as JSON.", false));
    }
  }

  private static boolean isModel(String key) {
    return switch (key) {
      case "catalog",
          "profile",
          "component-definition",
          "system-security-plan",
          "assessment-plan",
          "assessment-results",
          "plan-of-action-and-milestones" ->
          true;
      default -> false;
    };
  }

  private static String hint(Kind kind, String model) {
    if (kind == Kind.OSCAL_CATALOG && model.equals("profile")) {
      return " Give it as the profile, and the catalog it imports as the catalog.";
    }
    if (kind == Kind.OSCAL_PROFILE && model.equals("catalog")) {
      return " A catalog alone needs no profile: give it as the catalog.";
    }
    return "";
  }

  private static byte[] withoutBom(byte[] content) {
    byte[] bom = "\uFEFF".getBytes(StandardCharsets.UTF_8);
    if (startsWith(content, bom)) {
      byte[] rest = new byte[content.length - bom.length];
      System.arraycopy(content, bom.length, rest, 0, rest.length);
      return rest;
    }
    return content;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** A file's name for a message: short, and never more than a name. */
  static String describe(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return "no name";
    }
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    return name.length() <= 60 ? name : name.substring(0, 57) + "…";
  }
}
