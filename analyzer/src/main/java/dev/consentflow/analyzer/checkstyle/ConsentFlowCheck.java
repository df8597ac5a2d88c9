package dev.consentflow.analyzer.checkstyle;

import com.puppycrawl.tools.checkstyle.api.AbstractFileSetCheck;
import com.puppycrawl.tools.checkstyle.api.ExternalResourceHolder;
import com.puppycrawl.tools.checkstyle.api.FileText;
import dev.consentflow.analyzer.AnalysisException;
import dev.consentflow.analyzer.incremental.Project;
import dev.consentflow.analyzer.incremental.ProjectAnalyzer;
import dev.consentflow.analyzer.incremental.SourceFiles;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Location;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * consentflow as a Checkstyle check (a child of {@code Checker}, beside {@code TreeWalker}): each finding
 * that stands in the checked file (DESIGN §1 "Where a finding stands") becomes a violation at that line
 * and column, {@code [rule-id] message; source: …}. The analysis covers the whole project (the source
 * roots) and is shared by the checks of all its files ({@link ProjectAnalyzer}).
 *
 * <p>Properties: {@code policyFile} (default: {@code consentflow.yaml} in the module directory that holds a
 * {@code src/main/java} root, if there is one), {@code sourceRoots} (comma list; default: the root implied by
 * the file's package declaration plus every {@code src/main/java} above the file), {@code classpath} (jars
 * and class directories, separated by the platform's path separator), {@code cacheFile} (where the last
 * result is kept between runs), and Checkstyle's own {@code severity}.
 *
 * <p>Since a finding in one file can come from an edit of another, the check declares every source file of
 * the project as an external resource: with Checkstyle's {@code cacheFile}, any edit invalidates the cache.
 * Checkstyle asks for these before it hands over any file, so they are the configured {@code sourceRoots},
 * else those remembered in {@code cacheFile}, else {@code src/main/java} of the working directory.
 */
public final class ConsentFlowCheck extends AbstractFileSetCheck implements ExternalResourceHolder {
    private static final String FINDING = "consentflow.finding";
    private static final String FAILURE = "consentflow.failure";
    private static final String POLICY = "consentflow.yaml";
    private static final Path MAVEN_SOURCES = Path.of("src", "main", "java");

    private Optional<Path> policyFile = Optional.empty();
    private List<Path> sourceRoots = List.of();
    private List<Path> classpath = List.of();
    private Optional<Path> cacheFile = Optional.empty();
    private Charset charset = StandardCharsets.UTF_8;
    /** The projects whose files were looked at again in this run of Checkstyle. */
    private final Set<Project> refreshed = new HashSet<>();

    public ConsentFlowCheck() {
        setFileExtensions("java");
    }

    /** The policy file ({@code consentflow.yaml}); a broken one is reported on each checked file. */
    public void setPolicyFile(String file) {
        this.policyFile = Optional.of(Path.of(file));
    }

    /** The project's source directories; files outside them are IDE copies, mapped back by package. */
    public void setSourceRoots(String... roots) {
        this.sourceRoots = Arrays.stream(roots).map(String::strip).filter(r -> !r.isEmpty()).map(Path::of).toList();
    }

    /** Jars and class directories the sources compile against, separated by {@link File#pathSeparator}. */
    public void setClasspath(String entries) {
        this.classpath = Arrays.stream(entries.split(File.pathSeparator)).map(String::strip)
                .filter(e -> !e.isEmpty()).map(Path::of).toList();
    }

    /** A file where the last analysis result is kept, so that a new JVM with an unchanged project needs none. */
    public void setCacheFile(String file) {
        this.cacheFile = Optional.of(Path.of(file));
    }

    @Override
    public void beginProcessing(String charsetName) {
        super.beginProcessing(charsetName);
        this.charset = Charset.forName(charsetName);
        refreshed.clear();
    }

    @Override
    protected void processFiltered(File file, FileText fileText) {
        String text = fileText.getFullText().toString();
        CheckedFile checked = CheckedFile.locate(file.toPath(), text, sourceRoots);
        Project project = new Project(checked.sourceRoots(), classpath, policyFile.or(() -> modulePolicy(checked)),
                charset, cacheFile);
        ProjectAnalyzer analyzer = ProjectAnalyzer.of(project);
        if (refreshed.add(project)) {
            analyzer.refresh();
        }
        try {
            for (Finding finding : analyzer.findings(checked.realPath(), text)) {
                report(finding);
            }
        } catch (AnalysisException e) {
            log(1, FAILURE, e.getMessage());
        }
    }

    private void report(Finding finding) {
        Location at = finding.location();
        String message = ViolationText.of(finding);
        if (at.column() < 1) {
            log(at.line(), FINDING, message);
        } else {
            // JavaParser's columns are 1-based with a tab counted as one character; Checkstyle's log takes
            // the 0-based character index and expands tabs itself.
            log(at.line(), at.column() - 1, FINDING, message);
        }
    }

    /** {@code consentflow.yaml} in the directory of a module whose {@code src/main/java} is a source root. */
    private static Optional<Path> modulePolicy(CheckedFile checked) {
        return checked.sourceRoots().stream().filter(root -> root.endsWith(MAVEN_SOURCES))
                .map(root -> root.getParent().getParent().getParent().resolve(POLICY))
                .filter(Files::isRegularFile).findFirst();
    }

    @Override
    public Set<String> getExternalResourceLocations() {
        List<Path> roots = sourceRoots;
        if (roots.isEmpty()) {
            roots = cacheFile.map(ProjectAnalyzer::storedSourceRoots).orElse(List.of());
        }
        if (roots.isEmpty()) {
            roots = List.of(MAVEN_SOURCES.toAbsolutePath());
        }
        List<Path> resources = new ArrayList<>(SourceFiles.under(
                roots.stream().map(p -> p.toAbsolutePath().normalize()).toList()));
        policyFile.ifPresent(resources::add);
        Set<String> locations = new TreeSet<>();
        resources.forEach(p -> locations.add(p.toAbsolutePath().toString()));
        return locations;
    }
}
