/**
 * What every entity shares: the {@link org.complyscore.shared.entity.BaseEntity} mapped superclass
 * with sequence ids, optimistic locking and timestamps.
 */
package org.complyscore.shared.entity;
