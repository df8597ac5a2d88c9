package dev.consentflow.analyzer.frontend;

import com.github.javaparser.Problem;
import com.github.javaparser.TokenRange;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Location;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns JavaParser's first problem for a file into one readable diagnostic: the first line of its
 * message, without the list of expected tokens, at the problem's line and column (for a lexical error,
 * taken from the message, since JavaParser gives it no range).
 */
final class ParseErrors {
    private static final Pattern LEXICAL_POSITION = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Pattern EXPECTED = Pattern.compile(
            "(?s)[,.]?\\s*(expected one of|expected|Was expecting).*$");

    private ParseErrors() {}

    static Diagnostic toDiagnostic(Path file, Problem problem) {
        String message = problem.getMessage();
        int line = 0;
        int column = 0;
        TokenRange range = problem.getLocation().orElse(null);
        if (range != null && range.getBegin().getRange().isPresent()) {
            line = range.getBegin().getRange().get().begin.line;
            column = range.getBegin().getRange().get().begin.column;
        } else {
            Matcher m = LEXICAL_POSITION.matcher(message);
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
                column = Integer.parseInt(m.group(2));
            }
        }
        return new Diagnostic(Diagnostic.Kind.PARSE_ERROR, new Location(file, line, column), clean(message));
    }

    /** The first line of a JavaParser message, without its list of expected tokens. */
    static String clean(String message) {
        String first = message.strip().lines().findFirst().orElse("").strip();
        String text = EXPECTED.matcher(first).replaceFirst("").strip();
        if (text.startsWith("Parse error. ")) {
            text = text.substring("Parse error. ".length());
        }
        if (text.startsWith("Found ")) {
            text = "unexpected " + text.substring("Found ".length());
        }
        return text.isEmpty() ? first : text;
    }
}
