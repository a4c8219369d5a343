package org.complyscore.mail.control;

/** A mail was put into the outbox; observed after the transaction commits, to send it at once. */
public record MailQueued(long mailId) {}
