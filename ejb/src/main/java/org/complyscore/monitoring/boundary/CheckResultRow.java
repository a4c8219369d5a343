package org.complyscore.monitoring.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import org.complyscore.monitoring.entity.Severity;
import org.complyscore.monitoring.entity.Signal;
import org.complyscore.monitoring.entity.SignalResult;

/**
 * The latest signal of one checked resource, as the Testing tab shows it ("what makes this pass?").
 *
 * @param fresh whether it is recent enough to count
 */
public record CheckResultRow(
    long signalId,
    String checkId,
    String resourceId,
    SignalResult result,
    BigDecimal fraction,
    Severity severity,
    Instant observedAt,
    String detail,
    String link,
    boolean fresh)
    implements Serializable {

  static CheckResultRow of(Signal signal, boolean fresh) {
    return new CheckResultRow(
        signal.getId(),
        signal.getCheckId(),
        signal.getResourceId(),
        signal.getResult(),
        signal.getFraction().orElse(null),
        signal.getSeverity().orElse(null),
        signal.getObservedAt(),
        signal.getDetail().orElse(null),
        signal.getLink().orElse(null),
        fresh);
  }
}
