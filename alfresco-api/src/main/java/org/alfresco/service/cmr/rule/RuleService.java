package org.alfresco.service.cmr.rule;

import java.util.List;
import org.alfresco.service.cmr.repository.NodeRef;

/** Declaration of Alfresco 26.1's {@code RuleService}: only the members the module uses (compile-only, never packaged). */
public interface RuleService {
    List<Rule> getRules(NodeRef arg0, boolean arg1);
    Rule saveRule(NodeRef arg0, Rule arg1);
}
