/** The audit log over REST: {@code /api/audit-events}. */
package org.complyscore.audit.rest;
