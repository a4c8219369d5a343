package org.complyscore.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complyscore.access.entity.Permission;
import org.complyscore.monitoring.boundary.SignalProblem;
import org.complyscore.monitoring.boundary.SignalReceipt;
import org.complyscore.monitoring.boundary.SignalService;
import org.complyscore.monitoring.boundary.SignalsRejectedException;

/**
 * Signals of automated monitoring (F31), posted by machines with an API token of scope {@code
 * signals:write}.
 *
 * <pre>
 * POST /api/signals   one signal {"checkId", "resourceId", "result", "fraction", "severity",
 *                     "observedAt", "detail", "link"}, or an array of up to 1,000
 * </pre>
 *
 * <p>Answers 200 with a {@link SignalReceipt}; 400 naming every bad field ({@code [3].severity});
 * 413 over 1,000 signals or 4 MiB; 409 when another request stored the same signal at that moment
 * (post again). Nothing of a refused request is stored.
 */
@Path("signals")
@RolesAllowed(Permission.Names.SUBMIT_SIGNALS)
@Produces(MediaType.APPLICATION_JSON)
public class SignalsResource {

  @Inject private SignalService signals;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public SignalReceipt receive(InputStream body) {
    SignalReader.Read read = SignalReader.read(body);
    List<SignalProblem> problems = new ArrayList<>(read.problems());
    Instant now = Instant.now();
    for (int i = 0; i < read.signals().size(); i++) {
      problems.addAll(read.signals().get(i).problems(read.batch() ? "[" + i + "]." : "", now));
    }
    if (!problems.isEmpty()) {
      // Only the problems JSON could not show are left for here; the service checks the rules
      // again, as it does for any caller.
      throw new SignalsRejectedException(distinct(problems));
    }
    return signals.receive(read.signals(), read.batch());
  }

  /**
   * A value the reader could not read is also missing to the rules: say it once. The reader's
   * problems come before the rules' ones; in the answer they stand in the order of the batch, so
   * that whoever mends it goes through it once from the top.
   */
  private static List<SignalProblem> distinct(List<SignalProblem> problems) {
    List<SignalProblem> once = new ArrayList<>();
    Set<String> fields = new HashSet<>();
    for (SignalProblem problem : problems) {
      if (fields.add(problem.field())) {
        once.add(problem);
      }
    }
    once.sort(Comparator.comparingInt(SignalsResource::positionInBatch));
    return once;
  }

  /** The index of the signal a problem is about ({@code [3].severity}); -1 for the whole body. */
  private static int positionInBatch(SignalProblem problem) {
    if (problem.field() == null) {
      return -1;
    }
    Matcher index = INDEX.matcher(problem.field());
    return index.lookingAt() ? Integer.parseInt(index.group(1)) : -1;
  }

  private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,4})\\]");
}
