package org.complyscore.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The mails the outbox holds for one recipient, read straight from its table: what a change queued
 * in its own transaction, whether or not the relay has sent it yet.
 */
public final class QueuedMails {

  /** One queued mail as a recipient would read it. */
  public record Mail(String subject, String text, String html) {}

  private QueuedMails() {}

  /** The recipient's mails, oldest first. */
  public static List<Mail> to(DataSource dataSource, String recipient) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select subject, text_body, html_body from outbox_mail where recipient = ?"
                    + " order by id")) {
      statement.setString(1, recipient);
      List<Mail> mails = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          mails.add(new Mail(result.getString(1), result.getString(2), result.getString(3)));
        }
      }
      return mails;
    }
  }
}
