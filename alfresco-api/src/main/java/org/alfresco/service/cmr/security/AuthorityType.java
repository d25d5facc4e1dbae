package org.alfresco.service.cmr.security;

/** Declaration of Alfresco's {@code AuthorityType} (constants only). */
public enum AuthorityType {
    ADMIN, EVERYONE, OWNER, GUEST, GROUP, ROLE, USER, WILDCARD
}
