package org.alfresco.repo.jscript;

/** Declaration of Alfresco's {@code Scopeable} (no members used). */
public interface Scopeable {
}
