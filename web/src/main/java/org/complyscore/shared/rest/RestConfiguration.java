package org.complyscore.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under {@code /api}; it serves what the pages serve, as JSON. */
@ApplicationPath("api")
public class RestConfiguration extends Application {}
