package org.alfresco.service.cmr.rule;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.alfresco.service.cmr.action.Action;

/** Declaration of Alfresco 26.1's {@code Rule}: only the members the module uses; a value type tests construct (compile-only, never packaged). */
public class Rule implements Serializable {
    private static final long serialVersionUID = 1L;
    private Action action;
    private String title;
    private String description;
    private boolean appliedToChildren;
    private List<String> ruleTypes = new ArrayList<>();
    private boolean executeAsynchronously;

    public Rule() {
    }

    public void setAction(Action action) {
        this.action = action;
    }

    public Action getAction() {
        return action;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isAppliedToChildren() {
        return appliedToChildren;
    }

    public void applyToChildren(boolean isAppliedToChildren) {
        this.appliedToChildren = isAppliedToChildren;
    }

    public void setRuleType(String ruleType) {
        this.ruleTypes = new ArrayList<>(List.of(ruleType));
    }

    public List<String> getRuleTypes() {
        return ruleTypes;
    }

    public void setExecuteAsynchronously(boolean executeAsynchronously) {
        this.executeAsynchronously = executeAsynchronously;
    }

    public boolean getExecuteAsynchronously() {
        return executeAsynchronously;
    }
}
