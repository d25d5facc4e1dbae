package id.dkip.core.workflow.bench;

import id.dkip.core.legal.EntryValidator;
import id.dkip.core.process.SopSchedule;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.workflow.AlfrescoTaskBehaviour;
import id.dkip.core.workflow.AuthorityNames;
import id.dkip.core.workflow.DkipVariables;
import id.dkip.core.workflow.DkipWorkflowBeans;
import id.dkip.core.workflow.EmbeddedSopEngine;
import id.dkip.core.workflow.InMemoryDirectory;
import id.dkip.core.workflow.InMemoryDocuments;
import id.dkip.core.workflow.InMemoryNotifications;
import id.dkip.core.workflow.InMemoryRegister;
import id.dkip.core.workflow.ProposalValidator;
import id.dkip.core.workflow.RoleDefaults;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.activiti.engine.ProcessEngine;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.ExecutionListener;
import org.activiti.engine.delegate.JavaDelegate;
import org.activiti.engine.delegate.TaskListener;
import org.activiti.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.activiti.engine.task.Task;

/**
 * Benchmark (run by hand, not a test): engine time of one full dkipPenyusunan run with 20 units (2 proposals each,
 * legal validation on) against the same BPMN with no-op beans that only set the variables the gateways and timers
 * read. H2 in memory, history full, job executor off.
 * <pre>
 * mvn -o -q -pl dkip-core test-compile
 * java -cp "dkip-core/target/classes:dkip-core/target/test-classes:$(cat cp.txt)" id.dkip.core.workflow.bench.SopEngineBench
 * </pre>
 * (cp.txt from {@code mvn -o -q -pl dkip-core dependency:build-classpath -Dmdep.outputFile=cp.txt}). Results: docs/bench/workflow.md.
 */
public final class SopEngineBench {

