/** Test support for the container tests of the services: archives and in-container settings. */
package org.complyscore.testing;
