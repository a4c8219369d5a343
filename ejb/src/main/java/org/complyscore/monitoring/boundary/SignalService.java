package org.complyscore.monitoring.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.complyscore.access.entity.Permission;
import org.complyscore.monitoring.control.AutomatedTesting;
import org.complyscore.monitoring.entity.Signal;

/**
 * Receives the signals of automated monitoring (F31) and turns them into test statuses at once. A
 * batch is all or nothing: one bad value refuses the whole batch, and the transaction makes sure
 * that nothing is half-stored. A signal received before (same check, resource and moment) is
 * counted and skipped, so a machine may post again after a timeout without harm.
 */
@Stateless
public class SignalService {

  /** The most signals in one request. */
  public static final int BATCH_MAX = 1000;

  @PersistenceContext private EntityManager em;

  @Inject private AutomatedTesting testing;

  @Inject private ApiTokenService tokens;

  @Resource private SessionContext session;

  /**
   * Stores the new signals and re-evaluates the actions that listen to their checks.
   *
   * @param batch whether the signals came as a list: problems are then named {@code [i].field}
   * @throws SignalsRejectedException naming every bad value; nothing is stored
   */
  @RolesAllowed(Permission.Names.SUBMIT_SIGNALS)
  public SignalReceipt receive(List<SignalInput> signals, boolean batch) {
    Instant now = Instant.now();
    if (signals.isEmpty() || signals.size() > BATCH_MAX) {
      throw new SignalsRejectedException(
          List.of(
              new SignalProblem(
                  "signals", "Post from 1 to " + BATCH_MAX + " signals in one request.")));
    }
    List<SignalProblem> problems = new ArrayList<>();
    for (int i = 0; i < signals.size(); i++) {
      problems.addAll(signals.get(i).problems(batch ? "[" + i + "]." : "", now));
    }
    if (!problems.isEmpty()) {
      throw new SignalsRejectedException(problems);
    }
    Map<String, SignalInput> distinct = new LinkedHashMap<>();
    signals.forEach(signal -> distinct.putIfAbsent(signal.key(), signal));
    Set<String> known = receivedBefore(distinct.values());
    Long tokenId = tokens.callerTokenId(session.getCallerPrincipal()).orElse(null);
    Set<String> checks = new TreeSet<>();
    Set<String> posted = new TreeSet<>();
    distinct.values().forEach(signal -> posted.add(signal.checkId().strip()));
    int stored = 0;
    for (Map.Entry<String, SignalInput> entry : distinct.entrySet()) {
      if (!known.contains(entry.getKey())) {
        Signal signal = entry.getValue().toSignal(tokenId);
        em.persist(signal);
        checks.add(signal.getCheckId());
        stored++;
      }
    }
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      if (isSameSignalAtOnce(e)) {
        // Another request stored one of these signals between our look and our write.
        throw new SignalConflictException();
      }
      throw e;
    }
    int changed = testing.evaluateChecks(checks, now);
    Set<String> unknown = new TreeSet<>(posted);
    testing.knownChecks(posted).forEach(unknown::remove);
    return new SignalReceipt(
        signals.size(), stored, signals.size() - stored, List.copyOf(unknown), changed);
  }

  /**
   * Whether the write broke the uniqueness of (check, resource, moment), as both databases name it.
   */
  private static boolean isSameSignalAtOnce(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage();
      if (message != null
          && message.toLowerCase(java.util.Locale.ROOT).contains("uq_monitoring_signal")) {
        return true;
      }
    }
    return false;
  }

  /** The keys of these signals that were received before, found in one query. */
  private Set<String> receivedBefore(java.util.Collection<SignalInput> signals) {
    Set<String> checkIds = new HashSet<>();
    signals.forEach(signal -> checkIds.add(signal.checkId().strip()));
    Instant earliest =
        signals.stream().map(SignalInput::observedAt).min(Comparator.naturalOrder()).orElseThrow();
    Instant latest =
        signals.stream().map(SignalInput::observedAt).max(Comparator.naturalOrder()).orElseThrow();
    Set<String> keys = new HashSet<>();
    for (Signal signal :
        em.createQuery(
                "select s from Signal s where s.checkId in :checks and s.observedAt between"
                    + " :earliest and :latest",
                Signal.class)
            .setParameter("checks", checkIds)
            .setParameter("earliest", earliest.truncatedTo(java.time.temporal.ChronoUnit.MICROS))
            .setParameter("latest", latest)
            .getResultList()) {
      keys.add(
          SignalInput.key(signal.getCheckId(), signal.getResourceId(), signal.getObservedAt()));
    }
    return keys;
  }
}
