/**
 * Sending the outbox ({@link org.complyscore.mail.boundary.OutboxSender} with {@link
 * org.complyscore.mail.boundary.OutboxDelivery}, one mail per transaction) and showing it to
 * administrators ({@link org.complyscore.mail.boundary.MailOutboxService}).
 */
package org.complyscore.mail.boundary;
