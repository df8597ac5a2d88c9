package dev.consentflow.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's floor: JavaParser alone parses every {@code .java} file under the given directories on
 * one thread, with the language level consentflow uses and no symbol resolution, and prints how many files
 * parsed. Exit code 0, or 2 when a directory cannot be listed.
 */
public final class ParseOnly {
    private ParseOnly() {}

    public static void main(String[] args) {
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
                .setAttributeComments(false));
        int parsed = 0;
        int failed = 0;
        try {
            for (Path file : javaFiles(args)) {
                ParseResult<CompilationUnit> result =
                        parser.parse(Files.readString(file, StandardCharsets.UTF_8));
                if (result.isSuccessful()) {
                    parsed++;
                } else {
                    failed++;
                }
            }
        } catch (IOException e) {
            System.err.println("parse-only: error: " + e.getMessage());
            System.exit(2);
        }
        System.out.println("parse-only: " + parsed + " files parsed, " + failed + " failed");
    }

    private static List<Path> javaFiles(String[] dirs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : dirs) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
