/**
 * Queuing mail in the caller's transaction ({@link org.complyscore.mail.control.MailOutbox}), the
 * texts of mails ({@link org.complyscore.mail.control.MailTexts}), the SMTP hand-over ({@link
 * org.complyscore.mail.control.MailTransport}) and the settings of both.
 */
package org.complyscore.mail.control;
