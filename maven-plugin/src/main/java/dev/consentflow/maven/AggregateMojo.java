package dev.consentflow.maven;

import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Goal {@code consentflow:aggregate}: analyzes every module of the reactor as one program and writes one
 * set of reports for the whole build, so that data read in one module and used in another is followed
 * through both modules' sources. Run it once at the reactor root: {@code mvn consentflow:aggregate}.
 *
 * <p>Input: the union of every reactor module's compile source roots and folders under
 * {@code target/generated-sources}, the union of their compile classpaths (the modules' own output
 * directories and jars are not read as dependencies: their sources are analyzed), and from the root
 * project the policy file, the baseline file and the parameters of {@code consentflow:check}. Output: as
 * {@code check}, once, in the root project's {@code outputDirectory} ({@code target/consentflow}); no
 * module gets a report of its own. As an aggregator (like {@code checkstyle:checkstyle-aggregate} and
 * {@code javadoc:aggregate}) it runs once per build, for the top-level project; where a module inherits
 * an execution of it from a parent POM, it does nothing there.
 *
 * <p>It fails the build on error findings as {@code check} does, and as {@code pmd:aggregate-pmd-check}
 * does for PMD: it is the same analysis over the whole program. {@code failOnViolation=false} makes it a
 * report only, as {@code checkstyle:checkstyle-aggregate} is. Errors: as {@code check}.
 */
@Mojo(name = "aggregate", aggregator = true, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class AggregateMojo extends CheckMojo {
    @Parameter(defaultValue = "${reactorProjects}", readonly = true, required = true)
    private List<MavenProject> reactorProjects;

    @Override
    String goal() {
        return "aggregate";
    }

    @Override
    List<MavenProject> modules() {
        return reactorProjects;
    }

    /**
     * Maven runs an aggregator once from the command line, but an execution bound in a parent POM is
     * inherited: every module would analyze the whole reactor again and write its own report set.
     */
    @Override
    Optional<String> runsElsewhere() {
        MavenProject top = session().getTopLevelProject();
        return project() == top ? Optional.empty()
                : Optional.of("the whole reactor is analyzed once, for " + top.getArtifactId());
    }
}
