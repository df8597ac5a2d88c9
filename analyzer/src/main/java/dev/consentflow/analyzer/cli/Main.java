package dev.consentflow.analyzer.cli;

import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.ToolVersion;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code consentflow} command line; {@link #run} does the work so that tests can call it. */
@Command(name = "consentflow",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Finds personal data that reaches outreach code without a consent check.",
        subcommands = {ScanCommand.class, BaselineCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = Main.EXIT_CODES_HEADING)
public final class Main {
    static final String EXIT_CODES_HEADING = "%nExit codes:%n";
    // The same for every command; set in code because an annotation cannot share an array constant.
    private static final Map<String, String> EXIT_CODES = exitCodes();

    private Main() {}

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs the command line without exiting: reports and help go to {@code out}, usage errors to
     * {@code err} as one {@code consentflow: error: …} line and a hint, never a stack trace.
     *
     * @return the exit code: 0 clean, 1 error findings, 2 bad usage or nothing to analyze, 3 something
     *     skipped
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.getCommandSpec().usageMessage().exitCodeList(EXIT_CODES);
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().usageMessage().exitCodeList(EXIT_CODES));
        return cli.setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler(Main::internalError)
                .execute(args);
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(String.valueOf(AnalysisResult.CLEAN), "no error finding, and everything was analyzed");
        codes.put(String.valueOf(AnalysisResult.VIOLATIONS), "error findings (wins over 3)");
        codes.put(String.valueOf(AnalysisResult.BAD_INPUT), "bad usage, a broken policy, or nothing to analyze");
        codes.put(String.valueOf(AnalysisResult.INCOMPLETE), "no error finding, but some file was skipped");
        return codes;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("consentflow: error: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return AnalysisResult.BAD_INPUT;
    }

    // A bug in consentflow: the stack trace is what a bug report needs. Exit code 2, since nothing was
    // analyzed reliably, and 1 would claim findings.
    private static int internalError(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println("consentflow: internal error, please report it with this trace:");
        e.printStackTrace(err);
        return AnalysisResult.BAD_INPUT;
    }

    /** Answers {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"consentflow " + ToolVersion.current()};
        }
    }
}
