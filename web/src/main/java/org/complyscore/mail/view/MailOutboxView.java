package org.complyscore.mail.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.complyscore.mail.boundary.MailOutboxService;
import org.complyscore.mail.boundary.OutboxEntry;
import org.complyscore.mail.entity.OutboxMailStatus;
import org.complyscore.shared.view.Texts;

/**
 * Settings › Mail ({@code /settings/mail}): the last mails of the outbox with their status, so an
 * administrator sees mails that wait for the SMTP server or were given up, and can retry those.
 */
@Named
@ViewScoped
public class MailOutboxView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 200;

  @Inject private MailOutboxService outbox;

  private List<OutboxEntry> mails;
  private Map<OutboxMailStatus, Long> counts;

  @PostConstruct
  void load() {
    mails = outbox.recent(0, SHOWN);
    counts = outbox.counts();
  }

  public void retry(OutboxEntry mail) {
    Texts.attempt(
        () -> {
          outbox.retry(mail.id());
          Texts.addGlobal(FacesMessage.SEVERITY_INFO, "mail.retried", mail.recipient());
        });
    load();
  }

  public void refresh() {
    load();
  }

  public List<OutboxEntry> getMails() {
    return mails;
  }

  public Map<OutboxMailStatus, Long> getCounts() {
    return counts;
  }
}
