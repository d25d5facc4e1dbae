package id.dkip.core.workflow;

import id.dkip.core.calendar.WorkingDayCalendar;
import id.dkip.core.process.SopSchedule;
import id.dkip.core.process.SopStep;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.Unit;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.activiti.engine.ProcessEngine;
import org.activiti.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.activiti.engine.task.IdentityLink;
import org.activiti.engine.task.Task;

/**
 * Runs the whole SOP on an embedded engine (the BPMN Alfresco deploys) for a sample agency: every unit proposes its
 * entries, the Pengelola Data continues, a first meeting lacks a quorum and is rescheduled, the second decides
 * (every entry accepted with a passed consequence test, unless {@code rejected} names it), the Atasan PPID signs, every
 * unit acknowledges and files. Each completed task is reported with its step, role (group), due date and outcome;
 * one working day passes between steps on the engine's clock. Used by {@code dkip simulate}.
 */
public final class SopSimulation {

    /** The agency and its people. */
    public record Setup(List<Unit> units, Map<String, List<DkipEntry>> entriesByUnitGroup, List<String> teamMembers,
                        String skNumber, String previousSkNumber, ZonedDateTime start, List<String> rejected) {
        public Setup {
            units = List.copyOf(units);
            entriesByUnitGroup = Map.copyOf(entriesByUnitGroup);
            teamMembers = List.copyOf(teamMembers);
            rejected = rejected == null ? List.of() : List.copyOf(rejected);
            Objects.requireNonNull(start, "start");
        }
    }

    /** One completed task; {@code dueProvisional}: its due date was counted over a year without its SKB 3 Menteri. */
    public record StepRecord(int step, String stepKey, String taskName, String role, LocalDate dueDate,
                             boolean dueProvisional, LocalDate completedOn, String actor, String outcome) {
    }

    /** What the run produced. */
    public record Result(String processInstanceId, List<StepRecord> steps, List<DkipEntry> register,
                         List<Notice> notices, boolean ended, int workingDays) {
    }

    private final SopSchedule schedule;
    private final WorkingDayCalendar calendar;

