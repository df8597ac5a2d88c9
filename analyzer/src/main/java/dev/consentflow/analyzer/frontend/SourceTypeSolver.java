package dev.consentflow.analyzer.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import java.util.HashMap;
import java.util.Map;

/**
 * Resolves types to the declarations in the compilation units the analyzer itself parsed, indexed by
 * declared package and type name (nested types too), never by directory. Unlike JavaParser's
 * {@code JavaParserTypeSolver} it never re-parses a file, so resolved declarations point to the very AST
 * nodes the flow engine walks, and a file whose folder does not match its package still resolves.
 */
final class SourceTypeSolver implements TypeSolver {
    private final Map<String, TypeDeclaration<?>> types = new HashMap<>();
    private TypeSolver parent;

    /** Indexes every type declared in {@code unit}, nested ones as {@code pkg.Outer.Inner}. */
    void add(CompilationUnit unit) {
        for (TypeDeclaration<?> type : UnitTypes.of(unit)) {
            type.getFullyQualifiedName().ifPresent(name -> types.putIfAbsent(name, type));
        }
    }

    @Override
    public TypeSolver getParent() {
        return parent;
    }

    @Override
    public void setParent(TypeSolver parent) {
        this.parent = parent;
    }

    @Override
    public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
        TypeDeclaration<?> type = types.get(name.replace('$', '.'));
        if (type == null) {
            return SymbolReference.unsolved();
        }
        return SymbolReference.solved(JavaParserFacade.get(getRoot()).getTypeDeclaration(type));
    }

    @Override
    public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveTypeInModule(String module, String name) {
        return tryToSolveType(name);
    }
}
