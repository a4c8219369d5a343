/**
 * Writing the audit log ({@link org.complyscore.audit.control.AuditLog}) with the address of the
 * request that caused an event ({@link org.complyscore.audit.control.RequestOrigin}).
 */
package org.complyscore.audit.control;
