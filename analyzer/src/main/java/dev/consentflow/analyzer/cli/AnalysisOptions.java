package dev.consentflow.analyzer.cli;

import dev.consentflow.analyzer.AnalysisRequest;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What every analyzing command takes: the source paths, the classpath, the policy and file globs. */
final class AnalysisOptions {
    private static final String DEFAULT_POLICY = "consentflow.yaml";

    @Spec(Spec.Target.MIXEE)
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

    /** The PATHs as given, for messages. */
    List<Path> paths() {
        return paths;
    }

    /**
     * The request these options describe.
     *
     * @throws ParameterException for a PATH or {@code --policy} that cannot be used
     */
    AnalysisRequest.Builder request() {
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
                .encoding(encoding);
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
}
