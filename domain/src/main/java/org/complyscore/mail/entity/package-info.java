/** The mail outbox: every outgoing mail, saved with the change that causes it and sent later. */
package org.complyscore.mail.entity;
