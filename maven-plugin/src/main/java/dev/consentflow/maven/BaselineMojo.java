package dev.consentflow.maven;

import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.baseline.BaselineFile;
import dev.consentflow.analyzer.report.ReportFormat;
import dev.consentflow.analyzer.report.Reports;
import dev.consentflow.analyzer.report.WriteFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Goal {@code consentflow:baseline}: analyzes the module as {@code consentflow:check} does and writes every
 * finding that is not suppressed to the baseline file ({@code consentflow-baseline.json} in the module
 * directory unless {@code baselineFile} says otherwise), so that {@code check} fails only on new
 * findings. Run it after compiling, so that the classes of the other modules are there to read:
 * {@code mvn compile consentflow:baseline}.
 *
 * <p>Output: the baselined findings in the build log and the file, replaced as a whole. Errors:
 * {@link MojoExecutionException} with a one-line message for bad configuration or a file that cannot be
 * written; findings never fail this goal.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public class BaselineMojo extends AnalysisMojo {
    @Override
    String goal() {
        return "baseline";
    }

    @Override
    AnalysisResult run(AnalysisRequest.Builder request) throws MojoExecutionException {
        AnalysisResult result = analyze(request.build());
        Path file = baselineFile();
        try {
            int count = BaselineFile.write(result.findings(), result.reportRoot(), file);
            Reports.write(result.baselined(), EnumSet.of(ReportFormat.CONSOLE), file.getParent(),
                    new LogConsoleSink(getLog()), topDirectory());
            getLog().info("consentflow: wrote " + count + " finding(s) to " + file);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the consentflow baseline " + file + ": "
                    + WriteFailure.reason(e) + " (set consentflow.baselineFile to a writable path)", e);
        }
        return result;
    }
}