    public SopSimulation(SopSchedule schedule, WorkingDayCalendar calendar) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * Run the SOP on the H2 database at {@code jdbcUrl} (e.g. {@code jdbc:h2:mem:dkip-sim;DB_CLOSE_DELAY=-1}),
     * producing documents through {@code documents}; {@code progress} sees each step as it completes.
     */
    public Result run(String jdbcUrl, Setup setup, DocumentPort documents, ProposalValidator validator,
                      Consumer<StepRecord> progress) {
        InMemoryRegister register = new InMemoryRegister();
        setup.entriesByUnitGroup().forEach((group, entries) -> entries.forEach(e -> register.put(group, e)));
        RoleDefaults roles = RoleDefaults.standard();
        InMemoryDirectory directory = new InMemoryDirectory().group(roles.timGroup(), setup.teamMembers());
        InMemoryNotifications notices = new InMemoryNotifications();
        Map<Object, Object> beans = DkipWorkflowBeans.create(schedule, register, documents, directory, notices, validator,
                AuthorityNames.STRINGS, roles);
        List<StepRecord> steps = new ArrayList<>();
        Consumer<StepRecord> sink = r -> {
            steps.add(r);
            progress.accept(r);
        };
        try (EmbeddedSopEngine sop = EmbeddedSopEngine.h2(jdbcUrl, beans)) {
            ProcessEngine engine = sop.engine();
            Clock clock = new Clock(engine, setup.start());
            Map<String, Object> vars = new HashMap<>();
            vars.put(DkipVariables.UNIT_GROUPS, new ArrayList<>(setup.units().stream().map(Unit::ppidPembantuGroup).toList()));
            if (setup.previousSkNumber() != null) {
                vars.put(DkipVariables.PREVIOUS_SK, setup.previousSkNumber());
            }
            String pid = engine.getRuntimeService().startProcessInstanceByKey(DkipVariables.PROCESS_KEY, vars).getId();
            Driver d = new Driver(engine, pid, clock, sink);

            clock.nextWorkingDay();
            for (Task t : d.open("usulanTask")) {
                d.complete(t, "ppid." + suffix(d.group(t)), Map.of(), "usulan dikirim");
            }
            clock.nextWorkingDay();
            d.complete(d.open("rancanganTask").get(0), "pengelola", Map.of(DkipVariables.RANCANGAN_OUTCOME, DkipVariables.LANJUT),
                    DkipVariables.LANJUT);
            List<String> team = setup.teamMembers();
            int required = team.size() / 2 + 1;
            recordDecisionsOnRows(register, setup);
            Task first = d.open("rapatTask").get(0);
            d.complete(first, team.get(0), meeting(clock, new ArrayList<>(team.subList(0, required - 1))), null);
            d.amendLast((String) engine.getRuntimeService().getVariable(pid, DkipVariables.QUORUM_REASON));
            clock.nextWorkingDay();
            d.complete(d.open("rapatTask").get(0), team.get(0), meeting(clock, new ArrayList<>(team.subList(0, required))),
                    null);
            d.amendLast((String) engine.getRuntimeService().getVariable(pid, DkipVariables.QUORUM_REASON));
            clock.nextWorkingDay();
            d.complete(d.open("penetapanTask").get(0), "atasan", Map.of(DkipVariables.PENETAPAN_OUTCOME, DkipVariables.TETAPKAN,
                    DkipVariables.SK_NUMBER, setup.skNumber(), DkipVariables.SK_DATE, clock.todayAsDate()),
                    "ditetapkan, SK " + setup.skNumber());
            clock.nextWorkingDay();
            for (Task t : d.open("terimaSkTask")) {
                d.complete(t, "ppid." + suffix(d.group(t)), Map.of(), "SK diterima");
            }
            for (DkipEntry e : register.all()) {
                register.fileDocument(e.id(), "arsip/" + e.id());
            }
            clock.nextWorkingDay();
            for (Task t : d.open("dokumentasiTask")) {
                d.complete(t, "ppid." + suffix(d.group(t)), Map.of(), "didokumentasikan");
            }
            boolean ended = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count() == 0;
            var days = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pid)
                    .variableName(DkipVariables.TOTAL_WORKING_DAYS).excludeTaskVariables().singleResult();
            return new Result(pid, List.copyOf(steps), register.all(), notices.sent(), ended,
                    days == null ? -1 : (Integer) days.getValue());
        }
    }

    /** What the meeting screen stores on each row at step 3. */
    private static void recordDecisionsOnRows(InMemoryRegister register, Setup setup) {
        for (DkipEntry e : register.all()) {
            boolean reject = setup.rejected().contains(e.id());
            register.decide(e.id(), reject ? "tolak" : "terima", reject ? "tidak" : "lulus",
                    reject ? "tidak memenuhi uji konsekuensi" : null);
        }
    }

    /** The meeting task's form: attendance, and the meeting's date, start time and place. */
    private static Map<String, Object> meeting(Clock clock, List<String> present) {
        return Map.of(DkipVariables.ATTENDEES, present, DkipVariables.MEETING_DATE, clock.todayAsDate(),
                DkipVariables.MEETING_TIME, "09:30", DkipVariables.MEETING_PLACE, "Ruang Rapat Sekretariat");
    }

    private static String suffix(String group) {
        return group == null ? "unit" : group.replaceFirst("^GROUP_", "").toLowerCase(java.util.Locale.ROOT);
    }

    private final class Clock {
        private final ProcessEngineConfigurationImpl cfg;
        private ZonedDateTime now;

        Clock(ProcessEngine engine, ZonedDateTime start) {
            this.cfg = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            set(start);
        }

        void set(ZonedDateTime at) {
            now = at;
            cfg.getClock().setCurrentTime(Date.from(at.toInstant()));
        }

        void nextWorkingDay() {
            set(calendar.addWorkingDays(now.toLocalDate(), 1).atTime(10, 0).atZone(schedule.zone()));
        }

        LocalDate today() {
            return now.toLocalDate();
        }

        Date todayAsDate() {
            return Date.from(now.toLocalDate().atStartOfDay(schedule.zone()).toInstant());
        }
    }

    private final class Driver {
        private final ProcessEngine engine;
        private final String pid;
        private final Clock clock;
        private final Consumer<StepRecord> sink;
        private final Map<String, StepRecord> pending = new LinkedHashMap<>();

        Driver(ProcessEngine engine, String pid, Clock clock, Consumer<StepRecord> sink) {
            this.engine = engine;
            this.pid = pid;
            this.clock = clock;
            this.sink = sink;
        }

        List<Task> open(String key) {
            return engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key)
                    .orderByTaskId().asc().list();
        }

        String group(Task t) {
            for (IdentityLink l : engine.getTaskService().getIdentityLinksForTask(t.getId())) {
                if (l.getGroupId() != null) {
                    return l.getGroupId();
                }
            }
            return null;
        }

        void complete(Task t, String actor, Map<String, Object> vars, String outcome) {
            SopStep step = DkipVariables.stepOfActivity(t.getTaskDefinitionKey());
            String role = group(t);
            boolean provisional = Boolean.TRUE.equals(engine.getTaskService().getVariableLocal(t.getId(), DkipVariables.TASK_DUE_PROVISIONAL));
            AlfrescoTaskBehaviour.complete(engine.getTaskService(), t.getId(), actor, vars);
            StepRecord r = new StepRecord(step.number(), step.key(), t.getName(), role,
                    t.getDueDate() == null ? null : LocalDate.ofInstant(t.getDueDate().toInstant(), schedule.zone()),
                    provisional, clock.today(), actor, outcome);
            if (outcome == null) {
                pending.put("last", r);
            } else {
                sink.accept(r);
            }
        }

        void amendLast(String outcome) {
            StepRecord r = pending.remove("last");
            sink.accept(new StepRecord(r.step(), r.stepKey(), r.taskName(), r.role(), r.dueDate(), r.dueProvisional(), r.completedOn(),
                    r.actor(), outcome));
        }
    }
}
