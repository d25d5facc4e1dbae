package org.alfresco.repo.action;

/** Declaration of Alfresco's {@code CommonResourceAbstractBase} (alfresco-repository): a parent of action executers. */
public abstract class CommonResourceAbstractBase {
}
