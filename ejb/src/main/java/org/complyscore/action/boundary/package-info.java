/** The workflow of improvement actions: recording implementation and test results. */
package org.complyscore.action.boundary;
