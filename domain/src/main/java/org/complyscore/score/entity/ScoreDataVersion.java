package org.complyscore.score.entity;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A number that changes whenever data the score is computed from changes on this server: the score
 * cache ({@code ScoreCache}) keeps a result only as long as this number is the one it was computed
 * under. Bumped by {@link ScoreDataListener} when such an entity is written, and again when that
 * transaction ends: a report computed between the write and the commit read the old data, and must
 * not outlive the commit.
 */
public final class ScoreDataVersion {

  private static final AtomicLong VERSION = new AtomicLong();

  /** Marks the transaction, so that its end is registered once however many rows it writes. */
  private static final Object KEY = new Object();

  private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

  private static volatile TransactionSynchronizationRegistry registry;

  private ScoreDataVersion() {}

  public static long current() {
    return VERSION.get();
  }

  /** Score data was written: now, and again when the transaction ends. */
  static void changed() {
    VERSION.incrementAndGet();
    TransactionSynchronizationRegistry registry = registry();
    if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
      return;
    }
    if (registry.getResource(KEY) == null) {
      registry.putResource(KEY, Boolean.TRUE);
      registry.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              // Nothing: the data is not visible to others before the commit.
            }

            @Override
            public void afterCompletion(int status) {
              VERSION.incrementAndGet();
            }
          });
    }
  }

  /**
   * The container's registry, looked up once (creating an assessment writes thousands of rows);
   * none outside a container (the entities' own tests).
   */
  private static TransactionSynchronizationRegistry registry() {
    TransactionSynchronizationRegistry known = registry;
    if (known == null) {
      try {
        known = (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
        registry = known;
      } catch (NamingException | RuntimeException outsideAContainer) {
        return null;
      }
    }
    return known;
  }
}
