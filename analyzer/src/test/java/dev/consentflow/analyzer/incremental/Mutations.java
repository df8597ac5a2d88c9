package dev.consentflow.analyzer.incremental;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The small edits a developer makes to one Java file, for {@link IncrementalEquivalenceTest}: each takes a
 * file's text and a seeded {@link Random} and gives the edited text, or nothing when the file holds nothing
 * the edit applies to (no method, no {@code if}, or a text that does not parse). The edits are made on the
 * text at the positions JavaParser reports, so that everything else stays as it was, comments included.
 */
final class Mutations {
    /** An edit of one file's text: the edited text, or empty when the text has nothing it applies to. */
    @FunctionalInterface
    interface TextMutation {
        Optional<String> apply(String text, Random random);
    }

    /** The annotations whose removal changes sources, uses, guards or suppressions. */
    private static final Set<String> ANNOTATIONS = Set.of("ConsentCheck", "PersonalData", "DataUse",
            "SuppressWarnings");

    /** What breaking a file's syntax inserts at the start of one of its lines. */
    private static final String NOT_JAVA = "= broken ( {\n";

    /** The name of the edit that leaves a file that does not parse. */
    static final String BREAK_SYNTAX = "break the syntax";

    /** Every text edit by name, in a fixed order (so that a seed always draws the same edits). */
    static final Map<String, TextMutation> TEXT = catalogue();

    private Mutations() {}

    private static Map<String, TextMutation> catalogue() {
        Map<String, TextMutation> all = new LinkedHashMap<>();
        all.put("delete a statement line", Mutations::deleteStatement);
        all.put("remove an annotation", Mutations::removeAnnotation);
        all.put("insert blank lines at the top",
                (text, random) -> Optional.of("\n".repeat(1 + random.nextInt(3)) + text));
        all.put("rename a method", Mutations::renameMethod);
        all.put("add an unused parameter", Mutations::addParameter);
        all.put("toggle a method's visibility", Mutations::toggleVisibility);
        all.put("insert a call to a method of the class", Mutations::insertCall);
        all.put("delete a method", Mutations::deleteMethod);
        all.put("add a field", Mutations::addField);
        all.put("negate an if condition", Mutations::negateIf);
        all.put(BREAK_SYNTAX, Mutations::breakSyntax);
        return Collections.unmodifiableMap(all);
    }

    private static Optional<String> deleteStatement(String text, Random random) {
        return unit(text).flatMap(unit -> pick(random, unit.findAll(Statement.class, Mutations::deletable)))
                .map(statement -> new Text(text).cut(statement));
    }

    /** A statement on one line of a block, other than a constructor's {@code this(...)} or {@code super(...)}. */
    private static boolean deletable(Statement s) {
        return !(s instanceof BlockStmt) && !(s instanceof ExplicitConstructorInvocationStmt)
                && s.getParentNode().orElse(null) instanceof BlockStmt
                && s.getBegin().orElseThrow().line == s.getEnd().orElseThrow().line;
    }

    private static Optional<String> removeAnnotation(String text, Random random) {
        return unit(text).flatMap(unit -> pick(random, unit.findAll(AnnotationExpr.class,
                a -> ANNOTATIONS.contains(a.getName().getIdentifier()))))
                .map(annotation -> new Text(text).cut(annotation));
    }

    private static Optional<String> renameMethod(String text, Random random) {
        return unit(text).flatMap(unit -> pick(random, unit.findAll(MethodDeclaration.class)))
                .map(method -> new Text(text).replace(method.getName(), method.getNameAsString() + "Renamed"));
    }

    private static Optional<String> addParameter(String text, Random random) {
        return unit(text).flatMap(unit -> pick(random, unit.findAll(CallableDeclaration.class,
                c -> c.isMethodDeclaration() || c.isConstructorDeclaration())))
                .map(callable -> {
                    Text source = new Text(text);
                    int open = text.indexOf('(', source.end(callable.getName()));
                    String parameter = "int unused" + random.nextInt(1000);
                    return source.insert(open + 1, callable.getParameters().isEmpty() ? parameter : parameter + ", ");
                });
    }

