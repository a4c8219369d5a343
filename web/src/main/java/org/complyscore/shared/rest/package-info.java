/**
 * What the REST API shares: its path ({@code /api}) and errors as {@code application/problem+json}
 * (RFC 9457) with the bad parameters named.
 */
package org.complyscore.shared.rest;
