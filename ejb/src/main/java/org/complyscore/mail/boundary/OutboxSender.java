package org.complyscore.mail.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.complyscore.mail.control.MailSettings;

/**
 * Empties the outbox: at once after a transaction that queued mail commits, and on a timer for
 * retries and for mails left from before a restart. One round runs at a time; a request for a round
 * while one runs makes that one go round again instead of waiting.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class OutboxSender {

  private static final System.Logger LOG = System.getLogger(OutboxSender.class.getName());
  private static final int BATCH = 50;

  @Resource private TimerService timerService;

  @Inject private MailSettings settings;

  @Inject private OutboxDelivery delivery;

  private final ReentrantLock running = new ReentrantLock();
  private final AtomicBoolean again = new AtomicBoolean();

  @PostConstruct
  void scheduleRetries() {
    long interval = settings.pollInterval().toMillis();
    // Not persistent: the outbox table is the memory; a timer is only the reminder to look.
    timerService.createIntervalTimer(interval, interval, new TimerConfig("mail-outbox", false));
  }

  @Timeout
  void onTimer() {
    sendDueMails();
  }

  /** Sends what is due without keeping the caller waiting. */
  @Asynchronous
  public void sendSoon() {
    sendDueMails();
  }

  void sendDueMails() {
    again.set(true);
    while (again.get()) {
      if (!running.tryLock()) {
        return; // the round under way sees the flag and goes round once more
      }
      try {
        again.set(false);
        round();
      } catch (RuntimeException e) {
        // The database may be down; the timer comes back.
        LOG.log(Level.WARNING, "Could not read the mail outbox: {0}", e.getMessage());
      } finally {
        running.unlock();
      }
    }
  }

  private void round() {
    List<Long> due = delivery.dueMails(Instant.now(), BATCH);
    for (long id : due) {
      delivery.deliver(id);
    }
    if (due.size() == BATCH) {
      again.set(true);
    }
  }
}
