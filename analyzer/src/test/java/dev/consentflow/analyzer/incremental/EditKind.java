package dev.consentflow.analyzer.incremental;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The kinds of edit {@link RecheckBench} re-checks a file after, from one an incremental analysis can see to
 * change nothing (a comment) to ones that change what it must re-analyze: positions, a method's code, the
 * call graph, the trusted callers, and one that makes the file not parse (its types leave the program).
 * Every other edited text still parses. The edits of a method's body and
 * visibility are made in methods that mention a source member of the policy ({@link PersonalMembers}); a
 * signature changes anywhere (Broadleaf has hardly any private method in files with personal data).
 */
enum EditKind {
    /** A comment line appended at the end of the file: no code changes. */
    COMMENT("append a comment line") {
        @Override
        List<Edit> edits(Path file, String text, PersonalMembers personal) {
            return List.of(new Edit(file, file.getFileName() + ":end", text, text + "\n// edited by RecheckBench\n"));
        }
    },
    /** A blank line inserted at the top: every position in the file moves, no code changes. */
    SHIFT("insert a blank line at the top") {
        @Override
        List<Edit> edits(Path file, String text, PersonalMembers personal) {
            int top = text.startsWith("\uFEFF") ? 1 : 0;
            return List.of(new Edit(file, file.getFileName() + ":1", text,
                    text.substring(0, top) + "\n" + text.substring(top)));
        }
    },
    /** A statement of a method with personal data doubled: the method's code changes. */
    BODY("duplicate a statement in a method with personal data") {
        @Override
        List<Edit> edits(Path file, String text, PersonalMembers personal) {
            return mentioning(text, personal).stream()
                    .flatMap(source -> methodsWith(source, personal).flatMap(method -> method
                            .findAll(ExpressionStmt.class).stream()
                            .flatMap(statement -> duplicated(source, statement).stream()
                                    .map(edited -> new Edit(file, place(file, statement, method), text, edited)))))
                    .toList();
        }
    },
    /** An unused parameter added to a private method that is called: its calls no longer resolve. */
    SIGNATURE("add a parameter to a called private method") {
        @Override
        List<Edit> edits(Path file, String text, PersonalMembers personal) {
            return TokenedSource.parse(text).stream()
                    .flatMap(source -> source.unit().findAll(MethodDeclaration.class).stream()
                            .filter(MethodDeclaration::isPrivate)
                            // A receiver parameter must stay first.
                            .filter(method -> method.getReceiverParameter().isEmpty())
                            .filter(method -> called(source, method))
                            .map(method -> new Edit(file, place(file, method, method), text,
                                    source.insert(source.offset(openingParenthesis(method)) + 1,
                                            method.getParameters().isEmpty() ? UNUSED : UNUSED + ", "))))
                    .toList();
        }
    },
    /**
     * A method with personal data whose callers' trust changes (DESIGN §1 "Where a finding stands": the
     * callers of a private or package-private method are trusted to check consent): a private or
     * package-private one made public, a protected one made package-private (in Broadleaf every method with
     * personal data is public or protected).
     */
    VISIBILITY("make a method with personal data public, a protected one package-private") {
        @Override
        List<Edit> edits(Path file, String text, PersonalMembers personal) {
            return mentioning(text, personal).stream()
                    .flatMap(source -> methodsWith(source, personal)
                            .filter(method -> !method.isPublic() && !inInterface(method))
                            .map(method -> new Edit(file, place(file, method, method), text,
                                    trustChanged(source, method))))
                    .toList();
        }
    },
    /**
     * The last closing brace removed, as while typing: the file no longer parses, so its types leave the
     * program (the one kind whose edited text does not parse).
     */
    BREAK("remove the last closing brace: the file no longer parses") {
        @Override
        List<Edit> edits(Path file, String text, PersonalMembers personal) {
            int brace = text.lastIndexOf('}');
            if (brace < 0) {
                return List.of();
            }
            return List.of(new Edit(file, file.getFileName() + ":end", text,
                    text.substring(0, brace) + text.substring(brace + 1)));
        }
    };

    private static final String UNUSED = "int unusedBench";

    /** One edit of one file: its text before and after; {@code place} says where, as {@code File.java:line method}. */
    record Edit(Path file, String place, String original, String edited) {}

    private final String description;

    EditKind(String description) {
        this.description = description;
    }

    /** What the edit does, for the bench's table. */
    String description() {
        return description;
    }

