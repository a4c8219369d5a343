package org.complyscore.action.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.complyscore.access.entity.User;
import org.complyscore.action.entity.ActionState;
import org.complyscore.mail.control.MailMessage;
import org.complyscore.mail.control.MailOutbox;
import org.complyscore.mail.control.MailSettings;
import org.complyscore.mail.control.MailTexts;

/**
 * Tells a person that improvement actions were assigned to them (F23): one mail per assignment,
 * however many actions, each with a deep link to its details. Queued in the outbox in the
 * transaction of the assignment, so it goes out exactly when the assignment is saved.
 */
@Dependent
public class AssignmentMailer {

  /** The details page of an action state, relative to the application. */
  public static final String DETAILS_PAGE = "actions/details?id=";

  @Inject private MailOutbox outbox;

  @Inject private MailSettings settings;

  /**
   * Queues the mail; nothing when the assignee has no e-mail address or assigned the actions to
   * themself.
   */
  public void send(User assignee, User assignedBy, List<ActionState> states) {
    if (states.isEmpty() || assignee.equals(assignedBy) || assignee.getEmail().isEmpty()) {
      return;
    }
    MailTexts texts = MailTexts.in(Locale.ENGLISH);
    String by = assignedBy.getDisplayName();
    StringBuilder lines = new StringBuilder();
    StringBuilder items = new StringBuilder();
    for (ActionState state : states) {
      String title = state.getAction().getTitle();
      String link = settings.link(DETAILS_PAGE + state.getId()).toString();
      lines.append("- ").append(title).append('\n').append("  ").append(link);
      lines.append('\n');
      items
          .append("<li><a href=\"")
          .append(MailTexts.escape(link))
          .append("\">")
          .append(MailTexts.escape(title))
          .append("</a></li>");
    }
    int count = states.size();
    String subject =
        count == 1
            ? texts.text("assignment.subject.one", by, states.get(0).getAction().getTitle())
            : texts.text("assignment.subject.many", by, count);
    String html =
        texts.html("assignment.html.start", by, count)
            + "<ul>"
            + items
            + "</ul>"
            + texts.html("assignment.html.end");
    outbox.enqueue(
        new MailMessage(
            assignee.getEmail().orElseThrow(),
            subject,
            texts.text("assignment.text", by, count, lines.toString()),
            html));
  }
}
