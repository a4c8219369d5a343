/** The audit log for administrators: security-relevant events, newest first. */
package org.complyscore.audit.boundary;
