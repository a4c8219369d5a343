/** The audit log page, and the filter that tells the log where requests come from. */
package org.complyscore.audit.view;
