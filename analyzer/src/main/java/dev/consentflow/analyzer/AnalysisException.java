package dev.consentflow.analyzer;

/**
 * Thrown when an analysis cannot start: bad usage or a broken policy (exit code 2). The message is one
 * line, naming the file or parameter at fault and a hint.
 */
public class AnalysisException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AnalysisException(String message) {
        super(message);
    }
}
