package org.complyscore.access.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.complyscore.access.entity.Permission.Names;

/**
 * The roles of this application are the permission names: each permission the identity store grants
 * arrives as a group, mapped to the role of the same name (Payara's default principal-to-role
 * mapping, switched on by server-config). Declared here once for the web module.
 */
@DeclareRoles({
  Names.VIEW,
  Names.EDIT_IMPLEMENTATION,
  Names.EDIT_TESTING,
  Names.MANAGE_ASSESSMENTS,
  Names.MANAGE_TEMPLATES,
  Names.MANAGE_SOLUTIONS,
  Names.MANAGE_AUTOMATION,
  Names.MANAGE_API_TOKENS,
  Names.INVITE_USERS,
  Names.MANAGE_USERS,
  Names.GRANT_PRIVILEGED_ROLES,
  Names.VIEW_AUDIT_LOG,
  Names.SWITCH_AUTOMATION_FOR_ALL,
  Names.SUBMIT_SIGNALS
})
@ApplicationScoped
public class SecurityConfiguration {}
