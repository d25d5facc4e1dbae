package org.alfresco.service.cmr.rule;

/** Declaration of Alfresco 26.1's {@code RuleType}: only the members the module uses (compile-only, never packaged). */
public interface RuleType {
    String INBOUND = "inbound";
}
