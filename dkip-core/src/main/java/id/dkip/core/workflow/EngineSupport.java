package id.dkip.core.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.VariableScope;
import org.activiti.engine.impl.context.Context;

/** Small helpers shared by the delegates and listeners. */
final class EngineSupport {

    private EngineSupport() {
    }

    /** The engine's notion of now (its Clock, which tests move), falling back to the system clock outside a command. */
    static Instant now() {
        try {
            return Context.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
        } catch (RuntimeException e) {
            return Instant.now();
        }
    }

    static String string(VariableScope scope, String name) {
        Object v = scope.getVariable(name);
        return v == null ? null : v.toString().trim();
    }

    @SuppressWarnings("unchecked")
    static ArrayList<String> stringList(VariableScope scope, String name) {
        Object v = scope.getVariable(name);
        ArrayList<String> out = new ArrayList<>();
        if (v instanceof Collection<?> c) {
            for (Object o : c) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }

    /** Append a line to a list variable kept on the process instance. */
    static void append(VariableScope scope, String name, String line) {
        ArrayList<String> list = stringList(scope, name);
        list.add(line);
        scope.setVariable(name, list);
    }

    /**
     * Write a value to the process, not to the task. A task's form values and Alfresco's model defaults are task-local
     * variables, and DelegateTask.setVariable updates a task-local variable of the same name: only an explicit write
     * to the execution reaches gateways and later service tasks (Alfresco's review.bpmn20.xml does the same).
     */
    static void toProcess(DelegateTask task, String name, Object value) {
        task.getExecution().setVariable(name, value);
    }

    static int intValue(VariableScope scope, String name) {
        Object v = scope.getVariable(name);
        return v instanceof Number n ? n.intValue() : 0;
    }

    static List<String> distinct(List<String> names) {
        return names.stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
    }
}
