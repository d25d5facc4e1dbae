package id.dkip.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged tool as a user does: a separate {@code java -jar} process on the shaded jar that the build
 * produced (path from the {@code dkip.cli.jar} system property set by failsafe).
 */
final class CliProcess {

    record Result(int exitCode, String stdout, String stderr) {
    }

    private CliProcess() {
    }

    static Path jar() {
        String p = System.getProperty("dkip.cli.jar");
        if (p == null) {
            throw new IllegalStateException("dkip.cli.jar is not set: run the CLI tests with `mvn verify` (failsafe)");
        }
        Path jar = Paths.get(p);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The packaged tool is missing: " + jar);
        }
        return jar;
    }

    static Result run(String... args) throws IOException, InterruptedException {
        return runIn(null, args);
    }

    static Result runIn(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-jar");
        cmd.add(jar().toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("dkip-out", ".txt");
        Path err = Files.createTempFile("dkip-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            if (workDir != null) {
                pb.directory(workDir.toFile());
            }
            Process p = pb.start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("dkip " + String.join(" ", args) + " did not finish in 5 minutes");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
