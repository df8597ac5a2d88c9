package dev.consentflow.analyzer.cli;

import dev.consentflow.analyzer.AnalysisException;
import dev.consentflow.analyzer.AnalysisListener;
import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.ConsentFlow;
import dev.consentflow.analyzer.progress.PhaseTimer;
import dev.consentflow.analyzer.report.ConsoleSink;
import dev.consentflow.analyzer.report.ReportFormat;
import dev.consentflow.analyzer.report.Reports;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code consentflow scan}: analyzes source paths and writes the reports. */
@Command(name = "scan",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Analyzes Java sources: personal data (@PersonalData) must not reach outreach code"
                + " (@DataUse) unless a consent check (@ConsentCheck) guards it.",
            "Report paths are relative to the PATH when only one is given (its directory for a file), else to"
                + " the working directory."},
        exitCodeListHeading = Main.EXIT_CODES_HEADING)
final class ScanCommand implements Callable<Integer> {
    private static final String DEFAULT_POLICY = "consentflow.yaml";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "A source directory, a package directory or a .java file.")
    private List<Path> paths;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "The policy file. Default: " + DEFAULT_POLICY + " in the working directory, if there is one.")
    private Path policy;

    @Option(names = "--classpath", paramLabel = "CP",
            description = "Jars and class directories the sources compile against, separated by '${sys:path.separator}'.")
    private String classpath = "";

    @Option(names = "--format", paramLabel = "LIST", defaultValue = ReportFormat.DEFAULT_LIST,
            description = "Comma list of the reports to produce: console, json (report.json), sarif (report.sarif),"
                    + " html (index.html; implies datamap), datamap (datamap.json, datamap.csv), fides (fides.yml)."
                    + " Default: ${DEFAULT-VALUE}.")
    private String formats;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "consentflow-report",
            description = "Directory for the report files. Default: ${DEFAULT-VALUE} in the working directory.")
    private Path output;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Directory of the result cache: an unchanged re-run is served from it. Default: the"
                    + " cache folder in the --output directory.")
    private Path cache;

    @Option(names = "--no-cache", description = "Analyze from scratch, and neither read nor write the cache.")
    private boolean noCache;
    @Option(names = "--system-key", paramLabel = "KEY",
            description = "The Fides system key (fides_key) in fides.yml: letters, digits, _ . - < >."
                    + " Default: the name of the directory report paths are relative to.")
    private String systemKey;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Analyze only files matching GLOB (a java.nio.file glob relative to each PATH,"
                    + " e.g. 'com/acme/mail/**'). Repeatable.")
    private List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out files matching GLOB, e.g. '**/generated/**'. Repeatable.")
    private List<String> excludes = new ArrayList<>();

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "The charset of the source files (as javac -encoding). Default: ${DEFAULT-VALUE}.")
    private Charset encoding;

    /**
     * Scans, writes the reports and prints the console report to standard output.
     *
     * @return the exit code of the analysis, or 2 when the analysis could not start or the reports
     *     could not be written
     * @throws ParameterException for a PATH, {@code --policy} or {@code --format} that cannot be used
     */
    @Override
    public Integer call() {
        Set<ReportFormat> reportFormats = parseFormats();
        if (systemKey != null && !Reports.isFidesKey(systemKey)) {
            throw new ParameterException(spec.commandLine(),
                    "--system-key: not a Fides key: '" + systemKey + "' (use letters, digits, _ . - < >)");
        }
        AnalysisRequest request = request();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            PhaseTimer timer = new PhaseTimer();
            AnalysisResult result;
            try (ProgressBar bar = ProgressBar.onSystemTerminal()) {
                result = ConsentFlow.analyze(request, AnalysisListener.both(timer, bar));
            }
            PrintingConsole console = new PrintingConsole(out);
            if (systemKey == null) {
                Reports.write(result, reportFormats, output, console, Path.of(""));
            } else {
                Reports.write(result, reportFormats, output, console, Path.of(""), systemKey);
            }
            // Timings go to standard error: standard output carries only the report.
            err.println("consentflow: " + timer.summary());
            if (result.filesAnalyzed() == 0) {
                err.println("consentflow: error: no Java source file analyzed in "
                        + paths.stream().map(Path::toString).collect(Collectors.joining(", ")));
                err.println("Check the PATHs, the --include/--exclude globs and any parse errors above.");
            }
            return result.exitCode();
        } catch (AnalysisException e) {
            err.println("consentflow: error: " + e.getMessage());
            return AnalysisResult.BAD_INPUT;
        } catch (IOException e) {
            err.println("consentflow: error: cannot write the reports to " + output + ": " + e
                    + " (give a writable directory with --output)");
            return AnalysisResult.BAD_INPUT;
        }
    }

    private Set<ReportFormat> parseFormats() {
        try {
            return ReportFormat.parseList(formats);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
    }

    private AnalysisRequest request() {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ParameterException(spec.commandLine(), "no such file or directory: " + path);
            }
            if (!Files.isDirectory(path) && !path.toString().endsWith(".java")) {
                throw new ParameterException(spec.commandLine(), "not a directory or .java file: " + path);
            }
        }
        return AnalysisRequest.builder()
                .sources(paths)
                .classpath(Arrays.stream(classpath.split(File.pathSeparator))
                        .filter(entry -> !entry.isBlank())
                        .map(Path::of)
                        .toList())
                .policyFile(policyFile())
                .includes(includes)
                .excludes(excludes)
                .cacheDir(cacheDir())
                .encoding(encoding)
                .build();
    }

    private Path cacheDir() {
        if (noCache && cache != null) {
            throw new ParameterException(spec.commandLine(), "--cache and --no-cache exclude each other");
        }
        return noCache ? null : cache != null ? cache : output.resolve("cache");
    }

    private Path policyFile() {
        if (policy == null) {
            Path conventional = Path.of(DEFAULT_POLICY);
            return Files.isRegularFile(conventional) ? conventional : null;
        }
        if (!Files.isRegularFile(policy)) {
            throw new ParameterException(spec.commandLine(), "--policy: no such file: " + policy);
        }
        return policy;
    }

    /** Console report lines all go to standard output, where they belong with the rest of the report. */
    private static final class PrintingConsole implements ConsoleSink {
        private final PrintWriter out;

        PrintingConsole(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void error(String line) {
            out.println(line);
        }

        @Override
        public void warning(String line) {
            out.println(line);
        }

        @Override
        public void info(String line) {
            out.println(line);
        }
    }
}
