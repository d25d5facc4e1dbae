package id.dkip.core.workflow;

import id.dkip.core.process.SopSchedule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The beans the BPMN refers to ({@code ${DkipStartDelegate}}, {@code ${DkipSchedule.plan(...)}}...), by the simple
 * class names Alfresco's activitiBeanRegistry uses, for an engine outside Alfresco:
 * {@code processEngineConfiguration.setBeans(DkipWorkflowBeans.create(...))}.
 */
public final class DkipWorkflowBeans {

    private DkipWorkflowBeans() {
    }

    public static Map<Object, Object> create(SopSchedule schedule, RegisterPort register, DocumentPort documents,
                                             DirectoryPort directory, NotificationPort notifications,
                                             ProposalValidator validator, AuthorityNames names, RoleDefaults roles) {
        var zone = schedule.zone();
        Map<Object, Object> beans = new LinkedHashMap<>();
        beans.put("DkipStartDelegate", new DkipStartDelegate(schedule, names, roles));
        beans.put("DkipSchedule", new DkipSchedule(schedule));
        beans.put("DkipTaskCreateListener", new DkipTaskCreateListener());
        beans.put("DkipTaskCompleteListener", new DkipTaskCompleteListener(register, directory, names, zone));
        beans.put("DkipRancanganDelegate", new DkipRancanganDelegate(register, documents, validator, zone));
        beans.put("DkipRapatDelegate", new DkipRapatDelegate(register, documents, directory, names, zone));
        beans.put("DkipPenetapanDelegate", new DkipPenetapanDelegate(register, documents, directory, names, zone));
        beans.put("DkipReminderDelegate", new DkipReminderDelegate(notifications, zone));
        beans.put("DkipEscalationDelegate", new DkipEscalationDelegate(notifications, zone));
        beans.put("DkipProcessEndListener", new DkipProcessEndListener(schedule));
        return beans;
    }
}
