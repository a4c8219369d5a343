package org.complyscore.action.entity;

/**
 * Who carries an improvement action out: the organization itself, or a service provider (whose
 * actions come implemented and tested with the template and cannot be changed here).
 */
public enum ActionOwner {
  ORGANIZATION,
  PROVIDER
}
