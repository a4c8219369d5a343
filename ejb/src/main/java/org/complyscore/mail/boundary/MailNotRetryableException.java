package org.complyscore.mail.boundary;

import org.complyscore.shared.entity.BusinessException;

/** Only a mail that was given up can be tried again. */
public class MailNotRetryableException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public MailNotRetryableException(long mailId) {
    super("Mail " + mailId + " is not a failed mail: only failed mails can be tried again.");
  }
}
