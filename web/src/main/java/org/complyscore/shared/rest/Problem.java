package org.complyscore.shared.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An error as {@code application/problem+json} (RFC 9457): what went wrong in words for a person,
 * and for bad input, which parameter or field is wrong and why.
 *
 * @param type a URI naming the kind of problem
 * @param title the kind of problem, in a few words
 * @param status the HTTP status
 * @param detail what happened this time
 * @param errors one entry per bad parameter or field; empty otherwise
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One bad input.
   *
   * @param name the query parameter, field or part
   * @param message what is wrong with it
   * @param sheet for a problem in an uploaded workbook, its sheet; otherwise (and for the whole
   *     file) {@code null}, and left out of the JSON
   * @param row the row as Excel numbers it, or {@code null}
   * @param column the column's letter, or {@code null}
   */
  public record FieldError(String name, String message, String sheet, Integer row, String column) {

    public FieldError(String name, String message) {
      this(name, message, null, null, null);
    }
  }

  public static Problem badRequest(List<FieldError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).name() + ": " + errors.get(0).message()
            : errors.size() + " parameters are not valid; see errors.";
    return new Problem(
        "urn:complyscore:problem:bad-request", "The request is not valid", 400, detail, errors);
  }

  /** A 400 naming one bad parameter or field. */
  public static Problem badRequest(String name, String message) {
    return badRequest(List.of(new FieldError(name, message)));
  }

  /**
   * A bad value for a message, quoted: at most a short piece, enough to recognise it, not a
   * reflection of whatever was sent.
   */
  public static String quoted(String value) {
    String text = value == null ? "" : value;
    return "'" + (text.length() <= 40 ? text : text.substring(0, 40) + "…") + "'";
  }

  public static Problem of(Response.Status status, String detail) {
    return new Problem(
        "urn:complyscore:problem:"
            + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        status.getReasonPhrase(),
        status.getStatusCode(),
        detail,
        List.of());
  }

  public Response toResponse() {
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
  }
}