    /** A private or package-private method becomes public, a public one package-private. */
    private static Optional<String> toggleVisibility(String text, Random random) {
        return unit(text).flatMap(unit -> pick(random, unit.findAll(MethodDeclaration.class,
                m -> !m.isProtected() && !inInterface(m))))
                .map(method -> {
                    Text source = new Text(text);
                    Optional<Modifier> access = method.getModifiers().stream()
                            .filter(m -> m.getKeyword() == Modifier.Keyword.PRIVATE
                                    || m.getKeyword() == Modifier.Keyword.PUBLIC)
                            .findFirst();
                    if (access.isPresent()) {
                        boolean isPrivate = access.get().getKeyword() == Modifier.Keyword.PRIVATE;
                        return source.replace(access.get(), isPrivate ? "public" : "");
                    }
                    // A type parameter's range starts after the "<" of its list.
                    int at = method.getModifiers().isNonEmpty() ? source.begin(method.getModifiers().get(0))
                            : method.getTypeParameters().isNonEmpty()
                                    ? text.lastIndexOf('<', source.begin(method.getTypeParameter(0)))
                                    : source.begin(method.getType());
                    return source.insert(at, "public ");
                });
    }

    /**
     * A call of another method of the same type as the first statement of a method, passing the caller's
     * parameters where their types match the callee's (so that data may flow in) and defaults elsewhere.
     */
    private static Optional<String> insertCall(String text, Random random) {
        Optional<CompilationUnit> parsed = unit(text);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        List<MethodDeclaration[]> pairs = new ArrayList<>();
        for (TypeDeclaration<?> type : parsed.get().findAll(TypeDeclaration.class)) {
            for (MethodDeclaration caller : type.getMethods()) {
                for (MethodDeclaration callee : type.getMethods()) {
                    if (caller != callee && caller.getBody().isPresent() && (callee.isStatic() || !caller.isStatic())) {
                        pairs.add(new MethodDeclaration[] {caller, callee});
                    }
                }
            }
        }
        return pick(random, pairs).map(pair -> {
            BlockStmt body = pair[0].getBody().get();
            String call = " " + pair[1].getNameAsString() + "(" + arguments(pair[0], pair[1]) + ");";
            return new Text(text).insert(new Text(text).begin(body) + 1, call);
        });
    }

    private static Optional<String> deleteMethod(String text, Random random) {
        return unit(text).flatMap(unit -> pick(random, unit.findAll(MethodDeclaration.class)))
                .map(method -> new Text(text).cut(method));
    }

    /** A field before the first member of a class or record (static in a record, which has no others). */
    private static Optional<String> addField(String text, Random random) {
        return unit(text).flatMap(unit -> pick(random, unit.findAll(TypeDeclaration.class,
                t -> (t instanceof ClassOrInterfaceDeclaration c && !c.isInterface()
                        || t instanceof RecordDeclaration) && t.getMembers().isNonEmpty())))
                .map(type -> {
                    BodyDeclaration<?> first = type.getMember(0);
                    String field = (type instanceof RecordDeclaration ? "static " : "") + "String note"
                            + random.nextInt(1000) + " = \"\"; ";
                    return new Text(text).insert(new Text(text).begin(first), field);
                });
    }

    private static Optional<String> negateIf(String text, Random random) {
        return unit(text).flatMap(unit -> pick(random, unit.findAll(IfStmt.class)))
                .map(branch -> new Text(text).replace(branch.getCondition(), "!(" + branch.getCondition() + ")"));
    }

