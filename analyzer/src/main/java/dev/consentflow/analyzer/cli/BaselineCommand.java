package dev.consentflow.analyzer.cli;

import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.baseline.BaselineFile;
import dev.consentflow.analyzer.report.ReportFormat;
import dev.consentflow.analyzer.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code consentflow baseline}: analyzes like {@code scan} and writes every finding that is not suppressed
 * to the baseline file, so that later scans fail only on new findings. Returns 0 when the baseline was
 * written from a complete analysis, 3 when some file was skipped, 2 when the analysis could not start,
 * nothing was analyzed or the file could not be written.
 */
@Command(name = "baseline",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Analyzes Java sources like 'scan' and writes their findings to the baseline file:"
                + " later scans with that file report them as baselined and fail only on new findings.",
            "The file is replaced as a whole; suppressed findings are left out."},
        exitCodeListHeading = Main.EXIT_CODES_HEADING)
final class BaselineCommand extends AnalyzingCommand {
    @Option(names = "--baseline", paramLabel = "FILE",
            description = "The baseline file to write. Default: " + BaselineFile.DEFAULT_NAME
                    + " in the scanned directory (the working directory for several PATHs).")
    private Path baseline;

    private Path file;

    @Override
    AnalysisRequest request(AnalysisRequest.Builder fromOptions) {
        AnalysisRequest request = fromOptions.build();
        file = baseline != null ? baseline : request.reportRoot().resolve(BaselineFile.DEFAULT_NAME);
        return request;
    }

    /** Writes the baseline and prints the findings it holds, marked as baselined. */
    @Override
    int handle(AnalysisResult result, PrintWriter out, PrintWriter err) throws IOException {
        if (result.filesAnalyzed() == 0) {
            err.println("consentflow: error: no Java source file analyzed in " + analysis.paths()
                    + "; the baseline was not written");
            return AnalysisResult.BAD_INPUT;
        }
        int count = BaselineFile.write(result.findings(), result.reportRoot(), file);
        Reports.write(result.baselined(), EnumSet.of(ReportFormat.CONSOLE), Path.of(""), new PrintingConsole(out),
                Path.of(""));
        out.println("consentflow: wrote " + count + " finding" + (count == 1 ? "" : "s") + " to " + file);
        return result.isIncomplete() ? AnalysisResult.INCOMPLETE : AnalysisResult.CLEAN;
    }

    @Override
    String writing() {
        return "cannot write the baseline " + file;
    }

    @Override
    String writingHint() {
        return "give a writable path with --baseline";
    }
}
