package dev.consentflow.maven;

import dev.consentflow.analyzer.AnalysisException;
import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.ConsentFlow;
import dev.consentflow.analyzer.model.Severity;
import dev.consentflow.analyzer.progress.PhaseTimer;
import dev.consentflow.analyzer.report.ReportFormat;
import dev.consentflow.analyzer.report.Reports;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Goal {@code consentflow:check}: analyzes the module's main sources against its compile classpath and
 * fails the build where personal data reaches a use that needs consent and no consent check guards it.
 *
 * <p>Input: the module's existing compile source roots and folders under
 * {@code target/generated-sources}, its compile classpath, the optional policy file
 * and the parameters below. Output: finding lines in the build log and the requested reports in
 * {@link #outputDirectory}. Errors: {@link MojoFailureException} when error findings remain and
 * {@link #failOnViolation} is set; {@link MojoExecutionException} with a one-line message for bad
 * configuration (unknown format, missing or broken policy file) or reports that cannot be written.
 *
 * <p>The goal only translates: Maven's model into an {@link AnalysisRequest}, the
 * {@link AnalysisResult} back into log lines and a build result.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class CheckMojo extends AbstractMojo {
    private static final String DEFAULT_POLICY_FILE = "consentflow.yaml";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Skips the goal. */
    @Parameter(property = "consentflow.skip", defaultValue = "false")
    private boolean skip;

    /** Whether error findings fail the build; when false they are only reported. */
    @Parameter(property = "consentflow.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * The policy file. When not set, {@code ${project.basedir}/consentflow.yaml} is used if it exists;
     * a file set here must exist.
     */
    @Parameter(property = "consentflow.policyFile")
    private File policyFile;

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

    /** Globs, relative to each source root, of the files to analyze; none means every {@code .java} file. */
    @Parameter(property = "consentflow.includes")
    private List<String> includes;

    /** Globs, relative to each source root, of the files to leave out. */
    @Parameter(property = "consentflow.excludes")
    private List<String> excludes;

    /**
     * Where results are kept between builds: an unchanged module is served from there. Entries are keyed
     * by the content of every source file, the policy, the classpath jars and the analyzer version.
     */
    @Parameter(property = "consentflow.cacheDirectory",
            defaultValue = "${project.build.directory}/consentflow/cache")
    private File cacheDirectory;

    /** Whether to use the cache; false analyzes from scratch and leaves the cache alone. */
    @Parameter(property = "consentflow.useCache", defaultValue = "true")
    private boolean useCache;

    /** The charset of the source files; without one, UTF-8 (as {@code maven-compiler-plugin} 3.13 with none set). */
    @Parameter(property = "consentflow.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("consentflow check skipped (consentflow.skip=true)");
            return;
        }
        List<Path> sourceRoots = sourceRoots();
        if (sourceRoots.isEmpty()) {
            getLog().info("consentflow check skipped: no source directory in " + project.getArtifactId());
            return;
        }
        Set<ReportFormat> reportFormats = parseFormats();
        if (!Reports.isFidesKey(systemKey)) {
            throw new MojoExecutionException("consentflow.systemKey: not a Fides key: '" + systemKey
                    + "' (use letters, digits, _ . - < >)");
        }
        Path root = reportRoot();
        AnalysisRequest.Builder request = AnalysisRequest.builder()
                .sources(sourceRoots)
                .classpath(compileClasspath())
                .ownOutput(List.of(Path.of(project.getBuild().getOutputDirectory())))
                .includes(Objects.requireNonNullElse(includes, List.of()))
                .excludes(Objects.requireNonNullElse(excludes, List.of()))
                .encoding(sourceEncoding())
                .reportRoot(root);
        policy().ifPresent(request::policyFile);
        if (useCache) {
            request.cacheDir(cacheDirectory.toPath());
        }

        AnalysisResult result;
        try {
            PhaseTimer timer = new PhaseTimer();
            result = ConsentFlow.analyze(request.build(), timer);
            getLog().info("consentflow " + timer.summary());
        } catch (AnalysisException e) {
            // Bad configuration, not a bug: the one-line message is all the user needs, and Maven would
            // append a cause's message to it.
            throw new MojoExecutionException(e.getMessage());
        }
        Path reportDir = outputDirectory.toPath();
        try {
            Reports.write(result, reportFormats, reportDir, new LogConsoleSink(getLog()), root, systemKey);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "cannot write consentflow reports to " + reportDir + ": " + e.getMessage(), e);
        }
        if (result.filesAnalyzed() == 0) {
            getLog().warn("consentflow analyzed no Java file in " + sourceRoots);
        }

        long errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        if (errors > 0) {
            String message = "consentflow found " + errors + " error finding(s); "
                    + whereToLook(reportFormats, reportDir);
            if (failOnViolation) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (consentflow.failOnViolation=false, build continues)");
        }
    }

    private Set<ReportFormat> parseFormats() throws MojoExecutionException {
        try {
            return ReportFormat.parseList(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("consentflow.formats: " + e.getMessage());
        }
    }

    /**
     * The compile source roots, and every folder under {@code target/generated-sources}: generators that
     * do not register their folder still put their output there, and data flows through generated code.
     */
    private List<Path> sourceRoots() throws MojoExecutionException {
        Set<Path> roots = new LinkedHashSet<>();
        project.getCompileSourceRoots().forEach(r -> roots.add(Path.of(r).toAbsolutePath().normalize()));
        Path generated = Path.of(project.getBuild().getDirectory(), "generated-sources");
        if (Files.isDirectory(generated)) {
            try (Stream<Path> folders = Files.list(generated)) {
                folders.filter(Files::isDirectory).sorted()
                        .forEach(f -> roots.add(f.toAbsolutePath().normalize()));
            } catch (IOException e) {
                throw new MojoExecutionException("cannot list " + generated + ": " + e.getMessage(), e);
            }
        }
        return roots.stream().filter(Files::isDirectory).toList();
    }

    private Charset sourceEncoding() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("consentflow.encoding: unknown charset '" + encoding
                    + "' (use a name such as UTF-8 or ISO-8859-1)");
        }
    }

    private List<Path> compileClasspath() throws MojoExecutionException {
        try {
            // The output directory is listed even before anything is compiled into it: nothing to read there.
            return project.getCompileClasspathElements().stream()
                    .map(Path::of)
                    .filter(Files::exists)
                    .toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("compile classpath not resolved: " + e.getMessage(), e);
        }
    }

    private Optional<Path> policy() throws MojoExecutionException {
        if (policyFile == null) {
            Path conventional = project.getBasedir().toPath().resolve(DEFAULT_POLICY_FILE);
            return Files.isRegularFile(conventional) ? Optional.of(conventional) : Optional.empty();
        }
        // A configured file that is missing is a typo, not a wish to run without policy.
        if (!policyFile.isFile()) {
            throw new MojoExecutionException("consentflow.policyFile " + policyFile + " does not exist");
        }
        return Optional.of(policyFile.toPath());
    }

    /**
     * The directory report URIs and console paths are relative to: the top-level project's directory, so
     * that every module of a multi-module build reports paths from the same root. The execution root
     * stays the top-level directory when {@code -pl} leaves the root project out of the session; the
     * top-level project is the fallback where no execution root is known (embedded Maven).
     */
    private Path reportRoot() {
        String executionRoot = session.getExecutionRootDirectory();
        if (executionRoot != null) {
            return Path.of(executionRoot);
        }
        return session.getTopLevelProject().getBasedir().toPath();
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
