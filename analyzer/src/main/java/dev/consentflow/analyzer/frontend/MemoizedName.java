package dev.consentflow.analyzer.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.Name;

/**
 * A qualified name that builds its dotted text once. JavaParser's symbol solver rebuilds the text of
 * every import of a file, one string per name segment, each time it looks up a simple type name in that
 * file, and looks names up hundreds of times per file (every ancestor of every class, every time): on
 * keycloak-services that was a third of the analysis time. Package and import names are never changed
 * after parsing, but the setters still forget the text, to stay correct if one is.
 */
final class MemoizedName extends Name {
    private String text;

    private MemoizedName(Name name) {
        super(name.getTokenRange().orElse(null),
                name.getQualifier().map(MemoizedName::new).orElse(null), name.getIdentifier());
        name.getRange().ifPresent(this::setRange);
    }

    /** Replaces the package and import names of {@code unit} with memoizing ones; ranges are kept. */
    static void install(CompilationUnit unit) {
        unit.getPackageDeclaration().ifPresent(p -> p.setName(new MemoizedName(p.getName())));
        for (ImportDeclaration i : unit.getImports()) {
            i.setName(new MemoizedName(i.getName()));
        }
    }

    @Override
    public String asString() {
        if (text == null) {
            text = super.asString();
        }
        return text;
    }

    @Override
    public Name setIdentifier(String identifier) {
        text = null;
        return super.setIdentifier(identifier);
    }

    @Override
    public Name setQualifier(Name qualifier) {
        text = null;
        return super.setQualifier(qualifier);
    }
}
