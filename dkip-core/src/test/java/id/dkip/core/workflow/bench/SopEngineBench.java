package id.dkip.core.workflow.bench;

import id.dkip.core.legal.EntryValidator;
import id.dkip.core.process.SopSchedule;
import id.dkip.core.process.StepDeadline;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.workflow.AlfrescoTaskBehaviour;
import id.dkip.core.workflow.AuthorityNames;
import id.dkip.core.workflow.DkipSchedule;
import id.dkip.core.workflow.DkipVariables;
import id.dkip.core.workflow.DkipWorkflowBeans;
import id.dkip.core.workflow.EmbeddedSopEngine;
import id.dkip.core.workflow.InMemoryDirectory;
import id.dkip.core.workflow.InMemoryDocuments;
import id.dkip.core.workflow.InMemoryNotifications;
import id.dkip.core.workflow.InMemoryRegister;
import id.dkip.core.workflow.ProposalValidator;
import id.dkip.core.workflow.RoleDefaults;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * Benchmark (a timed main, not a test; {@code bench/run} runs it): one full dkipPenyusunan run with 100 units (the
 * target of issue #14; 2 proposals each, legal validation on) with the module's beans, against the same BPMN with
 * no-op beans that only set the variables the gateways and timers read. H2 in memory, history full, job executor
 * off, so the engine works on the calling thread.
 *
 * <p>Both engines are started first; then, after warm-up, the runs alternate module, no-op, no-op, module, ... (ABBA,
 * so neither side always runs first), and each run is timed in CPU time of the calling thread (ThreadMXBean) and of
 * the whole process (GC and JIT included), beside wall time. The ratio is the median of module / no-op per pair and
 * the ratio of the medians: on a shared machine the load changes between runs, and CPU time of side-by-side runs is
 * what it cannot move much.
 * <pre>
 * java -cp "dkip-core/target/classes:dkip-core/target/test-classes:$(cat cp.txt)" id.dkip.core.workflow.bench.SopEngineBench [warm-up] [pairs] [units]
 * </pre>
 * (cp.txt from {@code mvn -o -q -pl dkip-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=cp.txt}).
 * Results: docs/bench/README.md.
 */
public final class SopEngineBench {

    static final int UNITS = 100;
    static final List<String> TEAM = IntStream.rangeClosed(1, 7).mapToObj(i -> "anggota" + i).toList();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int units = args.length > 2 ? Integer.parseInt(args[2]) : UNITS;
        System.out.printf(Locale.ROOT, "workflow bench: %d units, %d warm-up runs, %d pairs (ABBA), load average %.1f%n", units, warmup,
                pairs, OS.getSystemLoadAverage());
        try (Setup module = new Setup("module", units); Setup noop = new Setup("noop", units)) {
            for (int i = 0; i < warmup; i++) {
                module.run();
                noop.run();
            }
            long[][] m = new long[pairs][];
            long[][] n = new long[pairs][];
            double[] pairRatio = new double[pairs];
            for (int i = 0; i < pairs; i++) {
                if (i % 2 == 0) {
                    m[i] = module.run();
                    n[i] = noop.run();
                } else {
                    n[i] = noop.run();
                    m[i] = module.run();
                }
                pairRatio[i] = m[i][0] / (double) n[i][0];
                System.out.printf(Locale.ROOT, "pair %d: module %.0f ms CPU (in its beans %.0f; process %.0f, wall %.0f), no-op %.0f ms CPU (in its beans %.0f; process %.0f, wall %.0f), ratio %.2f, load %.1f%n",
                        i + 1, m[i][0] / 1e6, m[i][3] / 1e6, m[i][1] / 1e6, m[i][2] / 1e6, n[i][0] / 1e6, n[i][3] / 1e6, n[i][1] / 1e6,
                        n[i][2] / 1e6, pairRatio[i], OS.getSystemLoadAverage());
            }
            Arrays.sort(pairRatio);
            double thread = median(m, 0) / median(n, 0);
            double process = median(m, 1) / median(n, 1);
            double wall = median(m, 2) / median(n, 2);
            System.out.printf(Locale.ROOT, "ratio of medians: thread CPU %.2f, process CPU %.2f, wall %.2f; median of pair ratios %.2f (range %.2f-%.2f)%n",
                    thread, process, wall, pairRatio[pairs / 2], pairRatio[0], pairRatio[pairs - 1]);
            System.out.printf(Locale.ROOT, "| workflow run (%d units), module vs no-op beans, CPU of the engine thread | %,.0f ms | %,.0f ms (no-op beans) | %.2f | <= 1.3 |%n",
                    units, median(m, 0) / 1e6, median(n, 0) / 1e6, thread);
            // the beans' own CPU: what the module's code adds, the part of the ratio the load cannot blur
            System.out.printf(Locale.ROOT, "| workflow run (%d units), CPU inside the beans' calls, module vs no-op | %,.0f ms | %,.0f ms (no-op beans) | +%.3f of the no-op run | (informative) |%n",
                    units, median(m, 3) / 1e6, median(n, 3) / 1e6, (median(m, 3) - median(n, 3)) / median(n, 0));
            System.out.printf(Locale.ROOT, "| workflow run (%d units), module vs no-op beans, CPU of the process | %,.0f ms | %,.0f ms (no-op beans) | %.2f | <= 1.3 |%n",
                    units, median(m, 1) / 1e6, median(n, 1) / 1e6, process);
        }
    }

    private static double median(long[][] runs, int column) {
        long[] v = new long[runs.length];
        for (int i = 0; i < runs.length; i++) {
            v[i] = runs[i][column];
        }
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** One engine (its own H2 database) with one bean set, and the register its runs fill. */
    static final class Setup implements AutoCloseable {
        private final InMemoryRegister register = new InMemoryRegister();
        private final List<String> units = new ArrayList<>();
        private final EmbeddedSopEngine sop;
        private int round;
        /** CPU time spent inside the beans' calls so far (the module's own work, or the no-op beans'). */
        private long inBeans;

        Setup(String mode, int unitCount) {
            for (int u = 1; u <= unitCount; u++) {
                units.add("GROUP_U" + u);
            }
            Map<Object, Object> beans = mode.equals("module")
                    ? DkipWorkflowBeans.create(SopSchedule.standard(), register, new InMemoryDocuments(),
                    new InMemoryDirectory().group(RoleDefaults.standard().timGroup(), TEAM), new InMemoryNotifications(),
                    ProposalValidator.legal(EntryValidator.standard()), AuthorityNames.STRINGS, RoleDefaults.standard())
                    : noopBeans();
            beans.replaceAll((name, bean) -> timed(bean));
            sop = EmbeddedSopEngine.h2("jdbc:h2:mem:bench-" + mode + System.nanoTime() + ";DB_CLOSE_DELAY=-1", beans);
            ((ProcessEngineConfigurationImpl) sop.engine().getProcessEngineConfiguration()).getClock()
                    .setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneId.of("Asia/Jakarta")).toInstant()));
        }

        /** One full run: {thread CPU, process CPU, wall, CPU inside the beans} in ns. */
        long[] run() {
            round++;
            for (String u : units) {
                for (int e = 1; e <= 2; e++) {
                    register.put(u, DkipEntry.builder().id(round + "-" + u + "-" + e).unitCode(u).information("Informasi " + e)
                            .grounds(List.of("17h2")).legalBasisText("UU 14/2008 Pasal 17 huruf h angka 2")
                            .consequenceIfOpened("mengungkap rahasia pribadi").build());
                }
            }
            long b0 = inBeans;
            long c0 = THREADS.getCurrentThreadCpuTime();
            long p0 = OS.getProcessCpuTime();
            long w0 = System.nanoTime();
            runOnce(sop.engine(), units, register);
            return new long[] {THREADS.getCurrentThreadCpuTime() - c0, OS.getProcessCpuTime() - p0, System.nanoTime() - w0,
                inBeans - b0};
        }

        /** The bean, its calls' CPU time added to {@link #inBeans} (the engine calls them on the one calling thread). */
        private Object timed(Object bean) {
            if (bean instanceof JavaDelegate d) {
                return (JavaDelegate) execution -> {
                    long t0 = THREADS.getCurrentThreadCpuTime();
                    try {
                        d.execute(execution);
                    } finally {
                        inBeans += THREADS.getCurrentThreadCpuTime() - t0;
                    }
                };
            }
            if (bean instanceof TaskListener l) {
                return (TaskListener) task -> {
                    long t0 = THREADS.getCurrentThreadCpuTime();
                    try {
                        l.notify(task);
                    } finally {
                        inBeans += THREADS.getCurrentThreadCpuTime() - t0;
                    }
                };
            }
            if (bean instanceof ExecutionListener l) {
                return (ExecutionListener) execution -> {
                    long t0 = THREADS.getCurrentThreadCpuTime();
                    try {
                        l.notify(execution);
                    } finally {
                        inBeans += THREADS.getCurrentThreadCpuTime() - t0;
                    }
                };
            }
            if (bean instanceof DkipSchedule) {
                return new TimedSchedule(this);
            }
            if (bean instanceof NoopSchedule) {
                return new TimedNoopSchedule(this);
            }
            throw new IllegalArgumentException("a bean the bench cannot time: " + bean);
        }

        @Override
        public void close() {
            sop.close();
        }
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

    /** The module's schedule bean, timed (a public class: the BPMN's expressions call its method by reflection). */
    public static final class TimedSchedule extends DkipSchedule {
        private final Setup setup;

        TimedSchedule(Setup setup) {
            super(SopSchedule.standard());
            this.setup = setup;
        }

        @Override
        public StepDeadline plan(DelegateExecution execution, String stepKey) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            try {
                return super.plan(execution, stepKey);
            } finally {
                setup.inBeans += THREADS.getCurrentThreadCpuTime() - t0;
            }
        }
    }

    /** The no-op schedule bean, timed. */
    public static final class TimedNoopSchedule extends NoopSchedule {
        private final Setup setup;

        TimedNoopSchedule(Setup setup) {
            this.setup = setup;
        }

        @Override
        public Object plan(DelegateExecution execution, String stepKey) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            try {
                return super.plan(execution, stepKey);
            } finally {
                setup.inBeans += THREADS.getCurrentThreadCpuTime() - t0;
            }
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
    public static class NoopSchedule {
        private static final Date FAR = Date.from(ZonedDateTime.of(2030, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC")).toInstant());

        public Object plan(DelegateExecution execution, String stepKey) {
            execution.setVariable("dkipwf_" + stepKey + "Tenggat", FAR);
            execution.setVariable("dkipwf_" + stepKey + "Pengingat", FAR);
            execution.setVariable("dkipwf_" + stepKey + "Eskalasi", FAR);
            return null;
        }
    }
}
