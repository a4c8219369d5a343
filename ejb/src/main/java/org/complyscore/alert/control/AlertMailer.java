package org.complyscore.alert.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.complyscore.action.control.AssignmentMailer;
import org.complyscore.action.control.Labels;
import org.complyscore.alert.entity.Alert;
import org.complyscore.alert.entity.AlertPolicy;
import org.complyscore.alert.entity.MatchedChange;
import org.complyscore.mail.control.MailMessage;
import org.complyscore.mail.control.MailOutbox;
import org.complyscore.mail.control.MailSettings;
import org.complyscore.mail.control.MailTexts;
import org.complyscore.mail.entity.OutboxMail;

/**
 * Mails a new alert to its policy's recipients: one mail per address, saying what changed, how
 * severe the policy rates it, how many changes it stands for, with links to the alert and to the
 * action. Queued in the outbox in the transaction that raised the alert, so it goes out exactly
 * when the alert (and the change behind it) is saved; nothing is sent from here.
 */
@Dependent
public class AlertMailer {

  /** The alerts list showing one alert, relative to the application. */
  public static final String ALERT_PAGE = "alerts/list?alert=";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH)
          .withZone(ZoneId.systemDefault());

  @Inject private MailOutbox outbox;

  @Inject private MailSettings settings;

  /** Queues the mails; none when the policy has no address to send to. */
  public void send(AlertPolicy policy, Alert alert) {
    var addresses = policy.mailAddresses();
    if (addresses.isEmpty()) {
      return;
    }
    MailTexts texts = MailTexts.in(Locale.ENGLISH);
    String severity = texts.text("alert.severity." + alert.getSeverity().name());
    String what = summary(texts, alert);
    String alertLink = settings.link(ALERT_PAGE + alert.getId()).toString();
    String actionLink =
        alert
            .getStateId()
            .map(id -> settings.link(AssignmentMailer.DETAILS_PAGE + id).toString())
            .orElse(null);
    String by = by(texts, alert);
    String matches =
        texts.text(
            "alert.matches",
            alert.getMatchCount(),
            TIME.format(alert.getFirstMatchAt()),
            TIME.format(alert.getLastMatchAt()));
    String subject = texts.text("alert.subject", severity, alert.getPolicyName(), what);
    String text =
        texts.text(
            "alert.text",
            alert.getPolicyName(),
            severity,
            what,
            by,
            matches,
            actionLink == null ? "" : texts.text("alert.text.action", actionLink),
            alertLink);
    String html =
        texts.html("alert.html.start", alert.getPolicyName(), severity, what, by, matches)
            + (actionLink == null ? "" : texts.html("alert.html.action", actionLink))
            + texts.html("alert.html.end", alertLink);
    for (String address : addresses) {
      outbox.enqueue(new MailMessage(address, cut(subject), text, html));
    }
  }

  /** "Test status of "Enforce MFA": Passed → Failed (high risk)", or the score's move. */
  static String summary(MailTexts texts, Alert alert) {
    if (MatchedChange.SCORE.equals(alert.getField())) {
      return texts.text(
          "alert.summary.score", alert.getOldValue().orElse("?"), alert.getNewValue().orElse("?"));
    }
    String none = texts.text("alert.none");
    return texts.text(
        "alert.summary.change",
        Labels.field(alert.getField()),
        alert.getActionTitle().orElse(""),
        alert.getOldValue().map(v -> Labels.ofValue(alert.getField(), v)).orElse(none),
        alert.getNewValue().map(v -> Labels.ofValue(alert.getField(), v)).orElse(none));
  }

  private static String by(MailTexts texts, Alert alert) {
    if (alert.getOrigin().isEmpty()) {
      return texts.text("alert.by.score");
    }
    return texts.text(
        "alert.by." + alert.getOrigin().get().name(), alert.getChangedBy().orElse(""));
  }

  /** The outbox keeps subjects of a limited length; a long action title is cut. */
  private static String cut(String subject) {
    return subject.length() <= OutboxMail.SUBJECT_MAX
        ? subject
        : subject.substring(0, OutboxMail.SUBJECT_MAX - 1) + "…";
  }
}
