package id.dkip.alfresco.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mockStatic;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

/**
 * The module's one run-as-system helper (archive, register rows and the process's steps all use it) over
 * AuthenticationUtil, whose runAs/runAsSystem are stood in here with their documented contract: the work runs as
 * the given user; a runtime exception or error it throws passes unchanged, a checked one comes wrapped.
 */
class AlfrescoSystemWorkTest {

    final List<String> runAs = new ArrayList<>();
    final MockedStatic<AuthenticationUtil> auth = mockStatic(AuthenticationUtil.class);
    final SystemWork system = new AlfrescoSystemWork();
    String current = "ppid.yankes";

    AlfrescoSystemWorkTest() {
        auth.when(() -> AuthenticationUtil.runAsSystem(any())).thenAnswer(i -> as(AuthenticationUtil.SYSTEM_USER_NAME, i.getArgument(0)));
        auth.when(() -> AuthenticationUtil.runAs(any(), any())).thenAnswer(i -> as(i.getArgument(1), i.getArgument(0)));
        auth.when(AuthenticationUtil::isRunAsUserTheSystemUser).thenAnswer(i -> AuthenticationUtil.SYSTEM_USER_NAME.equals(current));
    }

    private Object as(String user, AuthenticationUtil.RunAsWork<?> work) {
        String caller = current;
        current = user;
        runAs.add(user);
        try {
            return work.doWork();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new RuntimeException("Error during run as.", e);
        } finally {
            current = caller;
        }
    }

    @AfterEach
    void close() {
        auth.close();
    }

    @Test
    void runsTheWorkAsSystemAndReturnsItsResult() {
        assertThat(system.run(() -> current + "/" + system.isSystem())).isEqualTo("System/true");
        assertThat(current).isEqualTo("ppid.yankes");
        assertThat(system.isSystem()).isFalse();
    }

    @Test
    void checkedWorkRunsAsSystemToo() {
        List<String> seen = new ArrayList<>();
        system.runChecked(() -> seen.add(current));
        assertThat(seen).containsExactly("System");
    }

    @Test
    void aRuntimeExceptionReachesTheCallerUnchangedACheckedOneWrappedWithItsCause() {
        IllegalStateException engine = new IllegalStateException("ActivitiException: kuorum");
        assertThatThrownBy(() -> system.runChecked(() -> {
            throw engine;
        })).isSameAs(engine);
        IOException io = new IOException("disk");
        assertThatThrownBy(() -> system.runChecked(() -> {
            throw io;
        })).isInstanceOf(RuntimeException.class).hasCause(io);
        assertThat(current).as("the caller's user is back after a failure").isEqualTo("ppid.yankes");
    }

    @Test
    void runAsRunsAsTheNamedUser() {
        assertThat(system.runAs("admin", () -> current)).isEqualTo("admin");
        auth.verify(() -> AuthenticationUtil.runAs(any(), eq("admin")));
        assertThat(runAs).containsExactly("admin");
    }
}
