package dev.consentflow.maven;

import dev.consentflow.analyzer.AnalysisException;
import dev.consentflow.analyzer.AnalysisListener;
import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.ConsentFlow;
import dev.consentflow.analyzer.baseline.BaselineFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals that analyze a module (or, for {@code aggregate}, every module of the reactor as one
 * program) share: the compile source roots and classpath, the policy file, the include and exclude globs,
 * the baseline file and where report paths are relative to. Each goal only translates: Maven's model into
 * an {@link AnalysisRequest}, the {@link AnalysisResult} back into log lines, files and a build result.
 */
abstract class AnalysisMojo extends AbstractMojo {
    private static final String DEFAULT_POLICY_FILE = "consentflow.yaml";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Skips the goal. */
    @Parameter(property = "consentflow.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The policy file. When not set, {@code ${project.basedir}/consentflow.yaml} is used if it exists;
     * a file set here must exist.
     */
    @Parameter(property = "consentflow.policyFile")
    private File policyFile;

    /** Globs, relative to each source root, of the files to analyze; none means every {@code .java} file. */
    @Parameter(property = "consentflow.includes")
    private List<String> includes;

    /** Globs, relative to each source root, of the files to leave out. */
    @Parameter(property = "consentflow.excludes")
    private List<String> excludes;

    /**
     * The baseline file ({@code consentflow:baseline} writes it, {@code consentflow:check} reads it). When
     * not set, {@code ${project.basedir}/consentflow-baseline.json}.
     */
    @Parameter(property = "consentflow.baselineFile")
    private File baselineFile;

    /** The charset of the source files; without one, UTF-8 (as {@code maven-compiler-plugin} 3.13 with none set). */
    @Parameter(property = "consentflow.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        String goal = goal();
        if (skip) {
            getLog().info("consentflow " + goal + " skipped (consentflow.skip=true)");
            return;
        }
        Optional<String> elsewhere = runsElsewhere();
        if (elsewhere.isPresent()) {
            getLog().info("consentflow " + goal + " skipped: " + elsewhere.get());
            return;
        }
        List<MavenProject> modules = modules();
        List<Path> sourceRoots = new ArrayList<>();
        for (MavenProject module : modules) {
            sourceRoots.addAll(sourceRoots(module));
        }
        if (sourceRoots.isEmpty()) {
            getLog().info("consentflow " + goal + " skipped: no source directory in "
                    + modules.stream().map(MavenProject::getArtifactId).collect(Collectors.joining(", ")));
            return;
        }
        List<Path> classpath = compileClasspath(modules);
        AnalysisRequest.Builder request = AnalysisRequest.builder()
                .sources(sourceRoots)
                .classpath(classpath)
                .ownOutput(ownOutput(modules, classpath))
                .includes(Objects.requireNonNullElse(includes, List.of()))
                .excludes(Objects.requireNonNullElse(excludes, List.of()))
                .encoding(sourceEncoding())
                .reportRoot(RepositoryRoot.around(topDirectory()));
        policy().ifPresent(request::policyFile);
        AnalysisResult result = run(request);
        if (result.filesAnalyzed() == 0) {
            getLog().warn("consentflow analyzed no Java file in " + sourceRoots);
        }
    }

    /**
     * The modules analyzed together as one program, this goal's project by default. Their source roots,
     * compile classpaths and outputs are joined; everything else (policy, baseline, reports) comes from
     * this goal's project.
     */
    List<MavenProject> modules() {
        return List.of(project);
    }

    /** Why this goal's analysis belongs to another project than this one, if it does; by default it never does. */
    Optional<String> runsElsewhere() {
        return Optional.empty();
    }

    /** The project this goal runs for. */
    MavenProject project() {
        return project;
    }

    /** The build this goal runs in. */
    MavenSession session() {
        return session;
    }

    /** The goal's name, e.g. {@code check}, for log lines. */
    abstract String goal();

    /**
     * Runs the goal's analysis and acts on its result.
     *
     * @param request the module's request, to which the goal may add a baseline
     * @return the analysis' result
     */
    abstract AnalysisResult run(AnalysisRequest.Builder request) throws MojoExecutionException, MojoFailureException;

    /** Analyzes, turning a broken configuration into a one-line {@link MojoExecutionException}. */
    static AnalysisResult analyze(AnalysisRequest request) throws MojoExecutionException {
        return analyze(request, AnalysisListener.NONE);
    }

    /** As {@link #analyze(AnalysisRequest)}, telling {@code listener} of each phase. */
    static AnalysisResult analyze(AnalysisRequest request, AnalysisListener listener) throws MojoExecutionException {
        try {
            return ConsentFlow.analyze(request, listener);
        } catch (AnalysisException e) {
            // Bad configuration, not a bug: the one-line message is all the user needs, and Maven would
            // append a cause's message to it.
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /** The configured baseline file, else {@code consentflow-baseline.json} in the module directory. */
    Path baselineFile() {
        return baselineFile != null ? baselineFile.toPath()
                : project.getBasedir().toPath().resolve(BaselineFile.DEFAULT_NAME);
    }

    /** Whether {@code baselineFile} was configured (a file named on purpose must exist for reading). */
    boolean baselineConfigured() {
        return baselineFile != null;
    }

    /**
     * The directory console paths are relative to: the top-level project's directory, so that every
     * module of a multi-module build prints paths from the same root. The execution root stays the
     * top-level directory when {@code -pl} leaves the root project out of the session; the top-level
     * project is the fallback where no execution root is known (embedded Maven).
     */
    Path topDirectory() {
        String executionRoot = session.getExecutionRootDirectory();
        if (executionRoot != null) {
            return Path.of(executionRoot);
        }
        return session.getTopLevelProject().getBasedir().toPath();
    }

    /**
     * The compile source roots, and every folder under {@code target/generated-sources}: generators that
     * do not register their folder still put their output there, and data flows through generated code.
     */
    private static List<Path> sourceRoots(MavenProject project) throws MojoExecutionException {
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

    /** The modules' compile classpaths joined, in module order, each element once. */
    private static List<Path> compileClasspath(List<MavenProject> modules) throws MojoExecutionException {
        Set<Path> classpath = new LinkedHashSet<>();
        for (MavenProject module : modules) {
            try {
                // The output directory is listed even before anything is compiled into it: nothing to read there.
                module.getCompileClasspathElements().stream()
                        .map(e -> Path.of(e).toAbsolutePath().normalize())
                        .filter(Files::exists)
                        .forEach(classpath::add);
            } catch (DependencyResolutionRequiredException e) {
                throw new MojoExecutionException("compile classpath not resolved: " + e.getMessage(), e);
            }
        }
        return List.copyOf(classpath);
    }

    /**
     * What the analyzer must not read as a dependency, because the sources it analyzes are compiled into
     * it: each module's output directory, and the jar of a module that another one depends on once the
     * reactor has packaged it.
     */
    private static List<Path> ownOutput(List<MavenProject> modules, List<Path> classpath) {
        List<Path> own = new ArrayList<>();
        modules.forEach(m -> own.add(Path.of(m.getBuild().getOutputDirectory()).toAbsolutePath().normalize()));
        modules.stream().map(MavenProject::getArtifact)
                .map(Artifact::getFile)
                .filter(Objects::nonNull)
                .map(f -> f.toPath().toAbsolutePath().normalize())
                .filter(classpath::contains)
                .forEach(own::add);
        return own;
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
}
