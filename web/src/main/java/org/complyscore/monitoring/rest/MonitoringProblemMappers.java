package org.complyscore.monitoring.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.complyscore.monitoring.boundary.SignalConflictException;
import org.complyscore.monitoring.boundary.SignalsRejectedException;
import org.complyscore.shared.rest.Problem;

/** The refusals of posted signals as problems: every bad field listed, and the conflict as 409. */
public final class MonitoringProblemMappers {

  private MonitoringProblemMappers() {}

  /** 400, each bad value under {@code errors} with its field, such as {@code [3].severity}. */
  @Provider
  public static class RejectedMapper implements ExceptionMapper<SignalsRejectedException> {
    @Override
    public Response toResponse(SignalsRejectedException exception) {
      List<Problem.FieldError> errors =
          exception.getProblems().stream()
              .map(problem -> new Problem.FieldError(problem.field(), problem.message()))
              .toList();
      Problem problem = Problem.badRequest(errors);
      return new Problem(
              problem.type(),
              problem.title(),
              problem.status(),
              errors.size() == 1
                  ? problem.detail() + " Nothing was stored."
                  : errors.size() + " values are not valid; see errors. Nothing was stored.",
              errors)
          .toResponse();
    }
  }

  /** 409: post again; the signals stored meanwhile are recognised and skipped. */
  @Provider
  public static class ConflictMapper implements ExceptionMapper<SignalConflictException> {
    @Override
    public Response toResponse(SignalConflictException exception) {
      return Problem.of(Response.Status.CONFLICT, exception.getMessage()).toResponse();
    }
  }

  /** 400 for a body that is not JSON, 413 for one too large: the problem the reader made. */
  @Provider
  public static class UnreadableMapper implements ExceptionMapper<UnreadableSignalsException> {
    @Override
    public Response toResponse(UnreadableSignalsException exception) {
      return exception.problem().toResponse();
    }
  }
}
