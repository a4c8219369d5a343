/**
 * The container's side of signing in: the form authentication mechanism, the database identity
 * store and the marker that lets the login page say a session timed out.
 *
 * <p>Neither a view nor a REST resource, so it has a layer name of its own.
 */
package org.complyscore.access.security;
