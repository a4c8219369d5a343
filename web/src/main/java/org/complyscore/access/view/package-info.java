/** The pages of signing in and out, and the signed-in person every page shows. */
package org.complyscore.access.view;
