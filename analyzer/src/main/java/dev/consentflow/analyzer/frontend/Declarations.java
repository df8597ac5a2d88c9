package dev.consentflow.analyzer.frontend;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.consentflow.analyzer.model.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The declarations that enclose a position of a parsed file: types (also local and anonymous classes),
 * methods and constructors, fields, initializers and enum constants. A finding is placed in them, for its
 * fingerprint and its suppressions.
 */
public final class Declarations {
    private final Map<Path, CompilationUnit> units = new HashMap<>();

    /** @param files the parsed files whose positions will be asked about */
    public Declarations(List<SourceFile> files) {
        files.forEach(f -> units.put(f.path(), f.unit()));
    }

    /**
     * The declarations around {@code location}, outermost first; empty for a position outside the parsed
     * files (a policy-file line) or outside every type.
     */
    public List<Node> around(Location location) {
        CompilationUnit unit = units.get(location.file());
        List<Node> found = new ArrayList<>();
        if (unit == null) {
            return found;
        }
        Position position = new Position(location.line(), location.column());
        Node node = unit;
        boolean deeper = true;
        while (deeper) {
            deeper = false;
            for (Node child : node.getChildNodes()) {
                if (child.getRange().filter(r -> r.contains(position)).isPresent()) {
                    node = child;
                    deeper = true;
                    if (isDeclaration(child)) {
                        found.add(child);
                    }
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The name of the innermost of {@code declarations} as the analyzer prints it, with the path of its
     * enclosing ones: {@code com.acme.Weekly#run(Customer)}, {@code com.acme.Outer.Inner#handler} (a
     * field), {@code com.acme.Weekly#run()#new Runnable(){}#run()} (an anonymous class). Parameter types
     * as written, without blanks or comments, so reformatting keeps the name; empty for no declaration.
     *
     * @param declarations as {@link #around} returns them
     */
    public static String name(List<Node> declarations) {
        StringBuilder name = new StringBuilder();
        Node previous = null;
        for (Node node : declarations) {
            String part = part(node);
            if (part.isEmpty()) {
                continue;
            }
            if (name.length() == 0 && node instanceof TypeDeclaration<?> type) {
                name.append(type.getFullyQualifiedName().orElse(part));
            } else {
                name.append(previous instanceof TypeDeclaration<?> && node instanceof TypeDeclaration<?> ? "." : "#")
                        .append(part);
            }
            previous = node;
        }
        return name.toString();
    }

    private static boolean isDeclaration(Node node) {
        return node instanceof TypeDeclaration<?> || node instanceof CallableDeclaration<?>
                || node instanceof CompactConstructorDeclaration || node instanceof FieldDeclaration
                || node instanceof VariableDeclarator && node.getParentNode().orElse(null) instanceof FieldDeclaration
                || node instanceof InitializerDeclaration || node instanceof EnumConstantDeclaration
                || node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent();
    }

    // A field declaration names itself through its variable; the declaration holds the annotations.
    private static String part(Node node) {
        if (node instanceof TypeDeclaration<?> type) {
            return type.getNameAsString();
        }
        if (node instanceof CallableDeclaration<?> callable) {
            return callable.getNameAsString() + callable.getParameters().stream().map(Declarations::parameter)
                    .collect(Collectors.joining(",", "(", ")"));
        }
        if (node instanceof CompactConstructorDeclaration constructor) {
            return constructor.getNameAsString();
        }
        if (node instanceof VariableDeclarator variable) {
            return variable.getNameAsString();
        }
        if (node instanceof InitializerDeclaration initializer) {
            return initializer.isStatic() ? "static{}" : "{}";
        }
        if (node instanceof EnumConstantDeclaration constant) {
            return constant.getNameAsString();
        }
        if (node instanceof ObjectCreationExpr creation) {
            return "new " + creation.getType().asString() + "(){}";
        }
        return "";
    }

    private static String parameter(Parameter parameter) {
        return parameter.getType().asString() + (parameter.isVarArgs() ? "..." : "");
    }
}
