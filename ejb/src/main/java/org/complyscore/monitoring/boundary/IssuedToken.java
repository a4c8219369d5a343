package org.complyscore.monitoring.boundary;

import java.io.Serializable;

/**
 * A token just made, with its secret: the one time the secret is shown. Only its hash is kept.
 *
 * @param secret what the machine sends as {@code Authorization: Bearer <secret>}
 */
public record IssuedToken(TokenRow token, String secret) implements Serializable {}
