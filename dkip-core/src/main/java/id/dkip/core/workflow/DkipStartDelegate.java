package id.dkip.core.workflow;

import id.dkip.core.process.SopSchedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.activiti.engine.ActivitiIllegalArgumentException;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First service task: resolves the roles chosen on the start form (or configured) into group names, marks an
 * amendment run, and records the SOP's total time (6-14 working days with the standard times) and the planned end.
 */
public class DkipStartDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(DkipStartDelegate.class);

    private final SopSchedule schedule;
    private final AuthorityNames names;
    private final RoleDefaults defaults;

    public DkipStartDelegate(SopSchedule schedule, AuthorityNames names, RoleDefaults defaults) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.names = Objects.requireNonNull(names, "names");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> units = EngineSupport.distinct(names.namesOf(execution.getVariable(DkipVariables.UNIT_GROUPS)));
        if (units.isEmpty()) {
            throw new ActivitiIllegalArgumentException("Pilih minimal satu unit (grup PPID Pembantu) yang ikut menyusun DKIP ("
                    + DkipVariables.UNIT_GROUPS + ").");
        }
        execution.setVariable(DkipVariables.UNIT_GROUP_NAMES, new ArrayList<>(units));
        execution.setVariable(DkipVariables.PENGELOLA_GROUP_NAME, role(execution, DkipVariables.PENGELOLA_GROUP, defaults.pengelolaGroup()));
        execution.setVariable(DkipVariables.TIM_GROUP_NAME, role(execution, DkipVariables.TIM_GROUP, defaults.timGroup()));
        execution.setVariable(DkipVariables.ATASAN_GROUP_NAME, role(execution, DkipVariables.ATASAN_GROUP, defaults.atasanGroup()));

        String previousSk = EngineSupport.string(execution, DkipVariables.PREVIOUS_SK);
        boolean amendment = previousSk != null && !previousSk.isEmpty();
        execution.setVariable(DkipVariables.AMENDMENT, amendment);

        Instant now = EngineSupport.now();
        execution.setVariable(DkipVariables.STARTED, Date.from(now));
        execution.setVariable(DkipVariables.TOTAL_MIN_DAYS, schedule.durations().totalMinDays());
        execution.setVariable(DkipVariables.TOTAL_MAX_DAYS, schedule.durations().totalMaxDays());
        execution.setVariable(DkipVariables.PLANNED_END,
                Date.from(schedule.plannedEnd(now).atTime(23, 59, 59).atZone(schedule.zone()).toInstant()));
        execution.setVariable(DkipVariables.MEETING_COUNT, 0);
        execution.setVariable(DkipVariables.ESCALATIONS, 0);
        LOG.debug("DKIP run {} started for units {}{}", execution.getProcessInstanceId(), units,
                amendment ? " (amending SK " + previousSk + ")" : "");
    }

    private String role(DelegateExecution execution, String variable, String fallback) {
        List<String> given = names.namesOf(execution.getVariable(variable));
        if (given.size() > 1) {
            throw new ActivitiIllegalArgumentException("Pilih satu grup saja untuk " + variable + ", bukan " + given);
        }
        String group = given.isEmpty() ? fallback : given.get(0);
        if (group == null || group.isBlank()) {
            throw new ActivitiIllegalArgumentException("Grup untuk " + variable + " belum dipilih dan tidak dikonfigurasi.");
        }
        return group;
    }
}
