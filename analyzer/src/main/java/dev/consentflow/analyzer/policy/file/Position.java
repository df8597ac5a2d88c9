package dev.consentflow.analyzer.policy.file;

/**
 * Where something stands in {@code consentflow.yaml}.
 *
 * @param line 1-based line
 * @param column 1-based column, counted in Unicode code points
 */
public record Position(int line, int column) {
    /** {@code line:column}, as error messages and the console print it. */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