    /** A line that is no Java inserted before a line of the file, or the file cut short; never a text that parses. */
    private static Optional<String> breakSyntax(String text, Random random) {
        String broken;
        if (random.nextBoolean()) {
            broken = text.substring(0, text.length() / 2 + random.nextInt(text.length() / 2 + 1));
        } else {
            List<Integer> lineStarts = new Text(text).lineStarts;
            int at = lineStarts.get(random.nextInt(lineStarts.size()));
            broken = text.substring(0, at) + NOT_JAVA + text.substring(at);
        }
        return unit(broken).isPresent() ? Optional.empty() : Optional.of(broken);
    }

    /**
     * A copy of {@code text} whose top-level type {@code name} is renamed {@code copy} (with every other
     * mention of the name), for a new file {@code copy.java} beside the original; empty when the file does
     * not declare a type of that name.
     */
    static Optional<String> copyAs(String text, String name, String copy) {
        return unit(text).filter(unit -> unit.getTypes().stream().anyMatch(t -> t.getNameAsString().equals(name)))
                .map(unit -> Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).replaceAll(copy));
    }

    /** The caller's parameter of the same type for each of the callee's, else a default value of its type. */
    private static String arguments(MethodDeclaration caller, MethodDeclaration callee) {
        List<Parameter> available = new ArrayList<>(caller.getParameters());
        List<String> arguments = new ArrayList<>();
        NodeList<Parameter> parameters = callee.getParameters();
        for (Parameter parameter : parameters) {
            if (parameter.isVarArgs()) {
                break;
            }
            Optional<Parameter> same = available.stream()
                    .filter(p -> !p.isVarArgs() && p.getType().equals(parameter.getType())).findFirst();
            same.ifPresent(available::remove);
            arguments.add(same.map(Parameter::getNameAsString).orElseGet(() -> defaultValue(parameter)));
        }
        return String.join(", ", arguments);
    }

    private static String defaultValue(Parameter parameter) {
        if (!parameter.getType().isPrimitiveType()) {
            return "null";
        }
        return switch (parameter.getType().asPrimitiveType().getType()) {
            case BOOLEAN -> "false";
            case CHAR -> "'x'";
            default -> "0";
        };
    }

    private static boolean inInterface(MethodDeclaration method) {
        return method.getParentNode().orElse(null) instanceof ClassOrInterfaceDeclaration type && type.isInterface();
    }

    private static Optional<CompilationUnit> unit(String text) {
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));
        ParseResult<CompilationUnit> result = parser.parse(text);
        return result.isSuccessful() ? result.getResult() : Optional.empty();
    }

    private static <T> Optional<T> pick(Random random, List<T> candidates) {
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(random.nextInt(candidates.size())));
    }

    /** A text with JavaParser's positions (1-based lines and columns, inclusive ends) mapped to offsets. */
    private static final class Text {
        private final String text;
        private final List<Integer> lineStarts = new ArrayList<>();

        Text(String text) {
            this.text = text;
            lineStarts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lineStarts.add(i + 1);
                }
            }
        }

        int begin(Node node) {
            return offset(node.getBegin().orElseThrow());
        }

        /** The offset just after the node. */
        int end(Node node) {
            return offset(node.getEnd().orElseThrow()) + 1;
        }

        String insert(int at, String inserted) {
            return text.substring(0, at) + inserted + text.substring(at);
        }

        String replace(Node node, String replacement) {
            return text.substring(0, begin(node)) + replacement + text.substring(end(node));
        }

        /** The text without the node, and without the lines it leaves blank. */
        String cut(Node node) {
            int from = begin(node);
            int to = end(node);
            int lineStart = text.lastIndexOf('\n', from - 1) + 1;
            int lineEnd = text.indexOf('\n', to);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
            if (text.substring(lineStart, from).isBlank() && text.substring(to, lineEnd).isBlank()) {
                return text.substring(0, lineStart) + text.substring(lineEnd);
            }
            return text.substring(0, from) + text.substring(to);
        }

        private int offset(Position position) {
            return lineStarts.get(position.line - 1) + position.column - 1;
        }
    }
}
