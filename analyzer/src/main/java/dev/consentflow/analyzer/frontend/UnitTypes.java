package dev.consentflow.analyzer.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.List;

/**
 * The types a compilation unit declares (nested and local ones too, in the order of the file), listed once
 * per unit ({@link UnitMemo}): the symbol solver, the inheritance cycle check and the class hierarchy all ask.
 */
public final class UnitTypes {
    private static final UnitMemo<List<TypeDeclaration<?>>> TYPES = new UnitMemo<>(UnitTypes::typesIn) {};

    private UnitTypes() {}

    /** The unit's type declarations, as {@code unit.findAll(TypeDeclaration.class)} lists them. */
    public static List<TypeDeclaration<?>> of(CompilationUnit unit) {
        return TYPES.of(unit);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<TypeDeclaration<?>> typesIn(CompilationUnit unit) {
        return List.copyOf((List) unit.findAll(TypeDeclaration.class));
    }
}
