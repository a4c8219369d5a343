/** The mail outbox over REST: {@code /api/mail-outbox}. */
package org.complyscore.mail.rest;
