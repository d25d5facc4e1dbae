package id.dkip.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.activiti.engine.ActivitiObjectNotFoundException;
import org.activiti.engine.ActivitiOptimisticLockingException;
import org.activiti.engine.ActivitiTaskAlreadyClaimedException;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restarting the engine mid-process, and two people acting on the same pooled task at once. */
class SopEngineRobustnessTest {

    @TempDir
    Path dir;

    @Test
    void engineClosedAndReopenedMidProcessLosesNothing() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("engine").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        String pid;
        String rapatTaskId;
        Object rapatDue;
        SopEngineFixture f = new SopEngineFixture(url, 2);
        try {
            pid = f.start(null).getId();
            f.completeAll(pid, "usulanTask");
            f.complete(f.single(pid, "rancanganTask"), "pengelola", Map.of());
            Task first = f.single(pid, "rapatTask");
            f.acceptAllOnRows();
            f.complete(first, "anggota1", Map.of(DkipVariables.ATTENDEES, List.of("anggota1", "anggota2")));
            Task rapat = f.single(pid, "rapatTask");
            rapatTaskId = rapat.getId();
            rapatDue = rapat.getDueDate();
        } finally {
            f.close();
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("engine"));

        // a new engine on the same database file, the same in-memory register (the repository survives a restart)
        f.open(url);
        try {
            assertThat(f.engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(DkipVariables.PROCESS_KEY).count()).as("deployed once").isEqualTo(1);
            Task rapat = f.single(pid, "rapatTask");
            assertThat(rapat.getId()).isEqualTo(rapatTaskId);
            assertThat(rapat.getDueDate()).isEqualTo(rapatDue);
            assertThat(f.engine.getRuntimeService().getVariable(pid, DkipVariables.MEETING_COUNT)).isEqualTo(1);
            assertThat(f.engine.getRuntimeService().getVariable(pid, DkipVariables.UNIT_GROUP_NAMES)).isEqualTo(f.units);
            assertThat(f.engine.getManagementService().createJobQuery().processInstanceId(pid).timers().count())
                    .as("the meeting's reminder and escalation timers").isEqualTo(2);
            f.complete(rapat, "anggota1", SopEngineFixture.meetingForm(SopEngineFixture.TEAM));
            f.complete(f.single(pid, "penetapanTask"), "atasan", SopEngineFixture.skForm("800/5/2026",
                    SopEngineFixture.MEETING_DAY));
            f.completeAll(pid, "terimaSkTask");
            f.fileAll();
            f.completeAll(pid, "dokumentasiTask");
            assertThat(f.ended(pid)).isTrue();
            assertThat(f.engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pid)
                    .taskDefinitionKey("rapatTask").count()).isEqualTo(2);
        } finally {
            f.close();
        }
    }

    @Test
    void twoPeopleCompletingTheSamePooledTaskOneWinsTheOtherIsToldWhy() throws Exception {
        SopEngineFixture f = new SopEngineFixture("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", 1);
        try {
            String pid = f.start(null).getId();
            f.completeAll(pid, "usulanTask");
            Task rancangan = f.single(pid, "rancanganTask");
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            List<Future<?>> runs = new ArrayList<>();
            for (String user : List.of("pengelolaA", "pengelolaB")) {
                runs.add(pool.submit(() -> {
                    try {
                        go.await();
                        // as Share: claim, save the form task-locally, complete with no variables
                        f.engine.getTaskService().claim(rancangan.getId(), user);
                        f.engine.getTaskService().setVariablesLocal(rancangan.getId(), Map.of(
                                DkipVariables.RANCANGAN_OUTCOME, DkipVariables.LANJUT, DkipVariables.COMMENT, "oleh " + user));
                        f.engine.getTaskService().complete(rancangan.getId());
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> r : runs) {
                r.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(failures).as("exactly one of the two fails").hasSize(1);
            // depending on timing: the claim is refused, the concurrent update is detected, or the task is gone
            assertThat(failures.get(0)).isInstanceOfAny(ActivitiTaskAlreadyClaimedException.class,
                    ActivitiOptimisticLockingException.class, ActivitiObjectNotFoundException.class);
            assertThat(failures.get(0).getMessage()).containsAnyOf("already claimed", "was updated by another transaction",
                    "Cannot find task");
            assertThat(f.single(pid, "rapatTask")).isNotNull();
            assertThat(f.engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pid)
                    .taskDefinitionKey("rancanganTask").finished().count()).isEqualTo(1);
            String winner = f.engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(rancangan.getId())
                    .singleResult().getAssignee();
            assertThat(f.engine.getRuntimeService().getVariable(pid, DkipVariables.COMMENT)).isEqualTo("oleh " + winner);
        } finally {
            f.close();
        }
    }

    @Test
    void secondClaimOfAClaimedTaskIsRefusedByName() {
        SopEngineFixture f = new SopEngineFixture("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", 1);
        try {
            String pid = f.start(null).getId();
            f.completeAll(pid, "usulanTask");
            Task t = f.single(pid, "rancanganTask");
            f.engine.getTaskService().claim(t.getId(), "pengelolaA");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.engine.getTaskService().claim(t.getId(), "pengelolaB"))
                    .isInstanceOf(ActivitiTaskAlreadyClaimedException.class).hasMessageContaining("already claimed");
        } finally {
            f.close();
        }
    }
}
