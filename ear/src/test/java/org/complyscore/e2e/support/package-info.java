/** What the end-to-end tests share: the server under test, an HTTP session, a browser. */
package org.complyscore.e2e.support;
