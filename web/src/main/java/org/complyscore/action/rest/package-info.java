/**
 * The REST API of improvement actions: {@code /api/actions} (list, details, workflow, assignment,
 * history, exports) and {@code /api/evidence} (download, delete).
 */
package org.complyscore.action.rest;
