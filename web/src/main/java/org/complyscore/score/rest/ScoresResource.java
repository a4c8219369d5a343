package org.complyscore.score.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.complyscore.access.entity.Permission;
import org.complyscore.score.boundary.ScoreService;
import org.complyscore.score.entity.DailyScore;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.shared.rest.Problem;
import org.complyscore.shared.rest.ProblemException;

/**
 * {@code GET /api/score}: the compliance score for signed-in users, filtered by query parameters
 * ({@link ScoreFilterParameters}), or as it was at the end of a day ({@code ?asOf=2026-11-24});
 * {@code GET /api/score/history}: the overall score of each day.
 */
@Path("score")
@RolesAllowed(Permission.Names.VIEW)
@Produces(MediaType.APPLICATION_JSON)
public class ScoresResource {

  /** The longest history one call returns: ten years of days. */
  static final int MAX_DAYS = 3660;

  @Inject private ScoreService scoreService;

  @GET
  public ScoreResponse score(
      @BeanParam ScoreFilterParameters parameters, @QueryParam("asOf") String asOf) {
    if (asOf == null) {
      return ScoreResponse.of(scoreService.report(parameters.toFilter()), null);
    }
    LocalDate day = day(asOf);
    if (!parameters.toFilter().equals(ScoreFilter.NONE)) {
      throw badRequest(
          "asOf", "A past day's score is kept without filters; leave out the filter parameters.");
    }
    return scoreService
        .asOf(day)
        .map(report -> ScoreResponse.of(report, day))
        .orElseThrow(() -> noSnapshot(day));
  }

  /**
   * The overall score at the end of each day with a snapshot in the last {@code days} days (90 by
   * default), oldest first.
   */
  @GET
  @Path("history")
  public List<HistoryDay> history(@QueryParam("days") @DefaultValue("90") String days) {
    int count;
    try {
      count = Integer.parseInt(days.strip());
    } catch (NumberFormatException e) {
      count = 0;
    }
    if (count < 1 || count > MAX_DAYS) {
      throw badRequest(
          "days", Problem.quoted(days) + " is not a number of days from 1 to " + MAX_DAYS + ".");
    }
    return scoreService.trend(count).stream().map(HistoryDay::of).toList();
  }

  /**
   * One day of the history.
   *
   * @param percent the overall score, one decimal
   */
  public record HistoryDay(
      LocalDate day, BigDecimal percent, BigDecimal achievedPoints, long achievablePoints) {
    static HistoryDay of(DailyScore daily) {
      return new HistoryDay(
          daily.day(),
          daily.score().percent(),
          daily.score().achieved(),
          daily.score().achievable());
    }
  }

  private static LocalDate day(String text) {
    LocalDate day;
    try {
      day = LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw badRequest("asOf", Problem.quoted(text) + " is not a date; write it as YYYY-MM-DD.");
    }
    if (day.isAfter(LocalDate.now())) {
      throw badRequest(
          "asOf", day + " has not happened yet; the score of the future is not known.");
    }
    return day;
  }

  private ProblemException noSnapshot(LocalDate day) {
    String detail =
        scoreService
            .firstSnapshotDay()
            .map(
                first ->
                    day.isBefore(first)
                        ? "The score history starts on "
                            + first
                            + "; there is no score of "
                            + day
                            + "."
                        : "No score was kept on " + day + " (the server was not running that day).")
            .orElse("No score has been kept yet.");
    return new ProblemException(Problem.of(Response.Status.NOT_FOUND, detail));
  }

  private static ProblemException badRequest(String parameter, String message) {
    return new ProblemException(Problem.badRequest(parameter, message));
  }
}
