package dev.consentflow.analyzer.frontend;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;

/**
 * Drops a parsed unit's tokens and keeps each node's range. JavaParser computes positions only while it
 * stores tokens, but the analysis needs positions alone: a unit's token list is about as large as its AST,
 * and holding it for every file of a large project would double the heap.
 */
final class TokenFree {
    private TokenFree() {}

    static void keepRangesOnly(CompilationUnit unit) {
        unit.walk(node -> {
            Range range = node.getRange().orElse(null);
            node.setTokenRange(null);
            node.setRange(range);
        });
    }
}
