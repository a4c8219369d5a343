/** The sample collector of server-config/collectors, run as a user runs it, against stand-ins. */
package org.complyscore.e2e.collector;
