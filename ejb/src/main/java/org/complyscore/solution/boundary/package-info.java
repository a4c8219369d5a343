/**
 * Solutions (F30): what each contributes to the score and what remains to do in it, and their
 * names, descriptions and addresses, which Administrators keep up to date.
 */
package org.complyscore.solution.boundary;
