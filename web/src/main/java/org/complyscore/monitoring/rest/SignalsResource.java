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
import org.complyscore.access.entity.Permission;
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
    SignalReader.Read read = SignalReader.read(body, Instant.now());
    if (!read.problems().isEmpty()) {
      // Every problem the body has, in its order; the service checks the rules again, as it does
      // for any caller.
      throw new SignalsRejectedException(read.problems());
    }
    return signals.receive(read.signals(), read.batch());
  }
}
