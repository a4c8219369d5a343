package org.complyscore.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers when the use of a revoked or expired token was last written to the audit log, so that a
 * forgotten script posting every minute leaves one entry an hour, not thousands: enough to notice
 * it, not enough to bury everything else. In memory, per server: after a restart the first refusal
 * is written again.
 */
@ApplicationScoped
public class RefusedTokenNotes {

  static final Duration QUIET = Duration.ofHours(1);

  private final Map<Long, Instant> lastNoted = new ConcurrentHashMap<>();

  /** Whether this refusal should be written: the first, or the first after an hour's quiet. */
  public boolean shouldNote(long tokenId, Instant now) {
    boolean[] note = new boolean[1];
    lastNoted.compute(
        tokenId,
        (id, last) -> {
          note[0] = last == null || !last.plus(QUIET).isAfter(now);
          return note[0] ? now : last;
        });
    return note[0];
  }
}
