/**
 * The Templates pages (F44–F47): the list, a template's details with its extension and control
 * removal, and the import from OSCAL or Excel with its review and progress.
 */
package org.complyscore.template.view;
