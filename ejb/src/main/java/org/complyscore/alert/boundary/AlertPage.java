package org.complyscore.alert.boundary;

import java.util.List;

/** One page of the alerts under a filter, newest match first, and how many there are in all. */
public record AlertPage(long total, List<AlertRow> rows) implements java.io.Serializable {}
