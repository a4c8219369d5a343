package org.complyscore.action.boundary;

/** A person who can be assigned actions, as a picker shows them. */
public record PersonRef(long id, String displayName, String email)
    implements java.io.Serializable {}
