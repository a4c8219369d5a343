/**
 * How secrets of people are handled: slow salted hashes ({@link
 * org.complyscore.access.control.PasswordHasher}), what a password must be ({@link
 * org.complyscore.access.control.PasswordPolicy}) and the hand-over of a generated first password.
 */
package org.complyscore.access.control;
