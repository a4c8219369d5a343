package org.complyscore.alert.boundary;

/** A policy as the alerts filter offers it. */
public record PolicyRef(long id, String name) implements java.io.Serializable {}
