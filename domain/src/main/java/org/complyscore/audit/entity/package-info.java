/** The audit log of security-relevant events. */
package org.complyscore.audit.entity;
