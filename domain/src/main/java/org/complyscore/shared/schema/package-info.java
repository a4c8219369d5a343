/**
 * The database schema as code: {@link org.complyscore.shared.schema.DatabaseSchema} applies the
 * Flyway migrations that live beside the entities, for the application and the mapping tests alike.
 */
package org.complyscore.shared.schema;
