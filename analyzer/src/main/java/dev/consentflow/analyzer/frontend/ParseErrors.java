package dev.consentflow.analyzer.frontend;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseException;
import com.github.javaparser.Problem;
import com.github.javaparser.TokenRange;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Location;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns JavaParser's first problem for a file into one readable diagnostic: the first line of its
 * message, without the list of expected tokens, at the token the parser stopped at (from the parser's
 * exception; else the token after the problem's range, or for a lexical error the position in the message,
 * since JavaParser gives it no range).
 */
final class ParseErrors {
    private static final Pattern LEXICAL_POSITION = Pattern.compile(" at line (\\d+), column (\\d+)\\.?");
    private static final Pattern EXPECTED = Pattern.compile(
            "(?s)[,.]?\\s*(expected one of|expected|Was expecting).*$");

    static final String HINT = "; the file is not analyzed (fix the syntax, or leave the file out with an exclude glob)";

    private ParseErrors() {}

    static Diagnostic toDiagnostic(Path file, Problem problem) {
        String message = problem.getMessage();
        int line = 0;
        int column = 0;
        JavaToken offending = problem.getLocation().map(ParseErrors::offendingToken).orElse(null);
        Optional<com.github.javaparser.Token> found = foundToken(problem);
        if (found.isPresent()) {
            line = found.get().beginLine;
            column = found.get().beginColumn;
        } else if (offending != null && offending.getRange().isPresent()) {
            line = offending.getRange().get().begin.line;
            column = offending.getRange().get().begin.column;
        } else {
            Matcher m = LEXICAL_POSITION.matcher(message);
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
                column = Integer.parseInt(m.group(2));
                message = (message.substring(0, m.start()) + ":" + message.substring(m.end())).replaceAll("[ \\t]+", " ");
            }
        }
        // The console promises file:line:col; JavaParser gives no position for some lexical errors.
        line = Math.max(line, 1);
        column = Math.max(column, 1);
        return new Diagnostic(Diagnostic.Kind.PARSE_ERROR, new Location(file, line, column), clean(message) + HINT);
    }

    /**
     * The token a syntax error was found at. After error recovery the problem's range can run to the end
     * of the file; the parser's exception still knows the token it could not accept.
     */
    private static Optional<com.github.javaparser.Token> foundToken(Problem problem) {
        return problem.getCause().filter(ParseException.class::isInstance).map(ParseException.class::cast)
                .map(e -> e.currentToken).map(current -> current.next)
                .filter(token -> token.beginLine > 0 && token.beginColumn > 0);
    }

    /**
     * JavaParser's range ends with the last token it accepted; the error is at the next real token (the
     * one its message says it "found").
     */
    private static JavaToken offendingToken(TokenRange range) {
        JavaToken token = range.getEnd();
        Optional<JavaToken> next = token.getNextToken();
        while (next.isPresent() && next.get().getCategory().isWhitespaceOrComment()) {
            next = next.get().getNextToken();
        }
        return next.orElse(token);
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
