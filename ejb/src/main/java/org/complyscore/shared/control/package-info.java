/** Small helpers every component may use; kept tiny on purpose. */
package org.complyscore.shared.control;
