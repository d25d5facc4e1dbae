package id.dkip.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dkip} tool: the DKIP engine without Alfresco. JSON goes to stdout, messages to stderr; exit codes in
 * {@link ExitCode}.
 */
@Command(name = "dkip",
        mixinStandardHelpOptions = true,
        versionProvider = DkipCommand.Version.class,
        subcommands = {
                ValidateCommand.class,
                ImportMatrixCommand.class,
                ScanCommand.class,
                WorkingDaysCommand.class,
                GenerateCommand.class,
                SimulateCommand.class,
                PublishCommand.class,
                CommandLine.HelpCommand.class
        })
public final class DkipCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), Messages.forLanguage(null).get("usage.missingSubcommand"));
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the tool as {@code main} does, without exiting: for embedding and tests. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new DkipCommand());
        cli.setExitCodeExceptionMapper(e -> ExitCode.UNUSABLE);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCode.UNUSABLE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(ex.getMessage() == null ? ex.toString() : ex.getMessage());
            return ExitCode.UNUSABLE;
        });
        return cli.execute(args);
    }

    /** Version from the jar manifest, set by the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = DkipCommand.class.getPackage().getImplementationVersion();
            return new String[] {"dkip " + (v == null ? "(development build)" : v)};
        }
    }
}
