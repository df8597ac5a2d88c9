package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.consentflow.analyzer.frontend.Resolver;
import java.util.Set;

/**
 * Recognizes where data is logged (rule {@code personal-data-logged}): {@code System.out/err}, the
 * common logging APIs, {@code printStackTrace}, and exception messages.
 */
final class LoggingSinks {
    private static final Set<String> LOGGER_TYPES = Set.of(
            "org.slf4j.Logger", "java.util.logging.Logger", "java.lang.System.Logger",
            "org.apache.logging.log4j.Logger", "org.apache.commons.logging.Log", "org.apache.log4j.Logger");
    private static final Set<String> LOG_METHODS = Set.of(
            "trace", "debug", "info", "warn", "error", "fatal", "log", "severe", "warning", "fine", "finer",
            "finest", "config");

    private final Resolver resolver;

    LoggingSinks(Resolver resolver) {
        this.resolver = resolver;
    }

    boolean isLogging(MethodCallExpr call) {
        if (call.getScope().isEmpty()) {
            return false;
        }
        Expression scope = call.getScope().get();
        String name = call.getNameAsString();
        if (name.equals("printStackTrace")) {
            return true;
        }
        if (scope instanceof FieldAccessExpr f && f.getScope() instanceof NameExpr system
                && system.getNameAsString().equals("System")
                && (f.getNameAsString().equals("out") || f.getNameAsString().equals("err"))) {
            return true;
        }
        if (!LOG_METHODS.contains(name)) {
            return false;
        }
        return resolver.type(scope)
                .filter(t -> t.isReferenceType())
                .map(t -> LOGGER_TYPES.contains(t.asReferenceType().getQualifiedName()))
                // Without the logging jar on the classpath, a field named like a logger is one.
                .orElseGet(() -> scope.toString().toLowerCase(java.util.Locale.ROOT).matches("(this\\.)?_?(log|logger)"));
    }

    /** Whether a type is an exception, judged by the conventional type name. */
    static boolean isException(String typeName) {
        return typeName.endsWith("Exception") || typeName.endsWith("Error") || typeName.endsWith("Throwable");
    }
}