    /** The name of the kind in the bench's output and in {@code BENCH_KINDS}, e.g. {@code body}. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Every edit of this kind {@code text} allows, in the order of the file.
     *
     * @param personal the policy's source members, for the edits made where personal data is
     */
    abstract List<Edit> edits(Path file, String text, PersonalMembers personal);

    /**
     * Up to {@code count} edits of this kind, each in another file: the files are taken in an order shuffled
     * by {@code random}, and of a file's possible edits {@code random} draws one.
     *
     * @throws IOException when a file cannot be read
     */
    List<Edit> draw(List<Path> files, int count, Random random, PersonalMembers personal) throws IOException {
        List<Path> shuffled = new ArrayList<>(files);
        Collections.shuffle(shuffled, random);
        List<Edit> drawn = new ArrayList<>();
        for (Path file : shuffled) {
            if (drawn.size() == count) {
                break;
            }
            List<Edit> possible = edits(file, Files.readString(file), personal);
            if (!possible.isEmpty()) {
                drawn.add(possible.get(random.nextInt(possible.size())));
            }
        }
        return drawn;
    }

    /** The parsed text, if it may mention personal data at all (most files do not: they are not parsed). */
    private static Optional<TokenedSource> mentioning(String text, PersonalMembers personal) {
        return personal.mayBeIn(text) ? TokenedSource.parse(text) : Optional.empty();
    }

    private static Stream<MethodDeclaration> methodsWith(TokenedSource source, PersonalMembers personal) {
        return source.unit().findAll(MethodDeclaration.class).stream().filter(method ->
                method.getBody().filter(body -> personal.mentionedIn(body, source.text())).isPresent());
    }

    /**
     * The text with the line of {@code statement} doubled, if the statement is a plain expression statement
     * of a block alone on its one line (a declaration doubled would not compile, a line of a longer
     * statement would not parse).
     */
    private static Optional<String> duplicated(TokenedSource source, ExpressionStmt statement) {
        if (statement.getExpression().isVariableDeclarationExpr()
                || !(statement.getParentNode().orElse(null) instanceof BlockStmt)) {
            return Optional.empty();
        }
        String text = source.text();
        int start = source.start(statement);
        int end = source.end(statement);
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0 || text.substring(start, end).indexOf('\n') >= 0
                || !text.substring(lineStart, start).isBlank() || !text.substring(end, lineEnd).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(source.insert(lineEnd + 1, text.substring(lineStart, lineEnd + 1)));
    }

    /** Whether the file calls {@code method} by its name and number of parameters, on no receiver or this. */
    private static boolean called(TokenedSource source, MethodDeclaration method) {
        return source.unit().findAll(MethodCallExpr.class).stream().anyMatch(call ->
                call.getNameAsString().equals(method.getNameAsString())
                        && call.getArguments().size() == method.getParameters().size()
                        && call.getScope().map(Expression::isThisExpr).orElse(true));
    }

    private static JavaToken openingParenthesis(MethodDeclaration method) {
        JavaToken token = method.getName().getTokenRange().orElseThrow().getEnd();
        while (!token.getText().equals("(")) {
            token = token.getNextToken().orElseThrow();
        }
        return token;
    }

    private static boolean inInterface(MethodDeclaration method) {
        return method.getParentNode().filter(parent -> parent instanceof ClassOrInterfaceDeclaration type
                && type.isInterface()).isPresent();
    }

    /** The text with {@code method} public if it was private or package-private, package-private if protected. */
    private static String trustChanged(TokenedSource source, MethodDeclaration method) {
        Optional<Modifier> access = method.getModifiers().stream()
                .filter(m -> m.getKeyword() == Modifier.Keyword.PRIVATE || m.getKeyword() == Modifier.Keyword.PROTECTED)
                .findFirst();
        if (access.isEmpty()) {
            return source.insert(source.start(method), "public ");
        }
        if (access.get().getKeyword() == Modifier.Keyword.PRIVATE) {
            return source.replace(source.start(access.get()), source.end(access.get()), "public");
        }
        String text = source.text();
        int end = source.end(access.get());
        while (text.charAt(end) == ' ' || text.charAt(end) == '\t') {
            end++;
        }
        return source.replace(source.start(access.get()), end, "");
    }

    private static String place(Path file, Node node, MethodDeclaration method) {
        return file.getFileName() + ":" + node.getBegin().orElseThrow().line + " " + method.getNameAsString();
    }
}
