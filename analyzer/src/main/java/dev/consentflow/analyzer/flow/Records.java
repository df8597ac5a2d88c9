package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.List;
import java.util.Optional;

/**
 * What the records declared in the sources imply without code of their own: the components a record
 * pattern binds, the fields the implicit constructor fills, the implicit accessors that read them.
 */
final class Records {
    private Records() {
    }

    /** The components of the record in the sources that a type names; none for any other type. */
    static List<Parameter> components(Optional<ResolvedType> type) {
        return declaration(type).map(r -> (List<Parameter>) r.getParameters()).orElse(List.of());
    }

    /**
     * A record's implicit constructor stores each argument in its component.
     *
     * @return the new record, empty when {@code type} is no record of the sources with that many components
     */
    static Optional<Value> constructed(Optional<ResolvedType> type, List<Value> args) {
        List<Parameter> components = components(type);
        if (components.isEmpty() || components.size() != args.size()) {
            return Optional.empty();
        }
        Value object = Value.EMPTY;
        for (int i = 0; i < args.size(); i++) {
            object = object.withField(components.get(i).getNameAsString(), args.get(i).taints());
        }
        return Optional.of(object);
    }

    /**
     * The components a record's implicit {@code toString()} renders: all of them, for a record of the
     * sources that declares no {@code toString()} of its own; none for any other type.
     */
    static List<Parameter> rendered(Optional<ResolvedType> type) {
        return declaration(type)
                .filter(r -> r.getMethodsBySignature("toString").isEmpty())
                .map(r -> (List<Parameter>) r.getParameters())
                .orElse(List.of());
    }

    /** {@code r.email()} of a record in the sources without an explicit accessor: its component. */
    static boolean isImplicitAccessor(ResolvedMethodDeclaration m) {
        try {
            return m.getNumberOfParams() == 0 && m.declaringType().toAst()
                    .filter(n -> n instanceof RecordDeclaration r && r.getParameterByName(m.getName()).isPresent()
                            && r.getMethodsByName(m.getName()).isEmpty())
                    .isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The record declaration in the sources that a type names. */
    private static Optional<RecordDeclaration> declaration(Optional<ResolvedType> type) {
        try {
            return type.filter(ResolvedType::isReferenceType)
                    .flatMap(t -> t.asReferenceType().getTypeDeclaration())
                    .flatMap(d -> d.toAst())
                    .filter(n -> n instanceof RecordDeclaration)
                    .map(n -> (RecordDeclaration) n);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
