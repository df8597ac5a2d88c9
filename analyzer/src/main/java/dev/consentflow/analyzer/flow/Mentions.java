package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one declaration says by name alone, read from its syntax without resolving a symbol: the
 * identifiers it mentions ({@code this} its type's name), the names it declares (for the code that mentions them), the fields and
 * variables it writes (assigned, or handed arguments as a receiver: {@code pending.add(email)}), the
 * methods and constructors it may call and, per call, what the callee may write into: its receiver and
 * its arguments. {@link Slice} reasons over these.
 *
 * <p>A written object is named by its root, as the analysis stores into it: {@code queue.peek().add(x)}
 * and {@code (queue).add(x)} write {@code queue}, {@code this.holder.x = v} writes both {@code x} and
 * {@code holder}.
 */
final class Mentions {
    /** The name of the receiver of an unqualified or {@code this.}/{@code super.} call: no field has it. */
    static final String THIS = "this";

    /**
     * A call by name: what its callee writes into, should it write into its receiver or its parameters.
     *
     * @param name the method's name, or the type's for a constructor
     * @param receiver the root of the receiver ({@link #THIS} for none), empty when it names nothing
     * @param arguments the roots of the arguments that name a variable or field
     */
    record Call(String name, Optional<String> receiver, List<String> arguments) {}

    final Node declaration;
    /** Identifiers written anywhere in the declaration (types, annotations and members included). */
    final Set<String> mentioned = new HashSet<>();
    /** The names other code uses to reach what the declaration declares. */
    final Set<String> declared = new HashSet<>();
    /** Names of what the code writes into, whatever it calls: assignment targets, receivers of calls with arguments. */
    final Set<String> written = new HashSet<>();
    /** Names of the methods it calls and of the types whose constructors it calls. */
    final Set<String> called = new HashSet<>();
    /** Every call, with the roots of what the callee may write into (a call made twice is one). */
    final Set<Call> calls = new HashSet<>();
    /** The parameters of a method or constructor, whose contents a callee may write for its caller. */
    final Set<String> parameters = new HashSet<>();
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
        if (member instanceof CallableDeclaration<?> callable) {
            callable.getParameters().forEach(p -> m.parameters.add(p.getNameAsString()));
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
        } else if (node instanceof ThisExpr self && self.getTypeName().isEmpty()) {
            // "" + this renders the record it is in: this names its type.
            self.findAncestor(TypeDeclaration.class).ifPresent(t -> mentioned.add(t.getNameAsString()));
        } else if (node instanceof AssignExpr assign) {
            assigned(assign.getTarget());
        } else if (node instanceof MethodCallExpr call) {
            Optional<String> receiver = call.getScope().map(Mentions::root).orElse(Optional.of(THIS));
            if (call.getArguments().isNonEmpty()) {
                receiver.ifPresent(written::add);
            }
            called(call.getNameAsString(), receiver, call);
        } else if (node instanceof MethodReferenceExpr reference) {
            // Its identifier is a string, not a SimpleName: c::getEmail mentions getEmail. Called with the
            // stream's elements, pending::add writes pending.
            mentioned.add(reference.getIdentifier());
            called.add(reference.getIdentifier());
            root(reference.getScope()).ifPresent(written::add);
        } else if (node instanceof ObjectCreationExpr creation) {
            called(creation.getType().getNameAsString(), Optional.empty(), creation);
        } else if (node instanceof ExplicitConstructorInvocationStmt invocation) {
            constructorCalled(invocation);
        }
    }

    /** {@code x.f = v} writes the field and, as the analysis stores it, the object {@code x} names. */
    private void assigned(Expression target) {
        if (target instanceof FieldAccessExpr field) {
            written.add(field.getNameAsString());
            root(field.getScope()).ifPresent(written::add);
        } else {
            root(target).ifPresent(written::add);
        }
    }

    private void called(String name, Optional<String> receiver, NodeWithArguments<?> call) {
        called.add(name);
        List<String> arguments = new ArrayList<>();
        call.getArguments().forEach(a -> root(a).ifPresent(arguments::add));
        calls.add(new Call(name, receiver, arguments));
    }

    /** {@code this(..)} runs a constructor of the same class, {@code super(..)} one of its superclass. */
    private void constructorCalled(ExplicitConstructorInvocationStmt invocation) {
        Optional<TypeDeclaration> type = invocation.findAncestor(TypeDeclaration.class);
        if (invocation.isThis()) {
            type.ifPresent(t -> called(t.getNameAsString(), Optional.of(THIS), invocation));
        } else {
            type.filter(t -> t instanceof ClassOrInterfaceDeclaration)
                    .ifPresent(t -> ((ClassOrInterfaceDeclaration) t).getExtendedTypes()
                            .forEach(e -> called(e.getNameAsString(), Optional.of(THIS), invocation)));
        }
    }

    /**
     * The variable or field at the root of an object's expression, where the analysis stores what is
     * written into the object: {@code f}, {@code x.f}, {@code f[i]}, {@code (f)}, {@code f.peek().get(0)};
     * {@link #THIS} for {@code this}; empty for anything else ({@code make().add(x)}).
     */
    private static Optional<String> root(Expression e) {
        Expression root = e;
        while (true) {
            if (root instanceof EnclosedExpr enclosed) {
                root = enclosed.getInner();
            } else if (root instanceof CastExpr cast) {
                root = cast.getExpression();
            } else if (root instanceof ArrayAccessExpr array) {
                root = array.getName();
            } else if (root instanceof MethodCallExpr call && call.getScope().isPresent()) {
                root = call.getScope().get();
            } else {
                break;
            }
        }
        if (root instanceof NameExpr name) {
            return Optional.of(name.getNameAsString());
        }
        if (root instanceof FieldAccessExpr field) {
            return Optional.of(field.getNameAsString());
        }
        return root instanceof ThisExpr || root instanceof SuperExpr ? Optional.of(THIS) : Optional.empty();
    }
}
