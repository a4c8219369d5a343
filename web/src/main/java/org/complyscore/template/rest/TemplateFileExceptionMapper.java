package org.complyscore.template.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.complyscore.shared.rest.Problem;
import org.complyscore.template.control.TemplateFileException;
import org.complyscore.template.control.TemplateProblem;

/**
 * A template file that cannot be imported answers 400 with every problem as a field error of the
 * part {@code workbook}, each with its sheet, row and column: more specific than the refusal (422)
 * every other business exception gets, so one mapping serves each endpoint that reads a workbook.
 */
@Provider
public class TemplateFileExceptionMapper implements ExceptionMapper<TemplateFileException> {

  @Override
  public Response toResponse(TemplateFileException unreadable) {
    List<Problem.FieldError> errors =
        unreadable.problems().stream()
            .map(
                (TemplateProblem p) ->
                    new Problem.FieldError(
                        "workbook",
                        p.message(),
                        p.sheet().isEmpty() ? null : p.sheet(),
                        p.row() == 0 ? null : p.row(),
                        p.column().isEmpty() ? null : p.column()))
            .toList();
    return new Problem(
            "urn:complyscore:problem:bad-request",
            "The request is not valid",
            400,
            unreadable.getMessage(),
            errors)
        .toResponse();
  }
}
