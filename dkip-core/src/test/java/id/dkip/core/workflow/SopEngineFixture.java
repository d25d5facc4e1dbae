package id.dkip.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.process.SopSchedule;
import id.dkip.core.register.DkipEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.activiti.engine.ProcessEngine;
import org.activiti.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.activiti.engine.runtime.Job;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;

/**
 * A sample agency on an embedded engine: units with two proposals each, a Tim PPID Pembantu of 7 members, the
 * in-memory ports, the engine clock at Monday 2 March 2026 09:00 WIB.
 */
class SopEngineFixture implements AutoCloseable {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final ZonedDateTime START = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, WIB);
    static final String TIM = "GROUP_DKIP_TIM_PPID_PEMBANTU";
    static final String ATASAN = "GROUP_DKIP_ATASAN_PPID";
    static final String PENGELOLA = "GROUP_DKIP_PENGELOLA_DATA";
    static final List<String> TEAM = IntStream.rangeClosed(1, 7).mapToObj(i -> "anggota" + i).toList();

    final InMemoryRegister register = new InMemoryRegister();
    final InMemoryDocuments documents = new InMemoryDocuments();
    final InMemoryDirectory directory = new InMemoryDirectory().group(TIM, TEAM);
    final InMemoryNotifications notifications = new InMemoryNotifications();
    final SopSchedule schedule = SopSchedule.standard();
    final List<String> units = new ArrayList<>();
    /** As the Docker stack without a mail server: every send fails. */
    volatile boolean mailDown;
    EmbeddedSopEngine sop;
    ProcessEngine engine;

    final ProposalValidator validator;

    SopEngineFixture(String jdbcUrl, int unitCount) {
        this(jdbcUrl, unitCount, ProposalValidator.NONE);
    }

    SopEngineFixture(String jdbcUrl, int unitCount, ProposalValidator validator) {
        this.validator = validator;
        for (int u = 1; u <= unitCount; u++) {
            String group = "GROUP_DKIP_PPID_UNIT" + u;
            units.add(group);
            for (int e = 1; e <= 2; e++) {
                register.put(group, DkipEntry.builder().id("u" + u + "-e" + e).unitCode("UNIT" + u)
                        .information("Informasi " + e + " unit " + u).grounds(List.of("17h2")).build());
            }
        }
        open(jdbcUrl);
        setClock(START);
    }

    Map<Object, Object> beans() {
        NotificationPort mail = n -> {
            if (mailDown) {
                throw new IllegalStateException("Failed to send email");
            }
            notifications.send(n);
        };
        return DkipWorkflowBeans.create(schedule, register, documents, directory, mail, validator,
                AuthorityNames.STRINGS, RoleDefaults.standard());
    }

    void open(String jdbcUrl) {
        sop = EmbeddedSopEngine.h2(jdbcUrl, beans());
        engine = sop.engine();
    }

    void setClock(ZonedDateTime at) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getClock()
                .setCurrentTime(Date.from(at.toInstant()));
    }

    ProcessInstance start(String previousSk) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(DkipVariables.UNIT_GROUPS, new ArrayList<>(units));
        vars.put(DkipVariables.TIM_GROUP, TIM);
        vars.put(DkipVariables.ATASAN_GROUP, ATASAN);
        vars.put(DkipVariables.PENGELOLA_GROUP, PENGELOLA);
        if (previousSk != null) {
            vars.put(DkipVariables.PREVIOUS_SK, previousSk);
        }
        return engine.getRuntimeService().startProcessInstanceByKey(DkipVariables.PROCESS_KEY, vars);
    }

    List<Task> tasks(String pid, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key)
                .orderByTaskId().asc().list();
    }

    Task single(String pid, String key) {
        List<Task> t = tasks(pid, key);
        assertThat(t).as("open %s tasks", key).hasSize(1);
        return t.get(0);
    }

    /**
     * Complete as Share does (AlfrescoTaskBehaviour.complete): the form values saved task-locally, then complete with
     * no variables. Never taskService.complete(id, vars): that writes to the process, which Share never does.
     */
    void complete(Task task, String user, Map<String, ?> formValues) {
        AlfrescoTaskBehaviour.complete(engine.getTaskService(), task.getId(), user, formValues);
    }

    void completeAll(String pid, String key) {
        for (Task t : tasks(pid, key)) {
            complete(t, "ppid-" + t.getId(), Map.of());
        }
    }

    /** The meeting screen stores "terima, lulus" on every row (the rows, not the task, hold the decisions). */
    void acceptAllOnRows() {
        for (String u : units) {
            for (DkipEntry e : register.proposals(u)) {
                register.decide(e.id(), "terima", "lulus", null);
            }
        }
    }

    static final LocalDate MEETING_DAY = LocalDate.of(2026, 3, 4);

    /** The meeting task's form: attendance and the meeting's date (4 March 2026), 09:30, place. */
    static Map<String, Object> meetingForm(Object attendees) {
        Map<String, Object> form = new HashMap<>();
        form.put(DkipVariables.ATTENDEES, attendees);
        form.put(DkipVariables.MEETING_DATE, Date.from(MEETING_DAY.atStartOfDay(WIB).toInstant()));
        form.put(DkipVariables.MEETING_TIME, "09:30");
        form.put(DkipVariables.MEETING_PLACE, "Ruang Rapat Lantai 2");
        form.put(DkipVariables.MEETING_NUMBER, "005/BA-PPID/III/2026");
        return form;
    }

    /** The Atasan PPID's form: tetapkan with the SK number and date. */
    static Map<String, Object> skForm(String number, LocalDate date) {
        return Map.of(DkipVariables.SK_NUMBER, number, DkipVariables.SK_DATE,
                Date.from(date.atStartOfDay(WIB).toInstant()));
    }

    void fileAll() {
        for (DkipEntry e : register.all()) {
            register.fileDocument(e.id(), "arsip/" + e.id() + ".pdf");
        }
    }

    /** Execute every timer job due at the engine's current time; returns how many ran. */
    int runDueTimers() {
        List<Job> jobs = engine.getManagementService().createJobQuery().timers().executable().list();
        for (Job j : jobs) {
            engine.getManagementService().executeJob(j.getId());
        }
        return jobs.size();
    }

    boolean ended(String pid) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count() == 0;
    }

    Object historicVariable(String pid, String name) {
        var v = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pid)
                .variableName(name).excludeTaskVariables().singleResult();
        return v == null ? null : v.getValue();
    }

    @Override
    public void close() {
        sop.close();
    }
}
