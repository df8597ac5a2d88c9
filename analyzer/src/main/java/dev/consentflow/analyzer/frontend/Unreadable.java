package dev.consentflow.analyzer.frontend;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** The one-line reason, with a hint, why a source file or folder could not be read. */
final class Unreadable {
    private Unreadable() {}

    /**
     * @param e the error reading it
     * @param what {@code "file"} or {@code "folder"}
     */
    static String describe(IOException e, String what) {
        if (e instanceof AccessDeniedException) {
            return "permission denied; the " + what + " is not analyzed (make it readable to the build's user)";
        }
        if (e instanceof NoSuchFileException) {
            return "the " + what + " disappeared during the run; it is not analyzed (run again)";
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage() + "; the " + what + " is not analyzed";
    }
}
