package id.dkip.cli;

import id.dkip.core.documents.export.RegisterJsonException;
import id.dkip.core.extraction.ExtractionException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A command that reads one input file. A missing, unreadable or refused file is reported on stderr with exit 2
 * before or instead of any output, so stdout only ever holds a complete result.
 */
abstract class FileCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public final Integer call() throws IOException {
        Messages msg = common.messages();
        PrintWriter err = spec.commandLine().getErr();
        String problem = InputFiles.problem(file, msg);
        if (problem != null) {
            err.println(problem);
            return ExitCode.UNUSABLE;
        }
        try {
            err.println(msg.get("progress.reading", file));
            return process(msg, err);
        } catch (RegisterJsonException e) {
            err.println(msg.get("error.registerJson", file, e.getMessage()));
            return ExitCode.UNUSABLE;
        } catch (ExtractionException e) {
            err.println(msg.get("error.unreadable", file, e.message(msg.locale())));
            return ExitCode.UNUSABLE;
        }
    }

    /** Reads {@link #file}, prints the result as JSON, and returns the exit code. */
    abstract int process(Messages msg, PrintWriter err) throws IOException;
}
