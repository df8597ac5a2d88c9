package dev.consentflow.analyzer.classpath;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roles declared in the class files of one classpath element. It depends only on the element's
 * content, so equal content shares one index.
 *
 * @param classes the roles of each class that has any, by qualified name
 * @param problems one message per class file that could not be read (and was skipped)
 */
record ElementIndex(Map<String, ClassRoles> classes, List<String> problems) {
    ElementIndex {
        classes = Map.copyOf(classes);
        problems = List.copyOf(problems);
    }

    /**
     * Reads every class file of {@code element}.
     *
     * @throws IOException when the element cannot be read at all (unreadable, not a zip file)
     */
    static ElementIndex read(ClasspathElement element) throws IOException {
        Map<String, ClassRoles> classes = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        element.forEachClassFile((name, bytes) -> {
            if (!mentionsConsentflow(bytes)) {
                return;
            }
            try {
                ClassRoles roles = ClassFileReader.read(bytes);
                if (!roles.isEmpty()) {
                    classes.putIfAbsent(roles.type(), roles);
                }
            } catch (RuntimeException e) {
                problems.add("consentflow annotations of " + name + " not read (" + e + ")");
            }
        });
        return new ElementIndex(classes, problems);
    }

    /**
     * Whether the constant pool can name a consentflow annotation. Most classes of a classpath do not, and
     * a byte search is much cheaper than parsing them.
     */
    private static boolean mentionsConsentflow(byte[] classFile) {
        return new String(classFile, StandardCharsets.ISO_8859_1).contains(ConsentflowAnnotation.PACKAGE_PREFIX);
    }
}
