/**
 * What machines ask the platform over HTTP: readiness for load balancers and run.sh ({@code GET
 * /health/ready}, served by Payara's MicroProfile Health from the checks of this package).
 */
package org.complyscore.platform.rest;
