package dev.consentflow.analyzer.checkstyle;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.DefaultConfiguration;
import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.AuditListener;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link ConsentFlowCheck} through Checkstyle's own {@link Checker}, as the command line and IDE plugins
 * do, and collects each violation as {@code FileName.java:line:col: message}.
 */
final class CheckstyleRun {
    private final Map<String, String> properties = new LinkedHashMap<>();
    private String cacheFile;

    /** Sets a property of the check ({@code sourceRoots}, {@code policyFile}, ...). */
    CheckstyleRun property(String name, String value) {
        properties.put(name, value);
        return this;
    }

    /** Turns on Checkstyle's own cache (the {@code Checker}'s {@code cacheFile}). */
    CheckstyleRun checkstyleCache(Path file) {
        this.cacheFile = file.toString();
        return this;
    }

    /** One run of a fresh {@code Checker} over the files, like one Checkstyle command line. */
    List<String> run(List<Path> files) throws CheckstyleException {
        DefaultConfiguration root = new DefaultConfiguration("Checker");
        root.addProperty("charset", "UTF-8");
        DefaultConfiguration check = new DefaultConfiguration(ConsentFlowCheck.class.getName());
        properties.forEach(check::addProperty);
        root.addChild(check);
        Checker checker = new Checker();
        checker.setModuleClassLoader(getClass().getClassLoader());
        checker.configure(root);
        if (cacheFile != null) {
            try {
                checker.setCacheFile(cacheFile);
            } catch (java.io.IOException e) {
                throw new CheckstyleException("cannot read the cache " + cacheFile, e);
            }
        }
        List<String> violations = new ArrayList<>();
        checker.addListener(new AuditListener() {
            @Override
            public void auditStarted(AuditEvent event) {}

            @Override
            public void auditFinished(AuditEvent event) {}

            @Override
            public void fileStarted(AuditEvent event) {}

            @Override
            public void fileFinished(AuditEvent event) {}

            @Override
            public void addError(AuditEvent event) {
                violations.add(Path.of(event.getFileName()).getFileName() + ":" + event.getLine() + ":"
                        + event.getColumn() + ": " + event.getMessage());
            }

            @Override
            public void addException(AuditEvent event, Throwable throwable) {
                throw new AssertionError("Checkstyle reported an exception in " + event.getFileName(), throwable);
            }
        });
        try {
            checker.process(files.stream().map(Path::toFile).map(File::getAbsoluteFile).toList());
        } finally {
            checker.destroy();
        }
        return violations;
    }
}