    static final int UNITS = 20;
    static final List<String> TEAM = IntStream.rangeClosed(1, 7).mapToObj(i -> "anggota" + i).toList();

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        for (String mode : List.of("module", "noop", "module", "noop")) {
            long[] t = measure(mode, warmup, runs);
            Arrays.sort(t);
            System.out.printf("%-7s units=%d runs=%d median=%.1f ms p90=%.1f ms min=%.1f ms%n", mode, UNITS, runs,
                    t[t.length / 2] / 1e6, t[(int) (t.length * 0.9)] / 1e6, t[0] / 1e6);
        }
    }

    static long[] measure(String mode, int warmup, int runs) {
        InMemoryRegister register = new InMemoryRegister();
        List<String> units = new ArrayList<>();
        for (int u = 1; u <= UNITS; u++) {
            units.add("GROUP_U" + u);
        }
        Map<Object, Object> beans = mode.equals("module")
                ? DkipWorkflowBeans.create(SopSchedule.standard(), register, new InMemoryDocuments(),
                new InMemoryDirectory().group(RoleDefaults.standard().timGroup(), TEAM), new InMemoryNotifications(),
                ProposalValidator.legal(EntryValidator.standard()), AuthorityNames.STRINGS, RoleDefaults.standard())
                : noopBeans();
        long[] times = new long[runs];
        try (EmbeddedSopEngine sop = EmbeddedSopEngine.h2("jdbc:h2:mem:bench-" + mode + System.nanoTime() + ";DB_CLOSE_DELAY=-1", beans)) {
            ProcessEngine engine = sop.engine();
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getClock()
                    .setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneId.of("Asia/Jakarta")).toInstant()));
            for (int i = 0; i < warmup + runs; i++) {
                for (String u : units) {
                    for (int e = 1; e <= 2; e++) {
                        register.put(u, DkipEntry.builder().id(i + "-" + u + "-" + e).unitCode(u).information("Informasi " + e)
                                .grounds(List.of("17h2")).legalBasisText("UU 14/2008 Pasal 17 huruf h angka 2")
                                .consequenceIfOpened("mengungkap rahasia pribadi").build());
                    }
                }
                long t0 = System.nanoTime();
                runOnce(engine, units, register);
                long dt = System.nanoTime() - t0;
                if (i >= warmup) {
                    times[i - warmup] = dt;
                }
            }
        }
        return times;
    }

    static void runOnce(ProcessEngine engine, List<String> units, InMemoryRegister register) {
        Map<String, Object> start = new HashMap<>();
        start.put(DkipVariables.UNIT_GROUPS, new ArrayList<>(units));
        String pid = engine.getRuntimeService().startProcessInstanceByKey(DkipVariables.PROCESS_KEY, start).getId();
        completeAll(engine, pid, "usulanTask", Map.of());
        completeAll(engine, pid, "rancanganTask", Map.of(DkipVariables.RANCANGAN_OUTCOME, DkipVariables.LANJUT));
        for (String u : units) {
            register.proposals(u).forEach(e -> register.decide(e.id(), "terima", "lulus", null));
        }
        Date today = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getClock().getCurrentTime();
        completeAll(engine, pid, "rapatTask", Map.of(DkipVariables.ATTENDEES, TEAM, DkipVariables.QUORUM_REACHED, true,
                DkipVariables.MEETING_DATE, today, DkipVariables.MEETING_TIME, "09:00", DkipVariables.MEETING_PLACE, "Aula"));
        completeAll(engine, pid, "penetapanTask", Map.of(DkipVariables.PENETAPAN_OUTCOME, DkipVariables.TETAPKAN,
                DkipVariables.SK_NUMBER, "800/" + pid + "/2026", DkipVariables.SK_DATE, today));
        completeAll(engine, pid, "terimaSkTask", Map.of());
        register.all().forEach(e -> register.fileDocument(e.id(), "arsip/" + e.id()));
        completeAll(engine, pid, "dokumentasiTask", Map.of());
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count() != 0) {
            throw new IllegalStateException("process " + pid + " did not end");
        }
    }

    static void completeAll(ProcessEngine engine, String pid, String key, Map<String, Object> vars) {
        for (Task t : engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).list()) {
            AlfrescoTaskBehaviour.complete(engine.getTaskService(), t.getId(), "user", vars);
        }
    }

    /** Beans that do nothing but set what the BPMN's expressions read. */
    static Map<Object, Object> noopBeans() {
        JavaDelegate nothing = execution -> { };
        Map<Object, Object> beans = new HashMap<>();
        beans.put("DkipStartDelegate", (JavaDelegate) execution -> {
            execution.setVariable(DkipVariables.UNIT_GROUP_NAMES, new ArrayList<>((List<?>) execution.getVariable(DkipVariables.UNIT_GROUPS)));
            execution.setVariable(DkipVariables.PENGELOLA_GROUP_NAME, "GROUP_P");
            execution.setVariable(DkipVariables.TIM_GROUP_NAME, "GROUP_T");
            execution.setVariable(DkipVariables.ATASAN_GROUP_NAME, "GROUP_A");
        });
        beans.put("DkipSchedule", new NoopSchedule());
        beans.put("DkipTaskCreateListener", (TaskListener) task -> { });
        // copies the form's task-local values to the process, as the module's listener does for what gateways read
        beans.put("DkipTaskCompleteListener", (TaskListener) task -> task.getExecution().setVariables(task.getVariablesLocal()));
        beans.put("DkipRancanganDelegate", nothing);
        beans.put("DkipRapatDelegate", nothing);
        beans.put("DkipPenetapanDelegate", nothing);
        beans.put("DkipReminderDelegate", nothing);
        beans.put("DkipEscalationDelegate", nothing);
        beans.put("DkipProcessEndListener", (ExecutionListener) execution -> { });
        return beans;
    }

    /** Sets the timer variables to a fixed far date without any calendar work. */
    public static final class NoopSchedule {
        private static final Date FAR = Date.from(ZonedDateTime.of(2030, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC")).toInstant());

        public Object plan(DelegateExecution execution, String stepKey) {
            execution.setVariable("dkipwf_" + stepKey + "Tenggat", FAR);
            execution.setVariable("dkipwf_" + stepKey + "Pengingat", FAR);
            execution.setVariable("dkipwf_" + stepKey + "Eskalasi", FAR);
            return null;
        }
    }
}
