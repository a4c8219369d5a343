/**
 * What the running application needs from its platform before any business component works: the
 * database schema ({@link org.complyscore.platform.control.SchemaMigration}).
 */
package org.complyscore.platform.control;
