package dev.consentflow.maven;

import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.progress.PhaseTimer;
import dev.consentflow.analyzer.report.ReportFormat;
import dev.consentflow.analyzer.report.Reports;
import dev.consentflow.analyzer.report.WriteFailure;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Goal {@code consentflow:check}: analyzes the module's main sources against its compile classpath and
 * fails the build where personal data reaches a use that needs consent and no consent check guards it.
 *
 * <p>Input: the module's existing compile source roots and folders under
 * {@code target/generated-sources}, its compile classpath, the optional policy file, the optional
 * baseline file and the parameters below. Output: finding lines in the build log and the requested
 * reports in {@link #outputDirectory}; suppressed and baselined findings are reported, marked, and do not
 * fail the build. The baseline file is only read. Errors: {@link MojoFailureException} when error findings
 * remain and {@link #failOnViolation} is set; {@link MojoExecutionException} with a one-line message for
 * bad configuration (unknown format, missing or broken policy or baseline file) or reports that cannot be
 * written.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class CheckMojo extends AnalysisMojo {
    /** Whether error findings fail the build; when false they are only reported. */
    @Parameter(property = "consentflow.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** Where the report files are written. */
    @Parameter(property = "consentflow.outputDirectory", defaultValue = "${project.build.directory}/consentflow")
    private File outputDirectory;

    /**
     * Comma list of outputs: {@code console}, {@code json} (report.json), {@code sarif} (report.sarif),
     * {@code html} (index.html; implies datamap), {@code datamap} (datamap.json, datamap.csv), {@code fides}
     * (fides.yml).
     */
    @Parameter(property = "consentflow.formats", defaultValue = ReportFormat.DEFAULT_LIST)
    private String formats;

    /** The Fides system key ({@code fides_key}) of {@code fides.yml}: letters, digits, {@code _ . - < >}. */
    @Parameter(property = "consentflow.systemKey", defaultValue = "${project.artifactId}")
    private String systemKey;

    /**
     * Where results are kept between builds: an unchanged module is served from there. Entries are keyed
     * by the content of every source file, the policy, the baseline, the classpath jars and the analyzer
     * version.
     */
    @Parameter(property = "consentflow.cacheDirectory",
            defaultValue = "${project.build.directory}/consentflow/cache")
    private File cacheDirectory;

    /** Whether to use the cache; false analyzes from scratch and leaves the cache alone. */
    @Parameter(property = "consentflow.useCache", defaultValue = "true")
    private boolean useCache;

    @Override
    String goal() {
        return "check";
    }

    @Override
    AnalysisResult run(AnalysisRequest.Builder request) throws MojoExecutionException, MojoFailureException {
        Set<ReportFormat> reportFormats = parseFormats();
        if (!Reports.isFidesKey(systemKey)) {
            throw new MojoExecutionException("consentflow.systemKey: not a Fides key: '" + systemKey
                    + "' (use letters, digits, _ . - < >)");
        }
        Path baseline = baselineFile();
        if (Files.isRegularFile(baseline)) {
            request.baselineFile(baseline);
        } else if (baselineConfigured()) {
            throw new MojoExecutionException("consentflow.baselineFile " + baseline
                    + " does not exist; write it with consentflow:baseline");
        }
        if (useCache) {
            request.cacheDir(cacheDirectory.toPath());
        }
        PhaseTimer timer = new PhaseTimer();
        AnalysisResult result = analyze(request.build(), timer);
        getLog().info("consentflow " + timer.summary());
        Path reportDir = outputDirectory.toPath();
        try {
            Reports.write(result, reportFormats, reportDir, new LogConsoleSink(getLog()), topDirectory(), systemKey);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write consentflow reports to " + reportDir + ": "
                    + WriteFailure.reason(e) + " (set consentflow.outputDirectory to a writable directory)", e);
        }
        long errors = result.errorCount();
        if (errors > 0) {
            String message = "consentflow found " + errors + " error finding(s); "
                    + whereToLook(reportFormats, reportDir);
            if (failOnViolation) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (consentflow.failOnViolation=false, build continues)");
        }
        return result;
    }

    private Set<ReportFormat> parseFormats() throws MojoExecutionException {
        try {
            return ReportFormat.parseList(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("consentflow.formats: " + e.getMessage());
        }
    }

    private static String whereToLook(Set<ReportFormat> formats, Path reportDir) {
        if (formats.contains(ReportFormat.HTML)) {
            return "see " + reportDir.resolve("index.html");
        }
        if (formats.contains(ReportFormat.SARIF)) {
            return "see " + reportDir.resolve("report.sarif");
        }
        if (formats.contains(ReportFormat.JSON)) {
            return "see " + reportDir.resolve("report.json");
        }
        return "see the lines above";
    }
}
