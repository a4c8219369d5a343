/** The mail outbox page for administrators. */
package org.complyscore.mail.view;
