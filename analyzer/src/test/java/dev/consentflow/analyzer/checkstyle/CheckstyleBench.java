package dev.consentflow.analyzer.checkstyle;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.DefaultConfiguration;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark of scripts/checkstyle-bench.sh, not a test: one {@link Checker} kept across runs, as an IDE
 * plugin keeps it, checks single files of a large project: cold, again unchanged, another unchanged file, and
 * after an edit of a file (a comment line appended, removed again at the end). Prints the wall time of each.
 *
 * <p>Arguments: {@code POLICY FILE_A FILE_B ROOT...}.
 */
public final class CheckstyleBench {
    private CheckstyleBench() {}

    public static void main(String[] args) throws Exception {
        Path a = Path.of(args[1]);
        Path b = Path.of(args[2]);
        DefaultConfiguration root = new DefaultConfiguration("Checker");
        root.addProperty("charset", "UTF-8");
        DefaultConfiguration check = new DefaultConfiguration(ConsentFlowCheck.class.getName());
        check.addProperty("policyFile", args[0]);
        check.addProperty("sourceRoots", String.join(",", List.of(args).subList(3, args.length)));
        root.addChild(check);
        Checker checker = new Checker();
        checker.setModuleClassLoader(CheckstyleBench.class.getClassLoader());
        checker.configure(root);

        String original = Files.readString(b);
        try {
            time(checker, a, "cold: first check of A (whole-project analysis)");
            time(checker, a, "warm: A again, unchanged");
            time(checker, b, "warm: B, unchanged project");
            Files.writeString(b, original + "// edited\n");
            time(checker, b, "edit: B after a one-line edit of B");
            time(checker, a, "warm: A after that edit");
        } finally {
            Files.writeString(b, original);
            checker.destroy();
        }
    }

    private static void time(Checker checker, Path file, String what) throws CheckstyleException, IOException {
        long start = System.nanoTime();
        int errors = checker.process(List.of(new File(file.toString())));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%-50s %8d ms  (%d violations)%n", what, millis, errors);
    }
}
