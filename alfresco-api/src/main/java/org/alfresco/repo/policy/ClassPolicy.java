package org.alfresco.repo.policy;

/** Declaration of Alfresco 26.1's {@code ClassPolicy}: only the members the module uses (compile-only, never packaged). */
public interface ClassPolicy extends Policy {
}
