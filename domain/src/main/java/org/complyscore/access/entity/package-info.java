/**
 * Who may do what: {@link org.complyscore.access.entity.User}s, the five {@link
 * org.complyscore.access.entity.Role}s of the product's role table and the {@link
 * org.complyscore.access.entity.Permission}s they bundle.
 */
package org.complyscore.access.entity;
