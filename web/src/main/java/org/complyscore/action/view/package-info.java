/**
 * The pages of improvement actions: the list ({@code /actions/list}) and the details page ({@code
 * /actions/details}) with its workflow, evidence and history.
 */
package org.complyscore.action.view;
