package dev.consentflow.analyzer.cli;

import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.baseline.BaselineFile;
import dev.consentflow.analyzer.report.ReportFormat;
import dev.consentflow.analyzer.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code consentflow scan}: analyzes source paths and writes the reports; returns the exit code of the
 * analysis, or 2 when it could not start or the reports could not be written. Throws
 * {@link ParameterException} for a PATH, {@code --policy}, {@code --baseline} or {@code --format} that
 * cannot be used.
 */
@Command(name = "scan",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Analyzes Java sources: personal data (@PersonalData) must not reach outreach code"
                + " (@DataUse) unless a consent check (@ConsentCheck) guards it.",
            "Report paths are relative to the PATH when only one is given (its directory for a file), else to"
                + " the working directory."},
        exitCodeListHeading = Main.EXIT_CODES_HEADING)
final class ScanCommand extends AnalyzingCommand {
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

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Findings this baseline file holds (written by 'consentflow baseline') are reported as"
                    + " baselined and do not fail. Default: " + BaselineFile.DEFAULT_NAME
                    + " in the scanned directory (the working directory for several PATHs), if there is one.")
    private Path baseline;

    private Set<ReportFormat> reportFormats;

    @Override
    AnalysisRequest request(AnalysisRequest.Builder fromOptions) {
        reportFormats = parseFormats();
        if (systemKey != null && !Reports.isFidesKey(systemKey)) {
            throw new ParameterException(spec.commandLine(),
                    "--system-key: not a Fides key: '" + systemKey + "' (use letters, digits, _ . - < >)");
        }
        return fromOptions.baselineFile(baselineFile(fromOptions.build())).cacheDir(cacheDir()).build();
    }

    /** Writes the reports and prints the console report to standard output. */
    @Override
    int handle(AnalysisResult result, PrintWriter out, PrintWriter err) throws IOException {
        PrintingConsole console = new PrintingConsole(out);
        if (systemKey == null) {
            Reports.write(result, reportFormats, output, console, Path.of(""));
        } else {
            Reports.write(result, reportFormats, output, console, Path.of(""), systemKey);
        }
        if (result.filesAnalyzed() == 0) {
            err.println("consentflow: error: no Java source file analyzed in "
                    + analysis.paths().stream().map(Path::toString).collect(Collectors.joining(", ")));
            err.println("Check the PATHs, the --include/--exclude globs and any parse errors above.");
        }
        return result.exitCode();
    }

    @Override
    String writing() {
        return "cannot write the reports to " + output;
    }

    private Set<ReportFormat> parseFormats() {
        try {
            return ReportFormat.parseList(formats);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
    }

    private Path cacheDir() {
        if (noCache && cache != null) {
            throw new ParameterException(spec.commandLine(), "--cache and --no-cache exclude each other");
        }
        return noCache ? null : cache != null ? cache : output.resolve("cache");
    }

    /** The baseline to apply: {@code --baseline}, which must exist, else the default one if it exists. */
    private Path baselineFile(AnalysisRequest withoutBaseline) {
        if (baseline == null) {
            Path conventional = withoutBaseline.reportRoot().resolve(BaselineFile.DEFAULT_NAME);
            return Files.isRegularFile(conventional) ? conventional : null;
        }
        if (!Files.isRegularFile(baseline)) {
            throw new ParameterException(spec.commandLine(), "--baseline: no such file: " + baseline
                    + "; write one with 'consentflow baseline'");
        }
        return baseline;
    }

    @Override
    String writingHint() {
        return "give a writable directory with --output";
    }
}
