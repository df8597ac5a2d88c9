package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one declaration says by name alone, read from its syntax without resolving a symbol: the
 * identifiers it mentions, the names it declares (for the code that mentions them), the fields and
 * variables it may write (assigned, or handed arguments as a receiver: {@code pending.add(email)}) and
 * the methods and constructors it may call. {@link Slice} reasons over these.
 */
final class Mentions {
    final Node declaration;
    /** Identifiers written anywhere in the declaration (types, annotations and members included). */
    final Set<String> mentioned = new HashSet<>();
    /** The names other code uses to reach what the declaration declares. */
    final Set<String> declared = new HashSet<>();
    /** Names of what the code may write into: assignment targets and receivers of calls with arguments. */
    final Set<String> written = new HashSet<>();
    /** Names of the methods it calls and of the types whose constructors it calls. */
    final Set<String> called = new HashSet<>();
    /** Whether the declaration holds code that runs (a method, a constructor, an initializer). */
    final boolean runs;

    private Mentions(Node declaration, boolean runs) {
        this.declaration = declaration;
        this.runs = runs;
    }

    /** A method, constructor, initializer block or field declaration, read whole. */
    static Mentions ofMember(Node member) {
        Mentions m = new Mentions(member, !(member instanceof FieldDeclaration f) || hasInitializer(f));
        if (member instanceof MethodDeclaration method) {
            m.declared.add(method.getNameAsString());
        } else if (member instanceof ConstructorDeclaration constructor) {
            m.declared.add(constructor.getNameAsString());
        } else if (member instanceof FieldDeclaration field) {
            field.getVariables().forEach(v -> m.declared.addAll(accessors(v.getNameAsString())));
        }
        member.walk(m::read);
        return m;
    }

    /**
     * A type's header only (annotations, supertypes, record components): a type that says it is personal
     * data, or extends one that is, makes its name a way to reach personal data; its members are read on
     * their own.
     */
    static Mentions ofTypeHeader(TypeDeclaration<?> type) {
        Mentions m = new Mentions(type, false);
        m.declared.add(type.getNameAsString());
        List<Node> header = new ArrayList<>(type.getAnnotations());
        if (type instanceof ClassOrInterfaceDeclaration c) {
            header.addAll(c.getExtendedTypes());
            header.addAll(c.getImplementedTypes());
            header.addAll(c.getTypeParameters());
        } else if (type instanceof RecordDeclaration r) {
            header.addAll(r.getImplementedTypes());
            header.addAll(r.getParameters());
            r.getParameters().forEach(p -> m.declared.addAll(accessors(p.getNameAsString())));
        } else if (type instanceof EnumDeclaration e) {
            header.addAll(e.getImplementedTypes());
        }
        header.forEach(n -> n.walk(m::read));
        return m;
    }

    /** A field's name and the names of the accessors that read it ({@code getEmail}, {@code isOptedIn}). */
    static List<String> accessors(String field) {
        if (field.isEmpty()) {
            return List.of(field);
        }
        String capitalized = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return List.of(field, "get" + capitalized, "is" + capitalized);
    }

    private static boolean hasInitializer(FieldDeclaration field) {
        return field.getVariables().stream().anyMatch(v -> v.getInitializer().isPresent());
    }

    private void read(Node node) {
        if (node instanceof SimpleName name) {
            mentioned.add(name.getIdentifier());
        } else if (node instanceof Name name) {
            mentioned.add(name.getIdentifier());
        } else if (node instanceof AssignExpr assign) {
            nameOf(assign.getTarget()).ifPresent(written::add);
        } else if (node instanceof MethodCallExpr call) {
            called.add(call.getNameAsString());
            if (call.getArguments().isNonEmpty()) {
                call.getScope().flatMap(Mentions::nameOf).ifPresent(written::add);
            }
        } else if (node instanceof MethodReferenceExpr reference) {
            // Its identifier is a string, not a SimpleName: c::getEmail mentions getEmail.
            mentioned.add(reference.getIdentifier());
            called.add(reference.getIdentifier());
        } else if (node instanceof ObjectCreationExpr creation) {
            called.add(creation.getType().getNameAsString());
        } else if (node instanceof ExplicitConstructorInvocationStmt invocation) {
            constructorCalled(invocation);
        }
    }

    /** {@code this(..)} runs a constructor of the same class, {@code super(..)} one of its superclass. */
    private void constructorCalled(ExplicitConstructorInvocationStmt invocation) {
        Optional<TypeDeclaration> type = invocation.findAncestor(TypeDeclaration.class);
        if (invocation.isThis()) {
            type.ifPresent(t -> called.add(t.getNameAsString()));
        } else {
            type.filter(t -> t instanceof ClassOrInterfaceDeclaration)
                    .ifPresent(t -> ((ClassOrInterfaceDeclaration) t).getExtendedTypes()
                            .forEach(e -> called.add(e.getNameAsString())));
        }
    }

    /** The variable or field an expression stands for: {@code f}, {@code x.f}, {@code f[i]}, {@code x.f[i][j]}. */
    private static Optional<String> nameOf(Expression e) {
        if (e instanceof ArrayAccessExpr array) {
            return nameOf(array.getName());
        }
        if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
            return Optional.of(((NodeWithSimpleName<?>) e).getNameAsString());
        }
        return Optional.empty();
    }
}
