package id.dkip.core.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.activiti.bpmn.model.BaseElement;
import org.activiti.bpmn.model.UserTask;
import org.activiti.engine.TaskService;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.activiti.engine.impl.bpmn.behavior.MultiInstanceActivityBehavior;
import org.activiti.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.activiti.engine.impl.bpmn.parser.BpmnParse;
import org.activiti.engine.impl.bpmn.parser.handler.AbstractBpmnParseHandler;
import org.activiti.engine.impl.pvm.delegate.ActivityBehavior;
import org.activiti.engine.impl.pvm.process.ActivityImpl;

/**
 * How Alfresco drives user tasks, for an engine outside Alfresco (tests, benchmark, {@code dkip simulate}), so that
 * the process cannot rely on anything Alfresco does not do (ACS 26.1 source):
 * <ul>
 * <li>on create, before the process's own listeners, the task model's defaults are written as task-local variables
 * (Alfresco's TaskCreateListener, added first by AlfrescoUserTaskBpmnParseHandler): {@link #parseHandler()};</li>
 * <li>a task is completed as Share completes it: the form's values saved task-locally
 * (ActivitiPropertyConverter.updateTask: setVariablesLocal), the current user made the assignee, then
 * {@code complete(taskId)} with no variables (ActivitiWorkflowEngine.endNormalTask): {@link #complete}.</li>
 * </ul>
 */
public final class AlfrescoTaskBehaviour {

    /** The dkipwf task model's defaults (dkipWorkflowModel.xml, types and their mandatory aspects) by form key. */
    public static final Map<String, Map<String, Object>> MODEL_DEFAULTS = Map.of(
            "dkipwf:usulanTask", Map.of("dkipwf_totalHariMin", 6, "dkipwf_totalHariMaks", 14, DkipVariables.TASK_DUE_PROVISIONAL, false),
            "dkipwf:revisiUsulanTask", Map.of(DkipVariables.TASK_DUE_PROVISIONAL, false),
            "dkipwf:rancanganTask", Map.of(DkipVariables.RANCANGAN_OUTCOME, DkipVariables.LANJUT, DkipVariables.TASK_DUE_PROVISIONAL, false),
            "dkipwf:rapatTask", Map.of(DkipVariables.TASK_DUE_PROVISIONAL, false),
            "dkipwf:penetapanTask", Map.of(DkipVariables.PENETAPAN_OUTCOME, DkipVariables.TETAPKAN, DkipVariables.TASK_DUE_PROVISIONAL, false),
            "dkipwf:terimaSkTask", Map.of(DkipVariables.TASK_DUE_PROVISIONAL, false),
            "dkipwf:dokumentasiTask", Map.of(DkipVariables.TASK_DUE_PROVISIONAL, false));

    private AlfrescoTaskBehaviour() {
    }

    /** A post-parse handler adding the model-defaults listener as the first create listener of every user task. */
    public static AbstractBpmnParseHandler<UserTask> parseHandler() {
        return new DefaultsParseHandler();
    }

    /** Complete a task as Share does: form values task-locally, assignee = the user, then complete with no variables. */
    public static void complete(TaskService tasks, String taskId, String user, Map<String, ?> formValues) {
        tasks.setAssignee(taskId, user);
        if (!formValues.isEmpty()) {
            tasks.setVariablesLocal(taskId, formValues);
        }
        tasks.complete(taskId);
    }

    /** Alfresco's TaskCreateListener: the task type's defaults, task-locally, where the task has no value yet. */
    static final class ModelDefaultsListener implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            String formKey = task.getFormKey() != null ? task.getFormKey() : "dkipwf:" + task.getTaskDefinitionKey();
            for (Map.Entry<String, Object> d : MODEL_DEFAULTS.getOrDefault(formKey, Map.of()).entrySet()) {
                if (task.getVariableLocal(d.getKey()) == null) {
                    task.setVariableLocal(d.getKey(), d.getValue());
                }
            }
        }
    }

    private static final class DefaultsParseHandler extends AbstractBpmnParseHandler<UserTask> {
        private final TaskListener listener = new ModelDefaultsListener();

        @Override
        protected Class<? extends BaseElement> getHandledType() {
            return UserTask.class;
        }

        @Override
        protected void executeParse(BpmnParse parse, UserTask element) {
            ActivityImpl activity = findActivity(parse, element.getId());
            ActivityBehavior behavior = activity.getActivityBehavior();
            if (behavior instanceof MultiInstanceActivityBehavior mi) {
                behavior = mi.getInnerActivityBehavior();
            }
            if (behavior instanceof UserTaskActivityBehavior userTask) {
                Map<String, List<TaskListener>> listeners = userTask.getTaskDefinition().getTaskListeners();
                listeners.computeIfAbsent(TaskListener.EVENTNAME_CREATE, k -> new ArrayList<>()).add(0, listener);
            }
        }
    }
}
