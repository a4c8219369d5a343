/**
 * Signing in and the people who do: {@link org.complyscore.access.boundary.SignInService} for the
 * identity store, {@link org.complyscore.access.boundary.UserService} for signed-in callers, and
 * {@link org.complyscore.access.boundary.FirstOwnerSetup}, which makes sure somebody can sign in.
 */
package org.complyscore.access.boundary;
