package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.consentflow.analyzer.guard.Consent;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Data stored into objects and read back from their fields. A write reaches both the program-wide
 * {@link FieldStore} and the object written to: a local keeps it per field, {@code this} hands it to the
 * callers through the summary. Data handed to a container held in a field (a collection, a builder)
 * stays in that field.
 */
final class ObjectStores {
    private final Frame frame;

    ObjectStores(Frame frame) {
        this.frame = frame;
    }

    /**
     * A read of {@code field} from {@code object}: what the object holds in it and the data written to
     * that field anywhere; a static field has only the latter.
     */
    Value read(Value object, ResolvedValueDeclaration field) {
        String key = fieldKey(field);
        Value stored = Value.of(frame.program.fields().read(key))
                .withElementConsents(frame.program.fields().elements(key));
        return isStatic(field) ? stored
                : object.readField(field.getName()).union(stored.dataOnly())
                        .withElementConsents(stored.elementConsents());
    }

    /** {@code x.f = v}: the data goes into the field (program-wide) and into the object {@code x}. */
    void storeField(Expression target, Value value, State s) {
        Optional<ResolvedValueDeclaration> field = target instanceof NameExpr n
                ? frame.program.resolver().value(n) : frame.program.resolver().value((FieldAccessExpr) target);
        field.ifPresent(f -> frame.program.fields().write(fieldKey(f), value.taints()));
        if (field.isPresent() && isStatic(field.get())) {
            return;
        }
        String name = target instanceof FieldAccessExpr f ? f.getNameAsString() : ((NameExpr) target).getNameAsString();
        Expression object = target instanceof FieldAccessExpr f ? f.getScope() : null;
        if (object == null || object instanceof ThisExpr) {
            frame.thisWrites.addAll(value.taints());
            frame.thisFieldWrites.computeIfAbsent(name, k -> new HashSet<>()).addAll(value.taints());
        } else if (object instanceof NameExpr x && frame.locals.contains(x.getNameAsString())) {
            s.env.put(x.getNameAsString(), s.get(x.getNameAsString()).withField(name, value.taints()));
        } else {
            intoObject(object, value, s, true);
        }
    }

    /**
     * Data stored into the object that {@code object} denotes ({@code null}: {@code this}): a local keeps
     * it, {@code this} hands it to the callers through the summary, a field keeps it program-wide. A call
     * chain ({@code sb.append(a).append(b)}) stores into the object at its root.
     *
     * @param anyField whether a field of any type keeps it (a setter of the sources wrote it); else only
     *     a field holding a container does ({@code pending.add(x)}), not a service handed data to process
     *     ({@code gateway.render(x)})
     */
    void intoObject(Expression object, Value data, State s, boolean anyField) {
        if (!data.isTainted()) {
            return;
        }
        Expression root = object;
        while (root instanceof MethodCallExpr m && m.getScope().isPresent()) {
            root = m.getScope().get();
        }
        while (root instanceof EnclosedExpr en) {
            root = en.getInner();
        }
        if (root == null || root instanceof ThisExpr) {
            frame.thisWrites.addAll(data.taints());
        } else if (root instanceof NameExpr n && frame.locals.contains(n.getNameAsString())) {
            s.env.merge(n.getNameAsString(), data.dataOnly(), Value::union);
            frame.contentWrites.computeIfAbsent(n.getNameAsString(), k -> new HashSet<>()).addAll(data.taints());
        } else {
            fieldOf(root).filter(f -> anyField || holdsContainer(f))
                    .ifPresent(f -> frame.program.fields().write(fieldKey(f), data.taints()));
        }
    }

    /**
     * {@code audience.add(c)} under a guard for {@code c}: consent travels with the subjects added to a
     * collection field (DESIGN §1), as long as it held for every one of them.
     */
    void addedToField(Expression collection, AccessPath element, State s) {
        fieldOf(collection).filter(ObjectStores::holdsContainer).ifPresent(f -> {
            Map<String, AccessPath> toElement = Map.of(element.root(), AccessPath.ELEMENT);
            Set<Consent> consents = new HashSet<>();
            Expressions.consentsFor(element, s).forEach(c -> consents.add(new Consent(c.purpose(), AccessPath.ELEMENT,
                    c.optOut(), c.categories(), c.guard())));
            frame.program.fields().addElement(fieldKey(f), consents);
        });
    }

    /** The field an expression names: {@code pending}, {@code this.pending}, {@code other.pending}. */
    private Optional<ResolvedValueDeclaration> fieldOf(Expression e) {
        Optional<ResolvedValueDeclaration> field = e instanceof NameExpr n && !frame.locals.contains(n.getNameAsString())
                ? frame.program.resolver().value(n)
                : e instanceof FieldAccessExpr f ? frame.program.resolver().value(f) : Optional.empty();
        return field.filter(ResolvedValueDeclaration::isField);
    }

    /** Collections, maps, arrays and string builders keep what is handed to them. */
    private static boolean holdsContainer(ResolvedValueDeclaration field) {
        try {
            ResolvedType type = field.getType();
            if (type.isArray()) {
                return true;
            }
            String name = type.isReferenceType() ? type.asReferenceType().getQualifiedName() : "";
            return name.startsWith("java.util.") || name.equals("java.lang.StringBuilder")
                    || name.equals("java.lang.StringBuffer");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isStatic(ResolvedValueDeclaration field) {
        try {
            return field.isField() && field.asField().isStatic();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A field's program-wide name, {@code pkg.Type#name}. */
    private static String fieldKey(ResolvedValueDeclaration field) {
        try {
            if (field.isField()) {
                return field.asField().declaringType().getQualifiedName() + "#" + field.getName();
            }
        } catch (RuntimeException e) {
            // Unresolvable declaring type: the bare name still connects writes and reads.
        }
        return "?#" + field.getName();
    }
}
