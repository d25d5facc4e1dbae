package id.dkip.cli;

/** The tool's exit codes, as documented in the README: scripts rely on them. */
public final class ExitCode {
    /** Done; nothing to report. */
    public static final int OK = 0;
    /** Done, and the input has findings (validation findings, personal data). */
    public static final int FINDINGS = 1;
    /** Unreadable input or bad usage. */
    public static final int UNUSABLE = 2;

    private ExitCode() {
    }
}
