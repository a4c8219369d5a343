/** People, roles and invitations over REST: {@code /api/users}, {@code /api/invitations}. */
package org.complyscore.access.rest;
