package org.complyscore.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.UUID;
import org.complyscore.shared.entity.BusinessException;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.shared.entity.NotFoundException;
import org.complyscore.shared.entity.NotPermittedException;

/** Every failure of the REST API as {@code application/problem+json}, never a stack trace. */
public final class ProblemMappers {

  private ProblemMappers() {}

  /** The API's own problems pass through; JAX-RS's (404, 405, 415 …) get a problem body. */
  @Provider
  public static class WebApplicationExceptionMapper
      implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
      Response response = exception.getResponse();
      if (response.hasEntity()) {
        return response;
      }
      Response.Status status = Response.Status.fromStatusCode(response.getStatus());
      return Problem.of(
              status == null ? Response.Status.BAD_REQUEST : status,
              status == null ? "The request could not be served." : status.getReasonPhrase() + ".")
          .toResponse();
    }
  }

  /**
   * A refusal a person can act on: its message says why. Bad input names its field (400), a missing
   * record is 404, a change the role does not allow is 403, any other refusal 422.
   */
  @Provider
  public static class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {
    @Override
    public Response toResponse(BusinessException exception) {
      if (exception instanceof InvalidInputException invalid) {
        return Problem.badRequest(
                List.of(new Problem.FieldError(invalid.getField(), invalid.getMessage())))
            .toResponse();
      }
      if (exception instanceof NotFoundException) {
        return Problem.of(Response.Status.NOT_FOUND, exception.getMessage()).toResponse();
      }
      if (exception instanceof NotPermittedException) {
        return Problem.of(Response.Status.FORBIDDEN, exception.getMessage()).toResponse();
      }
      return new Problem(
              "urn:complyscore:problem:refused",
              "The request was refused",
              422,
              exception.getMessage(),
              List.of())
          .toResponse();
    }
  }

  @Provider
  public static class AccessMapper implements ExceptionMapper<EJBAccessException> {
    @Override
    public Response toResponse(EJBAccessException exception) {
      return Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this.").toResponse();
    }
  }

  /** Anything unexpected: logged with a reference the response carries, nothing else told. */
  @Provider
  public static class UnexpectedMapper implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      if (exception.getCause() instanceof BusinessException business) {
        return new BusinessExceptionMapper().toResponse(business);
      }
      if (exception.getCause() instanceof EJBAccessException denied) {
        return new AccessMapper().toResponse(denied);
      }
      ProblemException problem = problemWithin(exception);
      if (problem != null) {
        // Thrown by a stream a reader was reading (an upload cut off at its bound), and wrapped
        // by the reader.
        return problem.getResponse();
      }
      if (isUnreadableBody(exception)) {
        return Problem.of(
                Response.Status.BAD_REQUEST,
                "The request body is not the JSON this endpoint expects: check its syntax and the"
                    + " types of its fields.")
            .toResponse();
      }
      String reference = UUID.randomUUID().toString().substring(0, 8);
      System.getLogger(ProblemMappers.class.getName())
          .log(Level.ERROR, "REST error reference " + reference, exception);
      return Problem.of(
              Response.Status.INTERNAL_SERVER_ERROR,
              "The server could not finish this request. Reference " + reference + ".")
          .toResponse();
    }
  }

  /** A problem thrown somewhere below the exception, as its cause or its cause's. */
  static ProblemException problemWithin(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProblemException problem) {
        return problem;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  /** JSON that does not parse or does not fit the request record. */
  static boolean isUnreadableBody(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof jakarta.json.bind.JsonbException
          || cause instanceof jakarta.json.JsonException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
